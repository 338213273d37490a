#include "GraphView.h"

#include "EdgeLabelItem.h"
#include "GraphLayout.h"
#include "GraphLegend.h"
#include "GraphLogging.h"
#include "GraphOverlays.h"
#include "GraphStyle.h"
#include "NodeItem.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gatehouse::graph {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 6.0;
} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new GraphScene(this))
    , m_layout(new GraphLayout(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(u"graphView"_qs);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Items paint inside their bounds and keep their own painter state.
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setBackgroundBrush(QColor(0xfafbfc));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Access graph"));
    m_frame = new FocusFrame(this);
    m_legend = new GraphLegend(this);
    m_legend->move(8, 8);
    m_legendButton = new QToolButton(this);
    m_legendButton->setObjectName(u"graphLegendButton"_qs);
    m_legendButton->setText(tr("Legend (L)"));
    m_legendButton->setFocusPolicy(Qt::NoFocus);
    m_legendButton->hide();
    connect(m_legendButton, &QToolButton::clicked, this, [this] { setLegendVisible(true); });
    m_chip = new FocusChip(this);
    connect(m_chip, &QToolButton::clicked, this, &GraphView::clearFocus);
    createActions();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &GraphView::tick);
    connect(m_layout, &GraphLayout::finished, this, &GraphView::onLayout);
}

GraphView::~GraphView() = default;

void GraphView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void GraphView::setGraph(const AccessGraph &graph)
{
    const QString structure = graph.structureKey();
    if (structure == m_structure && m_pendingLayout) {
        m_waiting = graph; // the running layout fits this graph too
        return;
    }
    if (structure == m_structure) {
        // Only details changed: keep the layout, refresh what is drawn.
        m_waiting = AccessGraph();
        m_pendingLayout = false;
        if (!m_scene->updateGraph(graph)) {
            // Health in words got longer: new boxes, every node where it was.
            if (const auto layout = m_scene->incrementalLayout(graph, m_leftOut))
                showLayout(graph, *layout);
        }
        tick();
        applyState();
        QMetaObject::invokeMethod(this, &GraphView::announceFinished, Qt::QueuedConnection);
        return;
    }
    m_structure = structure;
    if (!m_focused.isEmpty() && graph.node(m_focused))
        m_state.focus = graph.neighbourhood(m_focused);
    // A grant more or less: keep every node where it is.
    if (!m_pendingLayout && m_state.leftOut(graph) == m_leftOut) {
        if (const auto layout = m_scene->incrementalLayout(graph, m_leftOut)) {
            showLayout(graph, *layout);
            QMetaObject::invokeMethod(this, &GraphView::announceFinished, Qt::QueuedConnection);
            return;
        }
    }
    requestLayout(graph);
}

void GraphView::requestLayout(const AccessGraph &graph)
{
    m_waiting = graph;
    m_pendingLayout = true;
    m_leftOut = m_state.leftOut(graph);
    m_partial = GraphScene::layoutRequest(graph, m_leftOut);
    m_layout->request(m_partial.request);
}

void GraphView::relayout()
{
    const AccessGraph graph = m_pendingLayout ? m_waiting : this->graph();
    if (graph.nodes().isEmpty())
        return;
    m_fitOnNextLayout = true;
    requestLayout(graph);
}

void GraphView::layoutVisibleNodes()
{
    // Hidden nodes leave the layout rather than leave holes in it.
    const AccessGraph &graph = m_pendingLayout ? m_waiting : this->graph();
    if (graph.nodes().isEmpty() || m_state.leftOut(graph) == m_leftOut)
        return;
    m_fitOnNextLayout = true;
    requestLayout(AccessGraph(graph));
}

void GraphView::onLayout(const LayoutResult &result)
{
    if (!result.ok())
        qCWarning(lcGraph) << "layout failed:" << result.error;
    m_pendingLayout = false;
    showLayout(m_waiting, m_scene->expand(m_partial, result, m_waiting));
    m_waiting = AccessGraph();
    announceFinished();
}

void GraphView::showLayout(const AccessGraph &graph, const LayoutResult &layout)
{
    m_engine = layout.engine;
    m_structure = graph.structureKey();
    m_scene->build(graph, layout);
    // Selection and focus survive an update while their nodes still exist.
    if (!m_state.selected.isEmpty() && !graph.node(m_state.selected))
        m_state.selected.clear();
    if (!m_focused.isEmpty() && !graph.node(m_focused))
        clearFocus();
    if (!m_focused.isEmpty())
        m_state.focus = graph.neighbourhood(m_focused);
    tick();
    applyState();
    zoomChanged();
    updateActions();
    if (m_fitOnNextLayout) {
        m_fitOnNextLayout = false;
        fitAll();
    }
}

