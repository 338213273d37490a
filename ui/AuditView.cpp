#include "AuditView.h"

#include "AuditModel.h"
#include "AuditTrustText.h"
#include "audit/AuditFields.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QString jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return u"null"_qs;
}
} // namespace

AuditView::AuditView(AuditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"auditView"_qs);
    m_trust = new QLabel(tr("The audit chain has not been verified yet."));
    m_trust->setObjectName(u"auditTrust"_qs);
    m_trust->setWordWrap(true);
    m_trust->setTextFormat(Qt::RichText);
    m_trust->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_trust->setFocusPolicy(Qt::StrongFocus);
    m_trust->setMargin(8);
    m_trust->setAutoFillBackground(true);
    m_verify = new QPushButton(tr("V&erify again"));
    m_verify->setObjectName(u"auditVerify"_qs);
    m_verify->setToolTip(
        tr("Read the whole chain from the control plane again and verify it (Ctrl+Shift+V)"));
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust, 1);
    trustRow->addWidget(m_verify, 0, Qt::AlignTop);

    m_access = new QLabel;
    m_access->setObjectName(u"auditAccess"_qs);
    m_access->setWordWrap(true);
    m_access->setStyleSheet(u"color: #b42318;"_qs);
    m_access->hide();

    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"auditFilter"_qs);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter, e.g. grant = 42 or actor = alice and action ~ "
                                        "revoked (Ctrl+F)"));
    m_filterEdit->setToolTip(tr("Fields: %1. Operators: =, != and ~ (contains); combine with and, "
                                "or. Text alone searches every field.")
                                 .arg(AuditFilter::fieldNames().join(u", "_qs)));
    auto *filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(m_filterEdit);
    m_period = new QComboBox;
    m_period->setObjectName(u"auditPeriod"_qs);
    m_period->addItem(tr("All synced"), QVariant::fromValue(Period::All));
    m_period->addItem(tr("Last 24 hours"), QVariant::fromValue(Period::LastDay));
    m_period->addItem(tr("Last 7 days"), QVariant::fromValue(Period::LastWeek));
    m_period->addItem(tr("Last 30 days"), QVariant::fromValue(Period::LastMonth));
    m_period->addItem(tr("This quarter"), QVariant::fromValue(Period::Quarter));
    m_period->addItem(tr("Custom…"), QVariant::fromValue(Period::Custom));
    auto *periodLabel = new QLabel(tr("Pe&riod:"));
    periodLabel->setBuddy(m_period);
    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-7));
    m_from->setObjectName(u"auditFrom"_qs);
    m_from->setCalendarPopup(true);
    m_from->setToolTip(tr("From (inclusive)"));
    m_to = new QDateTimeEdit(now.addSecs(3600));
    m_to->setObjectName(u"auditTo"_qs);
    m_to->setCalendarPopup(true);
    m_to->setToolTip(tr("Until (exclusive)"));
    m_from->hide();
    m_to->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);

    m_filterError = new QLabel;
    m_filterError->setObjectName(u"auditFilterError"_qs);
    m_filterError->setStyleSheet(u"color: #b42318;"_qs);
    m_filterError->hide();

    m_table = new QTableView;
    m_table->setObjectName(u"auditTable"_qs);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(AuditModel::SeqColumn, 50);
    m_table->setColumnWidth(AuditModel::TimeColumn, 150);
    m_table->setColumnWidth(AuditModel::ActionColumn, 170);
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(u"auditDetail"_qs);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a record to see what it changed."));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_status = new QLabel;
    m_status->setObjectName(u"auditStatus"_qs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(trustRow);
    layout->addWidget(m_access);
    layout->addLayout(bar);
    layout->addWidget(m_filterError);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    auto *find = new QAction(this);
    find->setObjectName(u"focusAuditFilter"_qs);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    setTabOrder(m_trust, m_verify);
    setTabOrder(m_verify, m_filterEdit);
    setTabOrder(m_filterEdit, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_trust, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"pin")
            Q_EMIT pinKeyRequested();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyRequested);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = period() == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        Q_EMIT queryChanged();
    });
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (period() == Period::Custom)
                Q_EMIT queryChanged();
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &AuditView::showDetail);
}

