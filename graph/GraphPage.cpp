#include "GraphPage.h"

#include "GraphDetails.h"
#include "GraphPageToolbar.h"
#include "GraphQuery.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse::graph {

GraphPage::GraphPage(QWidget *parent)
    : QWidget(parent)
    , m_toolbar(new GraphPageToolbar(this))
    , m_view(new GraphView(this))
    , m_details(new GraphDetails(this))
{
    setObjectName(u"graphPage"_qs);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"graphSplitter"_qs);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    setTabOrder(m_toolbar->whatCanReach(), m_view);
    setTabOrder(m_view, m_details);

    m_queryDelay.setSingleShot(true);
    m_queryDelay.setInterval(250);
    connect(&m_queryDelay, &QTimer::timeout, this, &GraphPage::applyQuery);
    connect(m_toolbar->query(), &QLineEdit::textEdited, this, [this] { m_queryDelay.start(); });
    connect(m_toolbar->query(), &QLineEdit::returnPressed, this, &GraphPage::applyQuery);
    connect(m_toolbar->mode(), &QComboBox::currentIndexChanged, this, &GraphPage::applyQuery);
    connect(m_toolbar->fit(), &QToolButton::clicked, m_view, &GraphView::fitAll);
    connect(m_toolbar->zoomIn(), &QToolButton::clicked, m_view, &GraphView::zoomIn);
    connect(m_toolbar->zoomOut(), &QToolButton::clicked, m_view, &GraphView::zoomOut);
    connect(m_toolbar->whoCanReach(), &QPushButton::clicked, this, &GraphPage::askWhoCanReach);
    connect(m_toolbar->whatCanReach(), &QPushButton::clicked, this, &GraphPage::askWhatCanReach);
    connect(m_view, &GraphView::layoutFinished, this, &GraphPage::onLayoutFinished);
    connect(m_view, &GraphView::nodeSelected, this, &GraphPage::onNodeSelected);
    connect(m_details, &GraphDetails::nodeActivated, this, &GraphPage::selectNode);
    connect(m_view, &GraphView::accessLogRequested, this, &GraphPage::accessLogRequested);
    connect(m_details, &GraphDetails::accessLogRequested, this, &GraphPage::accessLogRequested);
    connect(m_details, &GraphDetails::grantHistoryRequested, this,
            &GraphPage::grantHistoryRequested);

    // The page's actions, for the View menu: find, then every key of the graph.
    auto *find = new QAction(tr("Find or &hide nodes…"), this);
    find->setObjectName(u"graphFindAction"_qs);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_toolbar->query()->setFocus(Qt::ShortcutFocusReason);
        m_toolbar->query()->selectAll();
    });
    addAction(find);
    addActions(m_view->graphActions());

    // Countdowns in the details, and "expires < 1h" staying true to the clock.
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        refreshDetails();
        if (!m_toolbar->query()->text().trimmed().isEmpty() && QTime::currentTime().second() == 0)
            applyQuery();
    });
    m_refresh.start();
    updateQuestionButtons();
}

void GraphPage::setGraph(const AccessGraph &graph)
{
    m_graph = graph;
    m_view->setGraph(graph);
}

void GraphPage::onLayoutFinished()
{
    if (!m_wantFocus.isEmpty())
        m_view->focusOn(std::exchange(m_wantFocus, QString()));
    if (!m_wantSelected.isEmpty())
        m_view->selectNode(std::exchange(m_wantSelected, QString()));
    applyQuery();
    refreshDetails();
    updateQuestionButtons();
    Q_EMIT layoutFinished();
}

void GraphPage::focusOnService(const QString &name)
{
    const QString id = AccessGraph::serviceId(name);
    if (m_view->isLayoutPending()) {
        m_wantFocus = id;
        return;
    }
    m_view->focusOn(id);
}

void GraphPage::selectNode(const QString &id)
{
    if (m_view->isLayoutPending()) {
        m_wantSelected = id;
        return;
    }
    m_view->selectNode(id);
}

