#include "GraphScene.h"

#include "EdgeLabelItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"

#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace gatehouse::graph {

namespace {

// Where the segment from the centre of a node towards `other` leaves it.
QPointF border(const QPointF &center, const QSizeF &size, const QPointF &other)
{
    const QPointF d = other - center;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return center;
    const double tx = qFuzzyIsNull(d.x()) ? 1e9 : size.width() / 2 / std::abs(d.x());
    const double ty = qFuzzyIsNull(d.y()) ? 1e9 : size.height() / 2 / std::abs(d.y());
    return center + d * std::min(1.0, std::min(tx, ty));
}

QPolygonF arrowAt(const QPointF &tip, const QPointF &from)
{
    QLineF back(tip, from);
    if (back.length() < 1e-3)
        return {};
    back.setLength(8);
    const QPointF n(-back.dy() * 0.45, back.dx() * 0.45);
    return QPolygonF({tip, back.p2() + n, back.p2() - n, tip});
}

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

QSet<QString> VisualState::leftOut(const AccessGraph &graph) const
{
    QSet<QString> out = hidden;
    if (!focus.isEmpty())
        for (const Node &n : graph.nodes())
            if (!focus.contains(n.id))
                out.insert(n.id);
    return out;
}

LayoutRequest GraphScene::layoutRequest(const AccessGraph &graph)
{
    return layoutRequest(graph, {}).request;
}

PartialLayout GraphScene::layoutRequest(const AccessGraph &graph, const QSet<QString> &leftOut)
{
    PartialLayout partial;
    LayoutRequest &request = partial.request;
    request.labelFontSize = style::labelFont().pointSizeF() + 1;
    QList<int> index(graph.nodes().size(), -1);
    for (int i = 0; i < graph.nodes().size(); ++i) {
        const Node &n = graph.nodes().at(i);
        if (leftOut.contains(n.id))
            continue;
        index[i] = int(request.nodes.size());
        request.nodes.append(LayoutNode{style::nodeSize(n), n.team});
        partial.nodes.append(i);
    }
    for (int i = 0; i < graph.edges().size(); ++i) {
        const Edge &e = graph.edges().at(i);
        const int from = index.value(graph.indexOf(e.from), -1);
        const int to = index.value(graph.indexOf(e.to), -1);
        if (from < 0 || to < 0)
            continue;
        request.edges.append(LayoutEdge{
            from, to, e.kind != EdgeKind::Standing ? style::grantLabelTemplate(e) : QString()});
        partial.edges.append(i);
    }
    return partial;
}

LayoutResult GraphScene::expand(const PartialLayout &partial, const LayoutResult &result,
                                const AccessGraph &graph) const
{
    LayoutResult full = result;
    full.centers.clear();
    full.edgePaths.clear();
    full.labelPositions.clear();
    for (const Node &n : graph.nodes()) {
        const NodeItem *item = m_nodes.value(n.id);
        full.centers.append(item ? item->pos() : result.bounds.center());
    }
    for (int i = 0; i < partial.nodes.size(); ++i)
        full.centers[partial.nodes.at(i)] = result.centers.value(i);
    full.labelPositions.resize(graph.edges().size());
    if (result.hasSplines())
        full.edgePaths.resize(graph.edges().size());
    for (int i = 0; i < partial.edges.size(); ++i) {
        if (result.hasSplines())
            full.edgePaths[partial.edges.at(i)] = result.edgePaths.value(i);
        full.labelPositions[partial.edges.at(i)] = result.labelPositions.value(i);
    }
    return full;
}

void GraphScene::build(const AccessGraph &graph, const LayoutResult &layout)
{
    clear();
    m_nodes.clear();
    m_labels.clear();
    m_paths.clear();
    m_labelAt.clear();
    m_graph = graph;
    const QList<Node> &nodes = graph.nodes();
    QList<QSizeF> sizes;
    sizes.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        sizes.append(style::nodeSize(nodes.at(i)));
        auto *item = new NodeItem(nodes.at(i), sizes.last());
        item->setPos(layout.centers.value(i));
        addItem(item);
        m_nodes.insert(nodes.at(i).id, item);
    }

