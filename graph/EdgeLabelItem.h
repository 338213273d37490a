#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace gatehouse::graph {

// The live label of a grant edge ("GET · 12m left"): a small pill in the
// edge's colour, centred on its position; hidden when zoomed far out.
class EdgeLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeLabelItem();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString text() const { return m_text; }
    void setText(const QString &text, const QColor &color);
    // Below this zoom the label is not drawn; raised on crowded graphs.
    void setMinimumZoom(double zoom) { m_minimumZoom = zoom; }

private:
    QString m_text;
    QColor m_color;
    QRectF m_rect;
    double m_minimumZoom = 0.5;
};

} // namespace gatehouse::graph
