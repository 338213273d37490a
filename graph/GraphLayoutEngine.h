#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace gatehouse::graph {

enum class LayoutEngine { Automatic, Dot, Sfdp };

// How sfdp keeps nodes apart. Prism is Graphviz's own overlap removal
// (best spacing, but several seconds at 5,000 nodes); Grid keeps sfdp's
// positions and snaps each node to the nearest free cell of a grid sized
// for the largest node (milliseconds, no overlaps, a tidier map).
enum class SfdpOverlap { Automatic, Prism, Grid };

struct LayoutNode
{
    QSizeF size;   // scene units (points)
    QString group; // nodes without edges are set out in rows by group
};

struct LayoutEdge
{
    int from = -1;
    int to = -1;
    QString label; // dot reserves room for it; empty for none
};

struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    LayoutEngine engine = LayoutEngine::Automatic;
    SfdpOverlap overlap = SfdpOverlap::Automatic;
    double labelFontSize = 9.0;
    int sfdpMaxIter = 0; // 0: our default

    // dot while the graph is small enough to stay fast, sfdp above.
    LayoutEngine chosenEngine() const;
    SfdpOverlap chosenOverlap() const;
};

// Positions in scene coordinates (y grows downwards), one entry per node and
// per edge of the request, in the same order.
struct LayoutResult
{
    quint64 ticket = 0;
    QString engine; // "dot", "sfdp+prism", "sfdp+grid"
    QString error;
    QRectF bounds;
    QList<QPointF> centers;
    // dot: cubic Bézier points (start, then three per segment), ending on
    // the target's border. sfdp: empty (edges are straight lines).
    QList<QPolygonF> edgePaths;
    QList<QPointF> labelPositions; // null point when the edge has no label
    double milliseconds = 0;

    bool ok() const { return error.isEmpty(); }
    bool hasSplines() const { return !edgePaths.isEmpty(); }
};

// Runs Graphviz in-process. Graphviz keeps global state, so every call is
// serialised by one process-wide mutex; safe to call from any thread.
LayoutResult runGraphviz(const LayoutRequest &request);

// Moves nodes to the nearest free cell of a grid (see SfdpOverlap::Grid).
void snapToGrid(QList<QPointF> &centers, const QList<LayoutNode> &nodes, const QList<int> &order);
// Sets out nodes without edges in rows beside (or below) the drawing.
void placeLoose(QList<QPointF> &centers, const QList<LayoutNode> &nodes, QList<int> loose,
                const QRectF &drawing);

} // namespace gatehouse::graph

Q_DECLARE_METATYPE(gatehouse::graph::LayoutResult)
