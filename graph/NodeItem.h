#pragma once

#include "AccessGraph.h"
#include "LegendKind.h"

#include <QGraphicsItem>

namespace gatehouse::graph {

// One node: a service as a rounded box (name, team, health dot and word), a
// subject as a pill with a glyph for its kind. Below the readable zoom the
// text goes, except on nodes told to keep it (the selection and its
// neighbours): those show their name in a tag at full size.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(const Node &node, const QSizeF &size);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const Node &node() const { return m_node; }
    QString id() const { return m_node.id; }
    QSizeF size() const { return m_size; }
    void setNode(const Node &node);
    void setMarked(bool selected, bool highlighted);
    bool isMarkedSelected() const { return m_selected; }
    // Shows the name tag while `keep` and the view is zoomed below reading size.
    void setKeepLabel(bool keep, bool zoomedOut);
    bool isTagShown() const;
    // The smallest text of the node as drawn in a view with this viewport
    // transform, in pixels; 0 when no text is drawn.
    double textPixels(const QTransform &viewportTransform) const;
    QList<LegendKind> legendKinds() const;
    // The second line under the name: team and health in words.
    QString detailText() const;

private:
    void paintService(QPainter *painter, const QRectF &r, bool detailed) const;
    void paintSubject(QPainter *painter, const QRectF &r, bool detailed) const;
    void paintGlyph(QPainter *painter, const QRectF &box) const;

    QGraphicsItem *m_tag = nullptr;
    Node m_node;
    QSizeF m_size;
    bool m_selected = false;
    bool m_highlighted = false;
};

} // namespace gatehouse::graph
