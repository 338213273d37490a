#include "AccessLogView.h"

#include "AccessLogFacets.h"
#include "AccessLogHistogram.h"
#include "AccessLogModel.h"
#include "logs/AccessLogCompletion.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QString row(const QString &name, const QString &value)
{
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_qs.arg(
        name.toHtmlEscaped(), value.isEmpty() ? u"—"_qs : value.toHtmlEscaped());
}
// A row whose value links to `href` (the grant, the service); plain when empty.
QString linkRow(const QString &name, const QString &value, const QString &href,
                const QString &after = {})
{
    if (value.isEmpty())
        return row(name, value);
    return u"<tr><td style='padding-right:12px'><b>%1</b></td><td><a href=\"%2\">%3</a>%4</td></tr>"_qs
        .arg(name.toHtmlEscaped(), href.toHtmlEscaped(), value.toHtmlEscaped(),
             after.toHtmlEscaped());
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
    m_live = new QToolButton;
    m_live->setObjectName(u"logLive"_qs);
    m_live->setText(tr("Live"));
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_live->setCheckable(true);
    m_live->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_live->setToolTip(tr("Follow new requests as they arrive (Ctrl+Shift+L)"));
    m_histogram = new AccessLogHistogram;
    m_facets = new AccessLogFacets;
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(u"logRefresh"_qs);
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // Alt+R is the Grants tab
    m_refresh->setToolTip(tr("Read the cache again and sync (Ctrl+R)"));
    m_export = new QAction(tr("&Export access log…"), this);
    m_export->setObjectName(u"exportLogAction"_qs);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(
        tr("Save the requests the filter and range select as CSV or JSON Lines (Ctrl+E)"));
    m_exportButton = new QToolButton;
    m_exportButton->setObjectName(u"logExport"_qs);
    m_exportButton->setDefaultAction(m_export);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_export, &QAction::triggered, this, &AccessLogView::exportRequested);
    m_range->setToolTip(tr("Time range (Ctrl+T)"));
    m_filterEdit->setToolTip(tr("Filter (Ctrl+L or /); Ctrl+Space offers fields, operators and "
                                "values; Enter applies"));
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
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
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
        m_table->setColumnWidth(
            column,
            std::max(digit * chars + 16, m_table->horizontalHeader()->sectionSizeHint(column)));

    m_detail = new QTextBrowser;
    m_detail->setObjectName(u"logDetail"_qs);
    m_detail->setPlaceholderText(tr("Select a request to see every field and its decision."));
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"grant")
            Q_EMIT grantLinkActivated(url.path());
        else if (url.scheme() == u"service")
            Q_EMIT serviceLinkActivated(url.path());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_range);
    bar->addWidget(m_live);
    bar->addWidget(m_refresh);
    bar->addWidget(m_exportButton);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_histogram);
    mainLayout->addWidget(split, 1);
    auto *sides = new QSplitter(Qt::Horizontal);
    sides->setObjectName(u"logSides"_qs);
    sides->addWidget(main);
    sides->addWidget(m_facets);
    sides->setStretchFactor(0, 1);
    sides->setStretchFactor(1, 0);
    m_facets->setMinimumWidth(fontMetrics().horizontalAdvance(u'0') * 26);
    sides->setSizes({800, m_facets->minimumWidth()});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_filterError);
    layout->addWidget(sides, 1);
    layout->addWidget(m_status);

    m_copy = new QAction(tr("&Copy as JSON"), this);
    m_copy->setObjectName(u"copyLogLine"_qs);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *find = new QAction(this);
    find->setObjectName(u"focusLogFilter"_qs);
    find->setShortcuts(
        {QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_Slash)});
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    auto *time = new QAction(this);
    time->setObjectName(u"focusLogRange"_qs);
    time->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    time->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(time);
    connect(time, &QAction::triggered, m_range,
            [this] { m_range->setFocus(Qt::ShortcutFocusReason); });
    setTabOrder(m_filterEdit, m_range);
    setTabOrder(m_range, m_live);
    setTabOrder(m_live, m_refresh);
    setTabOrder(m_refresh, m_exportButton);
    setTabOrder(m_exportButton, m_table);
    setTabOrder(m_table, m_detail);
    setTabOrder(m_detail, m_facets);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setObjectName(u"logFilterCompleter"_qs);
    m_completer->setWidget(m_filterEdit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->popup()->setObjectName(u"logFilterCompletions"_qs);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AccessLogView::insertCompletion);
    connect(m_filterEdit, &QLineEdit::textEdited, this, &AccessLogView::showCompletions);
    auto *complete = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), m_filterEdit);
    complete->setContext(Qt::WidgetShortcut);
    connect(complete, &QShortcut::activated, this, &AccessLogView::showCompletions);
    connect(m_copy, &QAction::triggered, this, &AccessLogView::copySelected);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &AccessLogView::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter(); // the clear button shows everything again
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const int custom = m_range->findData(QVariant::fromValue(Range::Custom));
        if (custom >= 0 && custom != m_range->currentIndex())
            m_range->removeItem(custom); // a custom range is picked on the histogram only
        Q_EMIT queryChanged();
    });
    connect(m_live, &QToolButton::toggled, this, &AccessLogView::liveChanged);
    connect(m_histogram, &AccessLogHistogram::spanSelected, this, &AccessLogView::setCustomRange);
    connect(m_facets, &AccessLogFacets::chosen, this,
            [this](const QString &field, const QString &value) {
                setFilterText(filterNarrowedTo(m_filter.text(), field, value));
            });
    // Lines that arrive above the ones being read keep them in place; at the
    // top, the view stays at the top and shows them.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                const int value = m_table->verticalScrollBar()->value();
                m_scrollBeforeInsert = first == 0 && value > 0 ? value : -1;
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (first != 0 || m_scrollBeforeInsert < 0)
                    return;
                int added = 0;
                for (int r = first; r <= last; ++r)
                    added += m_table->rowHeight(r);
                m_table->verticalScrollBar()->setValue(m_scrollBeforeInsert + added);
                m_scrollBeforeInsert = -1;
            });
    connect(m_refresh, &QPushButton::clicked, this, &AccessLogView::refreshRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessLogView::showDetail);
    connect(model, &QAbstractItemModel::modelReset, this, &AccessLogView::showDetail);
}

