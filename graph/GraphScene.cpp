#include "GraphScene.h"

#include "EdgeLabelItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"

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

LayoutRequest GraphScene::layoutRequest(const AccessGraph &graph)
{
    LayoutRequest request;
    request.labelFontSize = style::labelFont().pointSizeF() + 1;
    request.nodes.reserve(graph.nodes().size());
    for (const Node &n : graph.nodes())
        request.nodes.append(LayoutNode{style::nodeSize(n), n.team});
    request.edges.reserve(graph.edges().size());
    for (const Edge &e : graph.edges()) {
        request.edges.append(
            LayoutEdge{graph.indexOf(e.from), graph.indexOf(e.to),
                       e.kind == EdgeKind::Grant ? style::grantLabelTemplate(e) : QString()});
    }
    return request;
}

void GraphScene::build(const AccessGraph &graph, const LayoutResult &layout)
{
    clear();
    m_nodes.clear();
    m_labels.clear();
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
        if (e.kind == EdgeKind::Grant) {
            auto *label = new EdgeLabelItem;
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
    setSceneRect(layout.bounds.united(m_edges->boundingRect()).adjusted(-30, -30, 30, 30));
}

void GraphScene::updateGraph(const AccessGraph &graph)
{
    // Two answers may list the same edges in another order: keep the order
    // the items were built in, so edge indices stay valid.
    QHash<QString, int> newIndex;
    for (int i = 0; i < graph.edges().size(); ++i)
        newIndex.insert(graph.edges().at(i).key(), i);
    AccessGraph kept;
    for (const Node &n : graph.nodes()) {
        kept.addNode(n);
        if (NodeItem *item = m_nodes.value(n.id))
            item->setNode(n);
    }
    for (const Edge &old : m_graph.edges())
        kept.addEdge(graph.edges().value(newIndex.value(old.key(), -1), old));
    kept.setVersion(graph.version(), graph.generatedAt());
    kept.setHasMesh(graph.hasMesh());
    m_graph = kept;
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
}

void GraphScene::refreshLabels(const QDateTime &now)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const Edge &e = m_graph.edges().at(it.key());
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

} // namespace gatehouse::graph
