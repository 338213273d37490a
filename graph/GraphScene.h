#pragma once

#include "AccessGraph.h"
#include "EdgeLayer.h"
#include "GraphLayoutEngine.h"

#include <QGraphicsScene>
#include <QHash>

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
};

// The items of one laid-out graph: one NodeItem per node, one EdgeLayer for
// all edges, one EdgeLabelItem per grant.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);

    static LayoutRequest layoutRequest(const AccessGraph &graph);

    void build(const AccessGraph &graph, const LayoutResult &layout);
    // Same structure, new details (health, ownership, grant expiry).
    void updateGraph(const AccessGraph &graph);
    void refreshLabels(const QDateTime &now);
    void apply(const VisualState &state);

    const AccessGraph &graph() const { return m_graph; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeLayer *edgeLayer() const { return m_edges; }
    QList<EdgeLabelItem *> labels() const { return m_labels.values(); }
    bool hasGrants() const { return !m_labels.isEmpty(); }
    // The bounding box of every node not hidden.
    QRectF visibleBounds() const;

private:
    AccessGraph m_graph;
    QHash<QString, NodeItem *> m_nodes;
    EdgeLayer *m_edges = nullptr;
    QHash<int, EdgeLabelItem *> m_labels; // edge index → label
};

} // namespace gatehouse::graph