void AccessLogView::setRange(Range range)
{
    const int i = m_range->findData(QVariant::fromValue(range));
    if (i >= 0)
        m_range->setCurrentIndex(i);
}

void AccessLogView::showCompletions()
{
    const QString text = m_filterEdit->text();
    const auto at = AccessLogCompletion::at(text, m_filterEdit->cursorPosition());
    QStringList options;
    switch (at.kind) {
    case AccessLogCompletion::Kind::Field:
        options = AccessLogFilter::fieldNames();
        break;
    case AccessLogCompletion::Kind::Operator:
        options = AccessLogCompletion::operatorsFor(*at.field);
        break;
    case AccessLogCompletion::Kind::Value:
        options = AccessLogCompletion::fixedValues(*at.field);
        if (m_valueSource)
            options += m_valueSource(*at.field);
        for (QString &o : options)
            o = AccessLogCompletion::valueText(o);
        options.removeDuplicates();
        break;
    case AccessLogCompletion::Kind::Keyword:
        options = QStringList{u"and"_qs, u"or"_qs};
        break;
    }
    m_completionStart = at.start;
    m_completions->setStringList(options);
    m_completer->setCompletionPrefix(at.prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 &&
         m_completer->currentCompletion().compare(at.prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    // The popup opens under the word being completed.
    const int x = m_filterEdit->fontMetrics().horizontalAdvance(text.left(at.start));
    m_completer->complete(
        QRect(std::min(x, m_filterEdit->width() - 260), 0, 260, m_filterEdit->height()));
}

void AccessLogView::insertCompletion(const QString &completion)
{
    QString text = m_filterEdit->text();
    int end = m_filterEdit->cursorPosition();
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    const int start = std::min(m_completionStart, int(text.size()));
    text.replace(start, end - start, completion + u' ');
    m_filterEdit->setText(text);
    m_filterEdit->setCursorPosition(start + int(completion.size()) + 1);
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
    case Range::Custom:
        return m_customFrom;
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

QDateTime AccessLogView::until() const
{
    return range() == Range::Custom ? m_customTo : QDateTime();
}

void AccessLogView::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    m_customFrom = from;
    m_customTo = to;
    const QString format =
        from.secsTo(to) >= 24 * 3600 ? u"yyyy-MM-dd HH:mm"_qs : u"MM-dd HH:mm:ss"_qs;
    const QString text =
        tr("%1 – %2").arg(from.toLocalTime().toString(format), to.toLocalTime().toString(format));
    int custom = m_range->findData(QVariant::fromValue(Range::Custom));
    if (custom < 0) {
        m_range->addItem(text, QVariant::fromValue(Range::Custom));
        custom = m_range->count() - 1;
    }
    m_range->setItemText(custom, text);
    if (m_range->currentIndex() == custom)
        Q_EMIT queryChanged();
    else
        m_range->setCurrentIndex(custom); // emits queryChanged
}

qint64 AccessLogView::bucketMs(const QDateTime &now) const
{
    const QDateTime from = since(now);
    if (!from.isValid())
        return 24 * 3600 * 1000LL;
    const QDateTime to = until().isValid() ? until() : now;
    return AccessLogHistogram::bucketMsFor(std::max<qint64>(1, from.msecsTo(to)));
}

void AccessLogView::setHistogram(const QList<QPair<qint64, std::array<qint64, 3>>> &buckets,
                                 const QDateTime &now)
{
    const qint64 bucket = bucketMs(now);
    const QDateTime from = since(now);
    const QDateTime to = until().isValid() ? until() : now;
    qint64 fromMs = from.isValid()      ? from.toMSecsSinceEpoch()
                    : buckets.isEmpty() ? to.toMSecsSinceEpoch()
                                        : buckets.first().first;
    fromMs -= fromMs % bucket;
    const qint64 toMs = std::max(fromMs + 1, to.toMSecsSinceEpoch());
    QList<AccessLogHistogram::Bar> bars((toMs - fromMs + bucket - 1) / bucket);
    for (const auto &[start, counts] : buckets) {
        const qint64 i = (start - fromMs) / bucket;
        if (i >= 0 && i < bars.size())
            bars[i] = AccessLogHistogram::Bar{counts[0], counts[1], counts[2]};
    }
    m_histogram->setBars(fromMs, bucket, bars);
}

bool AccessLogView::isLive() const
{
    return m_live->isChecked();
}

void AccessLogView::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
    applyFilter();
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
    const bool denied = e->hasDecision && !e->allowed && !e->caller().isEmpty();
    m_detail->setHtml(detailHtml(*e, note,
                                 denied && m_relatedGrants
                                     ? m_relatedGrants(e->caller(), e->service)
                                     : QList<QPair<QString, QString>>()));
}

void AccessLogView::copySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const AccessLogEntry *e = rows.isEmpty() ? nullptr : m_model->entry(rows.first().row()))
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(e->toJson()).toJson(QJsonDocument::Compact)));
}

