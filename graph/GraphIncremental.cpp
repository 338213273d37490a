#include "GraphScene.h"
#include "GraphStyle.h"
#include "NodeItem.h"

#include <cmath>

namespace gatehouse::graph {

// A new grant or request must not move what the person is looking at: the
// nodes already drawn keep their place, a new node goes into the nearest
// free spot beside its neighbours (subjects to the left, services to the
// right, as dot draws them) and a new edge is a gentle curve between its
// ends, bent away from the edges already joining the same two nodes.
namespace {

QPointF border(const QPointF &center, const QSizeF &size, const QPointF &other)
{
    const QPointF d = other - center;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return center;
    const double tx = qFuzzyIsNull(d.x()) ? 1e9 : size.width() / 2 / std::abs(d.x());
    const double ty = qFuzzyIsNull(d.y()) ? 1e9 : size.height() / 2 / std::abs(d.y());
    return center + d * std::min(1.0, std::min(tx, ty));
}

QRectF rectAt(const QPointF &center, const QSizeF &size)
{
    return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size);
}

} // namespace

std::optional<LayoutResult> GraphScene::incrementalLayout(const AccessGraph &next,
                                                          const QSet<QString> &leftOut) const
{
    if (m_nodes.isEmpty())
        return std::nullopt;
    const QList<Node> &nodes = next.nodes();
    QList<int> added;
    int kept = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        if (m_nodes.contains(nodes.at(i).id))
            ++kept;
        else
            added.append(i);
    }
    // A few new nodes fit into the picture; many would crowd it.
    if (kept == 0 || added.size() > std::max(3, kept / 4))
        return std::nullopt;

    LayoutResult result;
    result.engine = u"incremental"_qs;
    QList<QSizeF> sizes;
    QList<QRectF> taken;
    for (const Node &n : nodes) {
        sizes.append(style::nodeSize(n));
        const NodeItem *item = m_nodes.value(n.id);
        result.centers.append(item ? item->pos() : QPointF());
        if (item && !leftOut.contains(n.id))
            taken.append(rectAt(item->pos(), sizes.last()));
    }
    QRectF drawing;
    for (const QRectF &r : std::as_const(taken))
        drawing |= r;

    for (int i : std::as_const(added)) {
        const Node &n = nodes.at(i);
        QPointF sum;
        int count = 0;
        for (int e : next.edgesTo(n.id) + next.edgesFrom(n.id)) {
            const Edge &edge = next.edges().at(e);
            const QString other = edge.from == n.id ? edge.to : edge.from;
            if (const NodeItem *item = m_nodes.value(other)) {
                sum += item->pos();
                ++count;
            }
        }
        QPointF want = count > 0 ? sum / count + QPointF(n.isService() ? 220 : -220, 0)
                                 : QPointF(drawing.left() + sizes.at(i).width() / 2,
                                           drawing.bottom() + 40 + sizes.at(i).height() / 2);
        // Nearest free spot above or below, then further out sideways.
        const double step = sizes.at(i).height() + 14;
        QPointF place = want;
        for (int k = 0; k < 400; ++k) {
            const double dy = (k % 2 ? 1 : -1) * std::ceil(k / 2.0) * step;
            const double dx = (k / 40) * (n.isService() ? 160 : -160);
            const QPointF at = want + QPointF(dx, dy);
            const QRectF r = rectAt(at, sizes.at(i)).adjusted(-12, -8, 12, 8);
            bool free = true;
            for (const QRectF &t : std::as_const(taken))
                free = free && !t.intersects(r);
            if (free) {
                place = at;
                break;
            }
        }
        result.centers[i] = place;
        if (!leftOut.contains(n.id)) {
            taken.append(rectAt(place, sizes.at(i)));
            drawing |= taken.last();
        }
    }

    QSet<QString> oldEdges;
    for (const Edge &e : m_graph.edges())
        oldEdges.insert(e.key());
    QSet<int> addedNodes(added.cbegin(), added.cend());
    QHash<QString, int> parallel; // unordered node pair → edges drawn between them
    result.edgePaths.resize(next.edges().size());
    result.labelPositions.resize(next.edges().size());
    for (int i = 0; i < next.edges().size(); ++i) {
        const Edge &e = next.edges().at(i);
        const int from = next.indexOf(e.from), to = next.indexOf(e.to);
        const QString pair = e.from < e.to ? e.from + u'|' + e.to : e.to + u'|' + e.from;
        const int nth = parallel.value(pair);
        parallel[pair] = nth + 1;
        if (leftOut.contains(e.from) || leftOut.contains(e.to))
            continue;
        const bool old =
            oldEdges.contains(e.key()) && !addedNodes.contains(from) && !addedNodes.contains(to);
        if (old) {
            result.edgePaths[i] = m_paths.value(e.key());
            result.labelPositions[i] = m_labelAt.value(e.key());
            if (!result.edgePaths.at(i).isEmpty())
                drawing |= result.edgePaths.at(i).boundingRect();
            continue;
        }
        const QPointF a = result.centers.at(from), b = result.centers.at(to);
        const QPointF p0 = border(a, sizes.at(from), b), p3 = border(b, sizes.at(to), a);
        QLineF normal = QLineF(p0, p3).normalVector();
        normal.setLength(18.0 * (nth + 1) * (nth % 2 ? -1 : 1));
        const QPointF bend = normal.p2() - normal.p1();
        const QPointF c1 = p0 + (p3 - p0) / 3 + bend, c2 = p0 + (p3 - p0) * 2 / 3 + bend;
        result.edgePaths[i] = QPolygonF({p0, c1, c2, p3});
        result.labelPositions[i] = (p0 + c1 * 3 + c2 * 3 + p3) / 8;
        drawing |= result.edgePaths.at(i).boundingRect();
    }
    result.bounds = drawing;
    return result;
}

} // namespace gatehouse::graph
