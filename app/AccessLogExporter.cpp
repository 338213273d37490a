#include "AccessLogExporter.h"

#include "cache/AccessLogExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace gatehouse {

AccessLogExporter::AccessLogExporter(const AccessLogCache *cache, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_window(window)
{}

QWidget *AccessLogExporter::ask(const QString &profile, const AccessLogCache::Query &query)
{
    const QString csv = tr("CSV, for spreadsheets (*.csv)");
    const QString jsonl = tr("JSON Lines, as the API lists them (*.jsonl)");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name =
        u"access-log-%1-%2.csv"_qs.arg(QString(profile).replace(u'/', u'-'),
                                       QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_qs));
    auto *dialog = new QFileDialog(m_window, tr("Export access log"), QDir(dir).filePath(name));
    dialog->setObjectName(u"exportLogDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(
        QFileDialog::DontUseNativeDialog); // the same dialog everywhere (and in tests)
    dialog->setNameFilters({csv, jsonl});
    dialog->setDefaultSuffix(u"csv"_qs);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonl](const QString &filter) {
        dialog->setDefaultSuffix(filter == jsonl ? u"jsonl"_qs : u"csv"_qs);
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, profile, query](const QString &path) { (void)exportTo(path, profile, query); });
    dialog->open();
    return dialog;
}

Result<qint64> AccessLogExporter::exportTo(const QString &path, const QString &profile,
                                           const AccessLogCache::Query &query)
{
    QProgressDialog progress(tr("Exporting the access log to %1…").arg(path), tr("Cancel"), 0, 100,
                             m_window);
    progress.setObjectName(u"exportLogProgress"_qs);
    progress.setWindowTitle(tr("Export access log"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // small exports finish without a flash of a dialog
    const auto result = AccessLogExport::write(
        *m_cache, profile, query, AccessLogExport::formatFor(path), path,
        [this, &progress](qint64 written, qint64 total) {
            progress.setLabelText(tr("Exporting the access log: %1 of %2 requests…")
                                      .arg(QLocale().toString(written), QLocale().toString(total)));
            if (written == 0 && total >= m_showProgressFrom)
                progress.show(); // large: at once, not after a delay
            progress.setValue(total > 0 ? int(written * 100 / total) : 100);
            if (progress.isVisible())
                QCoreApplication::processEvents(); // repaint it, and let Cancel be pressed
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!result) {
        if (result.error().code != u"export.cancelled") {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                        result.error().message, QMessageBox::Ok, m_window);
            box->setObjectName(u"exportLogError"_qs);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        Q_EMIT finished(result.error().message, true);
        return result;
    }
    Q_EMIT finished(tr("Exported %n request(s) to %1", nullptr, int(result.value())).arg(path),
                    false);
    return result;
}

} // namespace gatehouse
