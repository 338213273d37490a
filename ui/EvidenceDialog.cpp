#include "EvidenceDialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gatehouse {

QStringList EvidenceDialog::recentQuarters(const QDate &at)
{
    QStringList out;
    int year = at.year();
    int quarter = (at.month() - 1) / 3 + 1;
    for (int i = 0; i < 4; ++i) {
        out.append(u"%1-Q%2"_qs.arg(year).arg(quarter));
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    return out;
}

EvidenceDialog::EvidenceDialog(const QStringList &services, const QString &defaultFolder,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"evidenceDialog"_qs);
    setWindowTitle(tr("Export evidence"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Writes a folder (and a .zip of it) an auditor can verify offline: the period's "
           "populations as CSV, the signed chain segment, a PDF memo and a signed manifest. "
           "The export itself goes on the audit record."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(u"evidencePeriod"_qs);
    m_period->setEditable(true);
    m_period->addItems(recentQuarters(QDate::currentDate()));
    m_period->setToolTip(tr("A quarter (2026-Q4), a month (2026-11) or a year (2026), in UTC"));
    form->addRow(tr("&Period:"), m_period);

    m_services = new QListWidget(this);
    m_services->setObjectName(u"evidenceServices"_qs);
    m_services->setToolTip(tr("Tick services to limit the pack to them; none ticked: all"));
    for (const QString &s : services) {
        auto *item = new QListWidgetItem(s, m_services);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_services->setMaximumHeight(fontMetrics().height() * 7);
    form->addRow(tr("&Services (none ticked: all):"), m_services);

    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(u"evidencePurpose"_qs);
    m_purpose->setPlaceholderText(tr("e.g. SOC 2 Type II fieldwork, Q4"));
    form->addRow(tr("&Why:"), m_purpose);

    m_outDir = new QLineEdit(defaultFolder, this);
    m_outDir->setObjectName(u"evidenceOutDir"_qs);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"evidenceBrowse"_qs);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outDir, 1);
    folderRow->addWidget(m_browse);
    auto *folderLabel = new QLabel(tr("&Folder to write:"), this);
    folderLabel->setBuddy(m_outDir);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"evidenceProblem"_qs);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b42318;"_qs);
    layout->addWidget(m_problem);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"evidenceProgress"_qs);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(u"evidenceSteps"_qs);
    m_steps->setReadOnly(true);
    m_steps->setMaximumHeight(fontMetrics().height() * 6);
    m_steps->hide();
    layout->addWidget(m_steps);
    m_result = new QLabel(this);
    m_result->setObjectName(u"evidenceResult"_qs);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setMargin(6);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"evidenceExport"_qs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        m_export->setEnabled(false);
        m_result->hide();
        m_steps->clear();
        m_steps->show();
        m_progress->show();
        Q_EMIT exportRequested(choice());
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder to write"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(QDir(dir).filePath(u"evidence-"_qs + choice().period));
    });
    connect(m_period, &QComboBox::currentTextChanged, this, &EvidenceDialog::validate);
    connect(m_purpose, &QLineEdit::textChanged, this, &EvidenceDialog::validate);
    connect(m_outDir, &QLineEdit::textChanged, this, &EvidenceDialog::validate);
    validate();
    resize(620, 520);
}

EvidenceDialog::Choice EvidenceDialog::choice() const
{
    Choice c;
    c.period = m_period->currentText().trimmed();
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            c.services.append(m_services->item(i)->text());
    c.purpose = m_purpose->text().trimmed();
    c.outDir = m_outDir->text().trimmed();
    return c;
}

void EvidenceDialog::setPeriod(const QString &period)
{
    m_period->setCurrentText(period);
}

void EvidenceDialog::setOutDir(const QString &dir)
{
    m_outDir->setText(dir);
}

void EvidenceDialog::setPurpose(const QString &purpose)
{
    m_purpose->setText(purpose);
}

void EvidenceDialog::validate()
{
    const Choice c = choice();
    static const QRegularExpression shape(u"^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$"_qs);
    QString problem;
    if (!shape.match(c.period).hasMatch())
        problem = tr("Write the period as a quarter (2026-Q4), a month (2026-11) or a year.");
    else if (c.purpose.isEmpty())
        problem = tr("Say why the evidence is exported; it goes on the audit record.");
    else if (c.outDir.isEmpty())
        problem = tr("Choose the folder to write.");
    else if (QDir(c.outDir).exists() && !QDir(c.outDir).isEmpty())
        problem = tr("%1 exists and is not empty; choose a new folder.").arg(c.outDir);
    m_problem->setText(problem);
    m_export->setEnabled(problem.isEmpty() && !m_progress->isVisible());
}

void EvidenceDialog::showProgress(const QString &step)
{
    m_steps->appendPlainText(step);
}

void EvidenceDialog::showResult(const QString &text, bool ok)
{
    m_progress->hide();
    m_result->setText(text);
    m_result->setStyleSheet(ok ? u"QLabel { background: #e7f5ec; color: #0b5d2a; }"_qs
                               : u"QLabel { background: #fde8e7; color: #8a1c12; }"_qs);
    m_result->setProperty("ok", ok);
    m_result->show();
    if (ok) { // done: the folder now holds the pack, which is no mistake to point at
        m_problem->clear();
        m_export->setEnabled(false);
    } else {
        validate();
    }
}

} // namespace gatehouse
