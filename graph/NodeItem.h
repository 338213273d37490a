#pragma once

#include "AccessGraph.h"

#include <QGraphicsItem>

namespace gatehouse::graph {

// One node: a service as a rounded box (name, team, health dot), a subject
// as a pill with a glyph for its kind. Text disappears when zoomed out.
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

private:
    void paintService(QPainter *painter, const QRectF &r, bool detailed) const;
    void paintSubject(QPainter *painter, const QRectF &r, bool detailed) const;
    void paintGlyph(QPainter *painter, const QRectF &box) const;

    Node m_node;
    QSizeF m_size;
    bool m_selected = false;
    bool m_highlighted = false;
};

} // namespace gatehouse::graph