void GraphView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_emptyText.isEmpty() || !graph().nodes().isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                      Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    painter->restore();
}

void GraphView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    m_frame->setGeometry(area);
    m_legend->fitWidth(area.width() - 16);
    m_legend->move(area.left() + 8, area.bottom() - m_legend->height() - 8);
    // In a small window the whole legend would cover the graph: a button
    // opens it instead, until the person chooses.
    const bool legend = m_legendWanted.value_or(m_legend->height() <= area.height() / 3);
    m_legend->setVisible(legend);
    m_legendButton->setVisible(!legend);
    m_legendButton->adjustSize();
    m_legendButton->move(area.left() + 8, area.bottom() - m_legendButton->height() - 8);
    if (QAction *a = action(u"graphLegendAction"_qs))
        a->setChecked(legend);
    updateSceneRect();
    m_chip->move(area.left() + (area.width() - m_chip->width()) / 2, area.top() + 8);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    // Until the person zooms, the whole graph stays in view as the window changes.
    if (m_autoFit)
        fitAll();
}

void GraphView::announceFinished()
{
    viewport()->update();
    Q_EMIT layoutFinished();
}

void GraphView::tick()
{
    m_scene->refreshLabels(m_clock());
    if (m_scene->hasGrants() && !m_countdown.isActive())
        m_countdown.start();
    else if (!m_scene->hasGrants())
        m_countdown.stop();
}

void GraphView::applyState()
{
    m_scene->apply(m_state);
}

void GraphView::selectNode(const QString &id)
{
    const QString next = m_scene->nodeItem(id) ? id : QString();
    if (next == m_state.selected)
        return;
    m_state.selected = next;
    applyState();
    if (NodeItem *item = m_scene->nodeItem(next))
        ensureVisible(item, 40, 40);
    updateActions();
    Q_EMIT nodeSelected(next);
}

void GraphView::focusOn(const QString &serviceId)
{
    const Node *node = graph().node(serviceId);
    if (!node || !node->isService())
        return;
    m_focused = serviceId;
    m_state.focus = graph().neighbourhood(serviceId);
    applyState();
    selectNode(serviceId);
    fitAll();
    m_chip->showFor(node->name);
    placeOverlays();
    updateActions();
    layoutVisibleNodes();
    Q_EMIT focusChanged(serviceId);
}

void GraphView::clearFocus()
{
    if (m_focused.isEmpty())
        return;
    m_focused.clear();
    m_state.focus.clear();
    applyState();
    fitAll();
    m_chip->hide();
    updateActions();
    layoutVisibleNodes();
    Q_EMIT focusChanged(QString());
}

void GraphView::setHighlighted(const QSet<QString> &ids)
{
    m_state.highlighted = ids;
    applyState();
}

void GraphView::setHiddenNodes(const QSet<QString> &ids)
{
    if (ids == m_state.hidden)
        return;
    m_state.hidden = ids;
    if (!m_focused.isEmpty() && ids.contains(m_focused))
        clearFocus();
    // A hidden node is not selected: the details must not go on showing it.
    if (ids.contains(m_state.selected))
        selectNode(QString());
    applyState();
    layoutVisibleNodes();
}

void GraphView::fitAll()
{
    const QRectF bounds = m_scene->visibleBounds().adjusted(-16, -16, 16, 16);
    if (bounds.isEmpty())
        return;
    m_autoFit = true;
    // The zoom that fits the drawing above the legend, but never so small
    // that text gets unreadable (the view scrolls instead) nor blown up
    // past a comfortable reading size.
    const double legend = legendReserve();
    const QSizeF room(viewport()->width(), std::max(1.0, viewport()->height() - legend));
    const double fit = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    const double readable = style::readableZoom();
    setZoom(std::clamp(fit, readable, std::max(1.25, readable)));
    updateSceneRect();
    const double z = zoom();
    const NodeItem *selected = m_scene->nodeItem(m_state.selected);
    if (fit >= readable)
        centerOn(bounds.center() + QPointF(0, legend / 2 / z));
    else if (selected && selected->isVisible())
        centerOn(selected);
    else
        centerOn(bounds.topLeft() + QPointF(room.width(), viewport()->height()) / 2 / z);
    zoomChanged();
}

double GraphView::legendReserve() const
{
    return m_legend->isHidden() ? 0.0 : m_legend->height() + 12.0;
}