    QList<EdgeLayer::Geometry> geometry;
    geometry.reserve(graph.edges().size());
    for (int i = 0; i < graph.edges().size(); ++i) {
        const Edge &e = graph.edges().at(i);
        const int from = graph.indexOf(e.from), to = graph.indexOf(e.to);
        EdgeLayer::Geometry g;
        g.kind = e.kind;
        g.mesh = e.source == u"mesh";
        const QPolygonF points = layout.edgePaths.value(i);
        QPointF labelAt = layout.labelPositions.value(i);
        if (!points.isEmpty())
            m_paths.insert(e.key(), points);
        if (points.size() >= 4) {
            g.path.moveTo(points.first());
            for (int p = 1; p + 2 < points.size(); p += 3)
                g.path.cubicTo(points.at(p), points.at(p + 1), points.at(p + 2));
            g.arrow = arrowAt(points.last(), points.at(points.size() - 2));
            if (labelAt.isNull())
                labelAt = g.path.pointAtPercent(0.5);
        } else {
            const QPointF a = layout.centers.value(from), b = layout.centers.value(to);
            g.line = QLineF(border(a, sizes.value(from), b), border(b, sizes.value(to), a));
            g.arrow = arrowAt(g.line.p2(), g.line.p1());
            labelAt = g.line.center();
        }
        geometry.append(g);
        m_labelAt.insert(e.key(), labelAt);
        if (e.kind != EdgeKind::Standing) {
            auto *label = new EdgeLabelItem;
            label->setEdge(i);
            label->setPos(labelAt);
            addItem(label);
            m_labels.insert(i, label);
        }
    }
    // Hundreds of countdowns at once are noise: show them only close up.
    for (EdgeLabelItem *label : std::as_const(m_labels))
        label->setMinimumZoom(m_labels.size() > 100 ? 1.5 : 0.5);
    m_edges = new EdgeLayer;
    m_edges->setEdges(geometry);
    addItem(m_edges);
    // The routed edges may bulge past the nodes; straight ones run between
    // nodes already inside (or left out of the layout, and not drawn).
    QRectF drawn = layout.bounds;
    for (const EdgeLayer::Geometry &g : std::as_const(geometry))
        if (!g.path.isEmpty())
            drawn |= g.path.boundingRect();
    setSceneRect(drawn.adjusted(-16, -16, 16, 16));
    applyKeep();
}

bool GraphScene::updateGraph(const AccessGraph &graph)
{
    bool fits = true;
    // Two answers may list the same edges in another order: keep the order
    // the items were built in, so edge indices stay valid.
    QHash<QString, int> newIndex;
    for (int i = 0; i < graph.edges().size(); ++i)
        newIndex.insert(graph.edges().at(i).key(), i);
    AccessGraph kept;
    for (const Node &n : graph.nodes()) {
        kept.addNode(n);
        if (NodeItem *item = m_nodes.value(n.id)) {
            item->setNode(n);
            fits = fits && item->size() == style::nodeSize(n);
        }
    }
    for (const Edge &old : m_graph.edges())
        kept.addEdge(graph.edges().value(newIndex.value(old.key(), -1), old));
    kept.setVersion(graph.version(), graph.generatedAt());
    kept.setHasMesh(graph.hasMesh());
    m_graph = kept;
    return fits;
}

