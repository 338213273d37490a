#include "EdgeLayer.h"

#include "GraphStyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace gatehouse::graph {

namespace {

QColor dimmedColor(QColor c)
{
    c.setAlphaF(0.12f);
    return c;
}

} // namespace

EdgeLayer::EdgeLayer()
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    // exposedRect lets paint() skip lines outside a small repaint (a label
    // ticking every second must not redraw 50,000 edges).
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void EdgeLayer::setEdges(const QList<Geometry> &edges)
{
    prepareGeometryChange();
    m_edges = edges;
    m_states = QList<State>(edges.size(), State::Normal);
    m_bounds = QRectF();
    for (const Geometry &e : edges)
        m_bounds |= e.path.isEmpty() ? QRectF(e.line.p1(), e.line.p2()).normalized()
                                     : e.path.boundingRect();
    m_bounds.adjust(-4, -4, 4, 4);
    m_dirty = true;
    update();
}

void EdgeLayer::setState(const QList<State> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    m_dirty = true;
    update();
}

void EdgeLayer::setColor(int edge, const QColor &color)
{
    if (edge < 0 || edge >= m_edges.size() || m_edges.at(edge).color == color)
        return;
    m_edges[edge].color = color;
    m_dirty = true;
    update();
}

QPen EdgeLayer::penFor(const Geometry &edge, bool dimmed) const
{
    QPen pen;
    pen.setCapStyle(Qt::RoundCap);
    switch (edge.kind) {
    case EdgeKind::Standing:
        pen = edge.mesh ? QPen(style::meshColor(), 1.3, Qt::DotLine)
                        : QPen(style::standingColor(), 1.3);
        break;
    case EdgeKind::Grant:
        pen = QPen(edge.color.isValid() ? edge.color : style::grantColor(3600), 2.6);
        break;
    case EdgeKind::Pending:
        pen = QPen(style::pendingColor(), 1.8, Qt::DashLine);
        break;
    }
    if (dimmed)
        pen.setColor(dimmedColor(pen.color()));
    return pen;
}

// Groups edges by pen so that painting is a handful of calls, however many
// edges there are. Rebuilt only when states or colours change.
void EdgeLayer::rebuildBatches()
{
    m_batches.clear();
    QHash<QString, int> byPen;
    for (int i = 0; i < m_edges.size(); ++i) {
        const State s = m_states.value(i, State::Normal);
        if (s == State::Hidden)
            continue;
        const Geometry &e = m_edges.at(i);
        const QPen pen = penFor(e, s == State::Dimmed);
        const QString key = pen.color().name(QColor::HexArgb) + QString::number(pen.widthF()) +
                            QString::number(int(pen.style()));
        int b = byPen.value(key, -1);
        if (b < 0) {
            b = int(m_batches.size());
            byPen.insert(key, b);
            m_batches.append(Batch{pen, {}, {}, {}, pen.color()});
        }
        Batch &batch = m_batches[b];
        if (e.path.isEmpty())
            batch.lines.append(e.line);
        else
            batch.paths.addPath(e.path);
        if (!e.arrow.isEmpty())
            batch.arrows.addPolygon(e.arrow);
    }
    // Grants and pending requests are painted over standing access.
    std::stable_sort(m_batches.begin(), m_batches.end(), [](const Batch &a, const Batch &b) {
        return a.pen.widthF() < b.pen.widthF();
    });
    m_dirty = false;
}

void EdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_dirty)
        rebuildBatches();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    const bool partial = !exposed.isEmpty() && !exposed.contains(m_bounds);
    // Only the lines that cross the repainted area.
    QList<QList<QLineF>> visible(m_batches.size());
    qsizetype count = 0;
    for (int b = 0; b < m_batches.size(); ++b) {
        if (!partial)
            continue;
        for (const QLineF &line : m_batches.at(b).lines)
            if (QRectF(line.p1(), line.p2())
                    .normalized()
                    .adjusted(-2, -2, 2, 2)
                    .intersects(exposed))
                visible[b].append(line);
        count += visible.at(b).size();
    }
    if (!partial)
        count = m_edges.size();
    // Zoomed far out, or with thousands of lines on screen, thin cosmetic
    // lines without antialiasing read as well and draw many times faster
    // (a wide pen goes through the stroker, line by line).
    const bool plain = lod < 0.35 || count > 1500;
    painter->setRenderHint(QPainter::Antialiasing, !plain);
    for (int b = 0; b < m_batches.size(); ++b) {
        const Batch &batch = m_batches.at(b);
        QPen pen = batch.pen;
        if (plain) {
            pen.setCosmetic(true);
            pen.setWidthF(pen.widthF() > 2 ? 2.0 : 1.0);
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawLines(partial ? visible.at(b) : batch.lines);
        if (!batch.paths.isEmpty())
            painter->drawPath(batch.paths);
        if (!plain && !batch.arrows.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(batch.arrowColor);
            painter->drawPath(batch.arrows);
        }
    }
}

QPointF EdgeLayer::pointOn(int edge, double t) const
{
    if (edge < 0 || edge >= m_edges.size())
        return {};
    const Geometry &e = m_edges.at(edge);
    return e.path.isEmpty() ? e.line.pointAt(t) : e.path.pointAtPercent(t);
}

int EdgeLayer::edgeAt(const QPointF &pos, double tolerance) const
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < m_edges.size(); ++i) {
        if (m_states.value(i, State::Normal) == State::Hidden)
            continue;
        const Geometry &e = m_edges.at(i);
        double distance = 0;
        if (e.path.isEmpty()) {
            // Grown by the tolerance: a level line has no height to intersect.
            if (!QRectF(e.line.p1(), e.line.p2())
                     .normalized()
                     .adjusted(-tolerance, -tolerance, tolerance, tolerance)
                     .contains(pos))
                continue;
            // Distance from the point to the segment.
            const QPointF d = e.line.p2() - e.line.p1();
            const double len2 = QPointF::dotProduct(d, d);
            const double t =
                len2 > 0 ? std::clamp(QPointF::dotProduct(pos - e.line.p1(), d) / len2, 0.0, 1.0)
                         : 0.0;
            distance = QLineF(pos, e.line.p1() + d * t).length();
        } else {
            if (!e.path.controlPointRect()
                     .adjusted(-tolerance, -tolerance, tolerance, tolerance)
                     .contains(pos))
                continue;
            QPainterPathStroker stroker;
            stroker.setWidth(2 * tolerance);
            if (!stroker.createStroke(e.path).contains(pos))
                continue;
            // Nearest sample along the curve.
            distance = tolerance;
            for (int k = 0; k <= 40; ++k)
                distance =
                    std::min(distance, QLineF(pos, e.path.pointAtPercent(k / 40.0)).length());
        }
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace gatehouse::graph
