#pragma once

#include "AccessGraph.h"
#include "EdgeLayer.h"
#include "GraphLayoutEngine.h"
#include "LegendKind.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace gatehouse::graph {

class EdgeLabelItem;
class NodeItem;

// What the view asks the scene to show: selection, query highlight, hidden
// nodes and the focused neighbourhood.
struct VisualState
{
    QString selected;
    QSet<QString> highlighted; // empty: nothing dimmed
    QSet<QString> hidden;
    QSet<QString> focus; // empty: no focus

    // The nodes that take no room in the layout: hidden ones, and those
    // outside the focused neighbourhood.
    QSet<QString> leftOut(const AccessGraph &graph) const;
};

// A layout request for the nodes not left out, and where each of its nodes
// and edges sits in the whole graph.
struct PartialLayout
{
    LayoutRequest request;
    QList<int> nodes; // request index → graph index
    QList<int> edges;
};

// The items of one laid-out graph: one NodeItem per node, one EdgeLayer for
// all edges, one EdgeLabelItem per grant and pending request.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);

    static LayoutRequest layoutRequest(const AccessGraph &graph);
    static PartialLayout layoutRequest(const AccessGraph &graph, const QSet<QString> &leftOut);
    // The partial result spread over the whole graph: nodes left out keep
    // the position they have now (they are not drawn).
    LayoutResult expand(const PartialLayout &partial, const LayoutResult &result,
                        const AccessGraph &graph) const;
    // Nodes kept where they are, new ones placed next to their neighbours
    // and new edges drawn between them, without Graphviz; nothing when the
    // change is too large to keep the picture (then lay out again).
    std::optional<LayoutResult> incrementalLayout(const AccessGraph &next,
                                                  const QSet<QString> &leftOut) const;

    void build(const AccessGraph &graph, const LayoutResult &layout);
    // Same structure, new details (health, ownership, grant expiry). False
    // when a node's text no longer fits its box (then build again in place).
    [[nodiscard]] bool updateGraph(const AccessGraph &graph);
    void refreshLabels(const QDateTime &now);
    void apply(const VisualState &state);
    // Below the readable zoom only the selection and its neighbours keep text.
    void setZoom(double zoom);

    const AccessGraph &graph() const { return m_graph; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeLayer *edgeLayer() const { return m_edges; }
    QList<EdgeLabelItem *> labels() const { return m_labels.values(); }
    bool hasGrants() const { return !m_labels.isEmpty(); }
    // The bounding box of every node not hidden.
    QRectF visibleBounds() const;
    // The kinds of things drawn right now (for the legend).
    QSet<LegendKind> drawnKinds(const QDateTime &now) const;
    // The visible edge under a scene position (within a few pixels), or -1.
    int edgeAt(const QPointF &scenePos, double tolerance) const;

private:
    void applyKeep();

    AccessGraph m_graph;
    QHash<QString, NodeItem *> m_nodes;
    EdgeLayer *m_edges = nullptr;
    QHash<int, EdgeLabelItem *> m_labels; // edge index → label
    QHash<QString, QPolygonF> m_paths;    // edge key → its drawn path, for incremental layouts
    QHash<QString, QPointF> m_labelAt;    // edge key → its label position
    QSet<QString> m_keep;                 // the selection and its neighbours
    bool m_zoomedOut = false;
};

} // namespace gatehouse::graph