void GraphView::updateSceneRect()
{
    // Room under the drawing for the legend, so scrolling shows every node.
    const double z = std::max(zoom(), kMinZoom);
    setSceneRect(m_scene->sceneRect().adjusted(0, 0, 0, legendReserve() / z));
}

void GraphView::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    const double current = zoom();
    if (current > 0)
        scale(factor / current, factor / current);
    zoomChanged();
}

void GraphView::zoomChanged()
{
    m_scene->setZoom(zoom());
    updateSceneRect();
}

void GraphView::setLegendVisible(bool visible)
{
    m_legendWanted = visible;
    placeOverlays();
}

void GraphView::zoomIn()
{
    m_autoFit = false;
    setZoom(zoom() * kZoomStep);
}

void GraphView::zoomOut()
{
    m_autoFit = false;
    setZoom(zoom() / kZoomStep);
}

QPoint GraphView::nodeViewportPos(const QString &id) const
{
    const NodeItem *item = m_scene->nodeItem(id);
    return item ? mapFromScene(item->scenePos()) : QPoint(-1, -1);
}

bool GraphView::isNodeVisible(const QString &id) const
{
    const NodeItem *item = m_scene->nodeItem(id);
    return item && item->isVisible();
}

bool GraphView::isNodeDimmed(const QString &id) const
{
    const NodeItem *item = m_scene->nodeItem(id);
    return item && item->opacity() < 1.0;
}

void GraphView::selectNext(int step)
{
    // Keyboard walk through the visible nodes, in the graph's order.
    const QList<Node> &nodes = graph().nodes();
    if (nodes.isEmpty())
        return;
    int i = std::max(0, graph().indexOf(m_state.selected));
    for (int n = 0; n < nodes.size(); ++n) {
        i = int((i + step + nodes.size()) % nodes.size());
        if (isNodeVisible(nodes.at(i).id)) {
            selectNode(nodes.at(i).id);
            return;
        }
    }
}

QString GraphView::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits)
        if (item->type() == NodeItem::Type && item->isVisible())
            return static_cast<NodeItem *>(item)->id();
    return {};
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    m_autoFit = false;
    setZoom(zoom() * std::pow(kZoomStep, steps)); // anchored under the mouse
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        // Empty space starts a pan and keeps the selection.
        if (const QString id = nodeAt(event->position().toPoint()); !id.isEmpty())
            selectNode(id);
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QString id;
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        id = nodeAt(event->pos()); // delivered through the viewport: its coordinates
        if (!id.isEmpty())
            selectNode(id);
    } else {
        id = m_state.selected;
        if (!id.isEmpty())
            at = viewport()->mapToGlobal(nodeViewportPos(id));
    }
    const Node *node = graph().node(id);
    if (!node || node->meshWide) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    openNodeMenu(id, at);
    event->accept();
}

void GraphView::openNodeMenu(const QString &id, const QPoint &globalPos)
{
    const Node *node = graph().node(id);
    if (!node || node->meshWide)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(u"graphContextMenu"_qs);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *log = menu->addAction(node->isService()
                                       ? tr("Show &access log of %1").arg(node->name)
                                       : tr("Show &access log of %1's requests").arg(node->name));
    log->setObjectName(u"showAccessLogAction"_qs);
    connect(log, &QAction::triggered, this, [this, id] { Q_EMIT accessLogRequested(id); });
    if (node->isService()) {
        QAction *focus = menu->addAction(tr("&Focus on its neighbourhood"));
        connect(focus, &QAction::triggered, this, [this, id] { focusOn(id); });
    }
    menu->popup(globalPos);
}

void GraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    m_frame->setGeometry(viewport()->geometry());
    m_frame->show();
}

void GraphView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    m_frame->hide();
}

QString GraphView::edgeToolTipAt(const QPoint &viewportPos) const
{
    const int edge = m_scene->edgeAt(mapToScene(viewportPos), 5.0 / std::max(zoom(), kMinZoom));
    if (edge < 0)
        return {};
    return style::edgeScopeText(graph(), graph().edges().at(edge), now());
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Nodes and labels have their own tooltips; any edge shows its scope.
        auto *help = static_cast<QHelpEvent *>(event);
        bool onItem = !nodeAt(help->pos()).isEmpty();
        for (QGraphicsItem *item : items(help->pos()))
            onItem = onItem || (item->type() == EdgeLabelItem::Type && item->isVisible());
        if (!onItem) {
            const QString text = edgeToolTipAt(help->pos());
            if (!text.isEmpty()) {
                QToolTip::showText(help->globalPos(), text, viewport());
                return true;
            }
            QToolTip::hideText();
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = nodeAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && !id.isEmpty()) {
        focusOn(id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace gatehouse::graph