void AuditView::applyFilter()
{
    auto parsed = AuditFilter::parse(m_filterEdit->text());
    if (!parsed) {
        m_filterError->setText(parsed.error().message);
        m_filterError->show();
        if (int column = AuditFilter::errorColumn(parsed.error()); column > 0)
            m_filterEdit->setCursorPosition(column - 1);
        return;
    }
    m_filterError->hide();
    m_filter = parsed.value();
    Q_EMIT queryChanged();
}

void AuditView::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    applyFilter();
}

AuditView::Period AuditView::period() const
{
    return m_period->currentData().value<Period>();
}

void AuditView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(period)));
}

void AuditView::setCustomPeriod(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    if (period() == Period::Custom)
        Q_EMIT queryChanged();
    else
        setPeriod(Period::Custom);
}

QDateTime AuditView::since() const
{
    const QDateTime now = QDateTime::currentDateTime();
    switch (period()) {
    case Period::All:
        return {};
    case Period::LastDay:
        return now.addDays(-1);
    case Period::LastWeek:
        return now.addDays(-7);
    case Period::LastMonth:
        return now.addDays(-30);
    case Period::Quarter: {
        const QDate today = now.date();
        return QDateTime(QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), QTime(0, 0));
    }
    case Period::Custom:
        return m_from->dateTime();
    }
    return {};
}

QDateTime AuditView::until() const
{
    return period() == Period::Custom ? m_to->dateTime() : QDateTime();
}

void AuditView::showVerifying(qint64 checked)
{
    m_verify->setEnabled(false);
    m_trust->setText(checked > 0 ? tr("Verifying the audit chain… %1 records checked").arg(checked)
                                 : tr("Verifying the audit chain…"));
    m_trust->setStyleSheet({});
}

void AuditView::showTrust(const TrustReport &report, const QString &problem)
{
    m_verify->setEnabled(true);
    m_trust->setText(AuditTrustText::of(report, problem));
    const bool ok = report.ok() && problem.isEmpty();
    const bool weak = report.pin == TrustReport::Pin::NotPinned ||
                      report.pin == TrustReport::Pin::Unchecked || report.recordsChecked == 0;
    m_trust->setStyleSheet(ok && !weak ? u"QLabel { background: #e7f5ec; color: #0b5d2a; }"_qs
                           : ok        ? u"QLabel { background: #fff6dd; color: #6b4d00; }"_qs
                                       : u"QLabel { background: #fde8e7; color: #8a1c12; }"_qs);
    m_trust->setProperty("verdict", ok && !weak ? u"verified"_qs
                                    : ok        ? u"unpinned"_qs
                                                : u"broken"_qs);
    m_model->setBrokenSeq(report.chainOk() ? -1 : report.brokenSeq);
    if (!report.chainOk())
        selectSeq(report.brokenSeq);
}

void AuditView::showAccessProblem(const QString &text)
{
    m_access->setText(text);
    m_access->setVisible(!text.isEmpty());
}

QString AuditView::accessProblem() const
{
    return m_access->isVisibleTo(this) ? m_access->text() : QString();
}

void AuditView::setStatusText(const QString &text)
{
    m_status->setText(text);
}

bool AuditView::selectSeq(qint64 seq)
{
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void AuditView::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const AuditRecord *r = rows.isEmpty() ? nullptr : m_model->recordAt(rows.first().row());
    if (!r) {
        m_detail->clear();
        return;
    }
    QString text = tr("Record %1 — %2 by %3 at %4\n")
                       .arg(r->seq)
                       .arg(r->action, r->actor, r->time.toString(Qt::ISODateWithMs));
    if (m_model->data(m_model->index(rows.first().row(), 0), AuditModel::BrokenRole).toBool())
        text += tr("This record is at or after the first bad record: do not trust it.\n");
    const QString change = auditChangeSummary(*r);
    if (!change.isEmpty())
        text += tr("Changed: %1\n").arg(change);
    text += tr("hash %1\nprev %2\n\nBefore:\n%3\nAfter:\n%4")
                .arg(r->hash, r->prevHash, jsonText(r->before), jsonText(r->after));
    m_detail->setPlainText(text);
}

} // namespace gatehouse