QString AccessLogView::detailHtml(const AccessLogEntry &e, const QString &grantNote,
                                  const QList<QPair<QString, QString>> &related)
{
    const QString decision = AccessLogModel::decisionText(e);
    QString html = u"<p><b>%1</b></p><table>"_qs.arg(
        (grantNote.isEmpty() ? decision : decision + u", "_qs + grantNote).toHtmlEscaped());
    html += row(tr("Time"), e.loggedAt.toUTC().toString(Qt::ISODateWithMs));
    html += row(tr("Caller"),
                e.subjectKind.isEmpty() || e.caller().isEmpty()
                    ? e.caller()
                    : tr("%1 (%2)").arg(e.caller(), AccessLogModel::kindText(e.subjectKind)));
    html += row(tr("User logged by the edge"), e.userId);
    html += linkRow(tr("Service"), e.service, u"service:"_qs + e.service,
                    e.service.isEmpty() ? QString() : u"  "_qs + tr("(show in the graph)"));
    html += row(tr("Host"), e.host);
    html += row(tr("Request"), e.method + u' ' + e.path);
    html += row(tr("Status"), QString::number(e.status));
    html += row(tr("Decision"), !e.hasDecision ? QString() : e.allowed ? tr("allow") : tr("deny"));
    html += row(tr("Reason"), e.reason);
    html += linkRow(tr("Grant"), e.grantId, u"grant:"_qs + e.grantId,
                    grantNote.isEmpty() ? QString() : u" ("_qs + grantNote + u')');
    if (!related.isEmpty()) {
        QStringList links;
        for (const auto &[id, note] : related)
            links.append(u"<a href=\"grant:%1\">%2</a> (%3)"_qs.arg(
                id.toHtmlEscaped(), tr("grant %1").arg(id).toHtmlEscaped(), note.toHtmlEscaped()));
        html += u"<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>"_qs.arg(
            tr("Grants of %1 on %2").arg(e.caller(), e.service).toHtmlEscaped(),
            links.join(u"<br>"_qs));
    }
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
