#include "AccessLogView.h"

#include "AccessLogModel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QString row(const QString &name, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_qs.arg(
        name.toHtmlEscaped(), value.isEmpty() ? u"—"_qs : value.toHtmlEscaped());
}
} // namespace

AccessLogView::AccessLogView(AccessLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"accessLogView"_qs);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(u"logFilter"_qs);
    m_filterEdit->setPlaceholderText(
        tr("Filter: user = bob and status >= 500, service = payments, decision = deny, "
           "path ~ /v1/charges, or any text"));
    m_filterEdit->setClearButtonEnabled(true);
    m_range = new QComboBox;
    m_range->setObjectName(u"logRange"_qs);
    m_range->addItem(tr("Last 15 minutes"), QVariant::fromValue(Range::Last15Minutes));
    m_range->addItem(tr("Last hour"), QVariant::fromValue(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::LastDay));
    m_range->addItem(tr("All cached"), QVariant::fromValue(Range::All));
    m_range->setCurrentIndex(2);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setObjectName(u"logRefresh"_qs);
    m_filterError = new QLabel;
    m_filterError->setObjectName(u"logFilterError"_qs);
    m_filterError->setStyleSheet(u"color: #b3261e"_qs);
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    m_status = new QLabel;
    m_status->setObjectName(u"logStatus"_qs);

    m_table = new QTableView;
    m_table->setObjectName(u"logTable"_qs);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(
        AccessLogModel::TimeColumn,
        m_table->fontMetrics().horizontalAdvance(u"0000-00-00 00:00:00.000"_qs) + 16);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    for (const auto &[column, chars] : {std::pair{AccessLogModel::CallerColumn, 12},
                                        {AccessLogModel::ServiceColumn, 14},
                                        {AccessLogModel::MethodColumn, 7},
                                        {AccessLogModel::PathColumn, 28},
                                        {AccessLogModel::StatusColumn, 6},
                                        {AccessLogModel::DecisionColumn, 8},
                                        {AccessLogModel::GrantColumn, 10},
                                        {AccessLogModel::DurationColumn, 9},
                                        {AccessLogModel::BytesColumn, 8},
                                        {AccessLogModel::ClientIpColumn, 14}})
        m_table->setColumnWidth(column, digit * chars + 16);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(u"logDetail"_qs);
    m_detail->setPlaceholderText(tr("Select a request to see every field and its decision."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_range);
    bar->addWidget(m_refresh);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_filterError);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_copy = new QAction(tr("&Copy as JSON"), this);
    m_copy->setObjectName(u"copyLogLine"_qs);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *find = new QAction(this);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_copy, &QAction::triggered, this, &AccessLogView::copySelected);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &AccessLogView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter(); // the clear button shows everything again
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &AccessLogView::queryChanged);
    connect(m_refresh, &QPushButton::clicked, this, &AccessLogView::refreshRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessLogView::showDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &AccessLogView::showDetail);
}

void AccessLogView::setStatusText(const QString &text, bool warning)
{
    m_status->setText(text);
    m_status->setStyleSheet(warning ? u"color: #9a6700"_qs : QString());
}

AccessLogView::Range AccessLogView::range() const
{
    return m_range->currentData().value<Range>();
}

QDateTime AccessLogView::since(const QDateTime &now) const
{
    switch (range()) {
    case Range::Last15Minutes:
        return now.addSecs(-15 * 60);
    case Range::LastHour:
        return now.addSecs(-3600);
    case Range::LastDay:
        return now.addDays(-1);
    case Range::All:
        break;
    }
    return {};
}

bool AccessLogView::hasSelection() const
{
    return m_table->selectionModel()->hasSelection();
}

void AccessLogView::applyFilter()
{
    auto parsed = AccessLogFilter::parse(m_filterEdit->text());
    if (!parsed) {
        const int column = AccessLogFilter::errorColumn(parsed.error());
        m_filterError->setText(parsed.error().message);
        m_filterError->show();
        m_filterEdit->setStyleSheet(u"border: 1px solid #b3261e"_qs);
        if (column > 0)
            m_filterEdit->setCursorPosition(column - 1);
        return;
    }
    m_filterError->clear();
    m_filterError->hide();
    m_filterEdit->setStyleSheet(QString());
    m_filter = parsed.value();
    Q_EMIT queryChanged();
}

void AccessLogView::showDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const AccessLogEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row());
    if (!e)
        return m_detail->clear();
    const QString note = m_grantNote && !e->grantId.isEmpty() ? m_grantNote(e->grantId) : QString();
    m_detail->setHtml(detailHtml(*e, note));
}

void AccessLogView::copySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const AccessLogEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row()))
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(e->toJson()).toJson(QJsonDocument::Compact)));
}

QString AccessLogView::detailHtml(const AccessLogEntry &e, const QString &grantNote)
{
    const QString decision = AccessLogModel::decisionText(e);
    QString html = u"<p><b>%1</b></p><table>"_qs.arg(
        (grantNote.isEmpty() ? decision : decision + u", "_qs + grantNote).toHtmlEscaped());
    html += row(tr("Time"), e.loggedAt.toUTC().toString(Qt::ISODateWithMs));
    html += row(tr("Caller"), e.caller());
    html += row(tr("User logged by the edge"), e.userId);
    html += row(tr("Service"), e.service);
    html += row(tr("Host"), e.host);
    html += row(tr("Request"), e.method + u' ' + e.path);
    html += row(tr("Status"), QString::number(e.status));
    html += row(tr("Decision"), !e.hasDecision ? QString() : e.allowed ? tr("allow") : tr("deny"));
    html += row(tr("Reason"), e.reason);
    html +=
        row(tr("Grant"), grantNote.isEmpty() ? e.grantId : e.grantId + u" ("_qs + grantNote + u')');
    html += row(tr("Duration"), AccessLogModel::durationText(e.durationUs));
    html += row(tr("Bytes"), QString::number(e.size));
    html += row(tr("Client IP"), e.remoteIp);
    html += row(tr("Flags"), AccessLogModel::flagsText(e));
    html += row(tr("Forged header sent"), e.flagReason);
    html += row(tr("Decision id"), e.decisionId);
    html += row(tr("Line id"), e.id);
    return html + u"</table>"_qs;
}

} // namespace gatehouse
