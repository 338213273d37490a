// File → Export evidence…: the dialog drives the evidence exporter with the
// signed-in session, then verifies the written pack offline against the
// profile's pinned audit key and says the result in words.
#include "AppLogging.h"
#include "ConsoleController.h"
#include "EvidenceDialog.h"
#include "MainWindow.h"
#include "evidence/EvidenceExporter.h"
#include "evidence/PackVerifier.h"

#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QPointer>
#include <QStandardPaths>

namespace gatehouse {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

EvidenceDialog *ConsoleController::openEvidenceDialog()
{
    QStringList services;
    for (const auto &s : m_graph.value(u"services").toArray())
        services.append(s.toObject().value(u"name").toString());
    services.sort(Qt::CaseInsensitive);
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation).isEmpty()
            ? QDir::homePath()
            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new EvidenceDialog(services, QString(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOutDir(QDir(base).filePath(u"evidence-"_qs + dialog->choice().period));
    connect(dialog, &EvidenceDialog::exportRequested, this,
            [this, dialog = QPointer<EvidenceDialog>(dialog)](const EvidenceDialog::Choice &c) {
                if (!m_session->isSignedIn()) {
                    dialog->showResult(tr("Sign in first: the control plane writes the "
                                          "export on its audit record."),
                                       false);
                    return;
                }
                auto *run = new EvidenceExporter(m_nam, m_session->profile().controlPlaneUrl,
                                                 m_session->accessToken(), this);
                connect(run, &EvidenceExporter::progress, dialog, &EvidenceDialog::showProgress);
                const Profile profile = m_session->profile();
                run->run(
                    {c.period, c.services, c.purpose, c.outDir},
                    [dialog, run, profile, c](const Error &error,
                                              const EvidenceExporter::Outcome &out) {
                        run->deleteLater();
                        if (!dialog)
                            return;
                        if (!error.isNull()) {
                            dialog->showResult(
                                tr("The evidence pack was not written: %1").arg(esc(error.message)),
                                false);
                            return;
                        }
                        dialog->showResult(evidenceResultText(out, c.period, profile), true);
                    });
            });
    dialog->show();
    return dialog;
}

QString ConsoleController::evidenceResultText(const EvidenceExporter::Outcome &out,
                                              const QString &period, const Profile &profile)
{
    QString text =
        tr("<b>Evidence pack for %1 written</b> to %2 and %3. The export is audit record %4; "
           "the chain segment runs from seq %5 to %4.")
            .arg(esc(period), esc(out.dir), esc(out.zip))
            .arg(out.exportSeq)
            .arg(out.firstSeq);
    QStringList rows;
    for (const evidence::Population &p : out.populations)
        rows.append(tr("%1: %n row(s)", "", int(p.rows)).arg(esc(p.file)));
    if (!rows.isEmpty())
        text += u"<br>"_qs + rows.join(u", "_qs) + u'.';
    auto pin = profile.auditKey.isEmpty() ? Result<PinnedKey>(Error{})
                                          : PinnedKey::parse(profile.auditKey);
    if (profile.auditKey.isEmpty() || !pin) {
        text += u"<br>"_qs + tr("<b>Not verified here:</b> this profile has no pinned audit key. "
                                "Check it with: gatehouse evidence verify %1 --key AUDIT-KEY")
                                 .arg(esc(out.dir));
        return text;
    }
    const evidence::PackReport report = evidence::verifyPack(out.dir, pin.value());
    if (report.ok())
        text += u"<br>"_qs + tr("<b>Verified</b> offline with this profile's pinned key %1: "
                                "every file is as the audit key signed it, and every population "
                                "is what the signed chain says.")
                                 .arg(u"<code>"_qs + esc(pin->fingerprint()) + u"</code>"_qs);
    else
        text += u"<br>"_qs + tr("<b>NOT VERIFIED</b> with this profile's pinned key: %1")
                                 .arg(esc(report.problems.join(u"; "_qs)));
    return text;
}

} // namespace gatehouse