void GraphScene::apply(const VisualState &state)
{
    using S = EdgeLayer::State;
    auto nodeState = [&](const QString &id) {
        if (state.hidden.contains(id) || (!state.focus.isEmpty() && !state.focus.contains(id)))
            return S::Hidden;
        if (!state.highlighted.isEmpty() && !state.highlighted.contains(id))
            return S::Dimmed;
        return S::Normal;
    };
    QHash<QString, S> states;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const S s = nodeState(it.key());
        states.insert(it.key(), s);
        it.value()->setVisible(s != S::Hidden);
        it.value()->setOpacity(s == S::Dimmed ? 0.22 : 1.0);
        it.value()->setMarked(it.key() == state.selected,
                              !state.highlighted.isEmpty() && s == S::Normal);
    }
    QList<S> edgeStates;
    edgeStates.reserve(m_graph.edges().size());
    for (const Edge &e : m_graph.edges())
        edgeStates.append(std::max(states.value(e.from), states.value(e.to)));
    if (m_edges)
        m_edges->setState(edgeStates);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const S s = edgeStates.value(it.key());
        it.value()->setVisible(s != S::Hidden);
        it.value()->setOpacity(s == S::Dimmed ? 0.25 : 1.0);
    }
    m_keep.clear();
    if (m_nodes.contains(state.selected))
        m_keep = m_graph.neighbourhood(state.selected);
    applyKeep();
}

void GraphScene::setZoom(double zoom)
{
    const bool zoomedOut = zoom + 1e-6 < style::readableZoom();
    if (zoomedOut == m_zoomedOut)
        return;
    m_zoomedOut = zoomedOut;
    applyKeep();
}

void GraphScene::applyKeep()
{
    const QString selected = [this] {
        for (NodeItem *item : std::as_const(m_nodes))
            if (item->isMarkedSelected())
                return item->id();
        return QString();
    }();
    for (NodeItem *item : std::as_const(m_nodes))
        item->setKeepLabel(item->isVisible() && m_keep.contains(item->id()), m_zoomedOut);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const Edge &e = m_graph.edges().at(it.key());
        it.value()->setKeep(!selected.isEmpty() && (e.from == selected || e.to == selected),
                            m_zoomedOut);
    }
}

void GraphScene::refreshLabels(const QDateTime &now)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const Edge &e = m_graph.edges().at(it.key());
        it.value()->setToolTip(style::edgeScopeText(m_graph, e, now));
        if (e.kind == EdgeKind::Pending) {
            it.value()->setText(style::grantLabel(e, now), style::pendingColor());
            continue;
        }
        const QColor color =
            style::grantColor(e.expiresAt.isValid() ? now.secsTo(e.expiresAt) : 3600);
        it.value()->setText(style::grantLabel(e, now), color);
        if (m_edges)
            m_edges->setColor(it.key(), color);
    }
}

QRectF GraphScene::visibleBounds() const
{
    QRectF bounds;
    for (NodeItem *item : m_nodes)
        if (item->isVisible())
            bounds |= item->sceneBoundingRect();
    return bounds;
}

QSet<LegendKind> GraphScene::drawnKinds(const QDateTime &now) const
{
    QSet<LegendKind> kinds;
    for (NodeItem *item : m_nodes)
        if (item->isVisible())
            for (LegendKind k : item->legendKinds())
                kinds.insert(k);
    for (int i = 0; m_edges && i < m_graph.edges().size(); ++i) {
        if (m_edges->state(i) == EdgeLayer::State::Hidden)
            continue;
        const Edge &e = m_graph.edges().at(i);
        switch (e.kind) {
        case EdgeKind::Standing:
            kinds.insert(e.source == u"mesh" ? LegendKind::MeshStanding : LegendKind::Standing);
            break;
        case EdgeKind::Grant: {
            const qint64 left = e.expiresAt.isValid() ? now.secsTo(e.expiresAt) : 3600;
            kinds.insert(left <= 0        ? LegendKind::GrantEnded
                         : left < 10 * 60 ? LegendKind::GrantEndingSoon
                                          : LegendKind::Grant);
            break;
        }
        case EdgeKind::Pending:
            kinds.insert(LegendKind::Pending);
            break;
        }
    }
    return kinds;
}

int GraphScene::edgeAt(const QPointF &scenePos, double tolerance) const
{
    return m_edges ? m_edges->edgeAt(scenePos, tolerance) : -1;
}

} // namespace gatehouse::graph