void GraphPage::setReadOnly(bool readOnly)
{
    // Nothing on this page changes the graph yet; kept for the main window.
    m_readOnly = readOnly;
}

void GraphPage::onNodeSelected(const QString &id)
{
    refreshDetails();
    updateQuestionButtons();
    Q_EMIT nodeSelected(id);
}

void GraphPage::refreshDetails()
{
    const QString id = m_view->selectedNode();
    const AccessGraph &shown = m_view->graph();
    if (id == m_details->nodeId() && !id.isEmpty()) {
        // Redraw only for live countdowns.
        bool grants = false;
        for (int e : shown.edgesTo(id) + shown.edgesFrom(id))
            grants = grants || shown.edges().at(e).kind == EdgeKind::Grant;
        if (!grants)
            return;
    }
    m_details->showNode(shown, id, m_view->now());
}

void GraphPage::updateQuestionButtons()
{
    const Node *node = m_view->graph().node(m_view->selectedNode());
    m_toolbar->whoCanReach()->setEnabled(node && node->isService());
    m_toolbar->whatCanReach()->setEnabled(node && !m_view->graph().edgesFrom(node->id).isEmpty());
}

QString GraphPage::nameOf(const QString &id) const
{
    const Node *n = m_view->graph().node(id);
    return n ? n->name : id;
}

void GraphPage::applyQuery()
{
    m_queryDelay.stop();
    const QString text = m_toolbar->query()->text();
    if (text.trimmed().isEmpty()) {
        m_toolbar->showError({});
        m_toolbar->showStatus({});
        m_view->setHighlighted({});
        m_view->setHiddenNodes({});
        return;
    }
    const auto query = GraphQuery::parse(text);
    if (!query) {
        m_toolbar->showError(query.error().message);
        return;
    }
    m_toolbar->showError({});
    const QSet<QString> hits = query->matchingNodes(m_view->graph(), m_view->now());
    if (m_toolbar->hideMode()) {
        m_view->setHighlighted({});
        m_view->setHiddenNodes(hits);
        m_toolbar->showStatus(tr("%n node(s) hidden.", nullptr, int(hits.size())));
    } else {
        m_view->setHiddenNodes({});
        // Nothing found: dim nothing rather than everything.
        m_view->setHighlighted(hits);
        m_toolbar->showStatus(hits.isEmpty() ? tr("No node matches.")
                                             : tr("%n node(s) match.", nullptr, int(hits.size())));
    }
}

void GraphPage::askWhoCanReach()
{
    const QString id = m_view->selectedNode();
    const QStringList who = m_view->graph().whoCanReach(id, m_view->now());
    QSet<QString> answer(who.cbegin(), who.cend());
    answer.insert(id);
    m_view->setHighlighted(answer);
    QStringList names;
    for (const QString &s : who)
        names.append(nameOf(s));
    m_toolbar->showStatus(who.isEmpty()
                              ? tr("Nothing can reach %1.").arg(nameOf(id))
                              : tr("%n subject(s) can reach %1: %2", nullptr, int(who.size()))
                                    .arg(nameOf(id), names.join(u", "_qs)));
}

void GraphPage::askWhatCanReach()
{
    const QString id = m_view->selectedNode();
    const QStringList what = m_view->graph().whatCanReach(id, m_view->now());
    QSet<QString> answer(what.cbegin(), what.cend());
    answer.insert(id);
    m_view->setHighlighted(answer);
    QStringList names;
    for (const QString &s : what)
        names.append(nameOf(s));
    m_toolbar->showStatus(what.isEmpty()
                              ? tr("%1 can reach nothing.").arg(nameOf(id))
                              : tr("%1 can reach %n service(s): %2", nullptr, int(what.size()))
                                    .arg(nameOf(id), names.join(u", "_qs)));
}

} // namespace gatehouse::graph
