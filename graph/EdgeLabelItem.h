#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace gatehouse::graph {

// The live label of a grant or pending edge ("GET · 12m left", "requested
// 1h · GET"): a small pill in the edge's colour, centred on its position.
// Below the readable zoom it is not drawn, unless kept (an edge of the
// selection): then it is drawn at full size whatever the zoom.
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
    void setKeep(bool keep, bool zoomedOut);
    bool isKept() const { return m_kept; }
    // Whether the text is drawn through this transform, and at what pixel size.
    double textPixels(const QTransform &viewportTransform) const;
    int edge() const { return m_edge; }
    void setEdge(int edge) { m_edge = edge; }

private:
    QString m_text;
    QColor m_color;
    QRectF m_rect;
    double m_minimumZoom = 0.5;
    int m_edge = -1;
    bool m_kept = false;
    bool drawnAt(double lod) const;
};

} // namespace gatehouse::graph
