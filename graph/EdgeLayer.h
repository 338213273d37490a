#pragma once

#include "AccessGraph.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace gatehouse::graph {

// Every edge of the graph in one item: at 50,000 edges one item with a few
// batched draw calls is far cheaper for the scene's index and for painting
// than one item per edge.
class EdgeLayer : public QGraphicsItem
{
public:
    enum class State : quint8 { Normal, Dimmed, Hidden };

    struct Geometry
    {
        EdgeKind kind = EdgeKind::Standing;
        bool mesh = false;
        QPainterPath path; // splines (dot); empty for straight lines
        QLineF line;       // straight lines (sfdp), clipped to both nodes
        QPolygonF arrow;
        QColor color;
    };

    EdgeLayer();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setEdges(const QList<Geometry> &edges);
    void setState(const QList<State> &states);
    void setColor(int edge, const QColor &color);
    int count() const { return int(m_edges.size()); }
    State state(int edge) const { return m_states.value(edge, State::Normal); }
    // The nearest visible edge within `tolerance` of a point, or -1.
    int edgeAt(const QPointF &pos, double tolerance) const;
    // A point along an edge, t from 0 (start) to 1 (end).
    QPointF pointOn(int edge, double t) const;

private:
    struct Batch
    {
        QPen pen;
        QList<QLineF> lines;
        QPainterPath paths;
        QPainterPath arrows;
        QColor arrowColor;
    };
    void rebuildBatches();
    QPen penFor(const Geometry &edge, bool dimmed) const;

    QList<Geometry> m_edges;
    QList<State> m_states;
    QList<Batch> m_batches;
    QRectF m_bounds;
    bool m_dirty = true;
};

} // namespace gatehouse::graph
