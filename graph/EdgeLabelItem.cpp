#include "EdgeLabelItem.h"

#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace gatehouse::graph {

EdgeLabelItem::EdgeLabelItem()
{
    setZValue(1.5); // over the edges, under the nodes
    setAcceptedMouseButtons(Qt::NoButton);
}

void EdgeLabelItem::setText(const QString &text, const QColor &color)
{
    if (text == m_text && color == m_color)
        return;
    const QFontMetricsF fm(style::labelFont());
    const QSizeF size(fm.horizontalAdvance(text) + 12, fm.height() + 4);
    if (size != m_rect.size()) {
        prepareGeometryChange();
        m_rect = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    }
    m_text = text;
    m_color = color;
    update();
}

void EdgeLabelItem::setKeep(bool keep, bool zoomedOut)
{
    m_kept = keep;
    const bool fixed = keep && zoomedOut;
    if (fixed != bool(flags() & ItemIgnoresTransformations))
        setFlag(ItemIgnoresTransformations, fixed);
    setZValue(fixed ? 4 : 1.5);
}

bool EdgeLabelItem::drawnAt(double lod) const
{
    if (flags() & ItemIgnoresTransformations)
        return true;
    return lod + 1e-6 >= std::max(m_kept ? 0.0 : m_minimumZoom, style::readableZoom());
}

double EdgeLabelItem::textPixels(const QTransform &viewportTransform) const
{
    const double scale = deviceTransform(viewportTransform).m22();
    return drawnAt(scale) ? style::fontPixels(style::labelFont()) * scale : 0.0;
}

void EdgeLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!drawnAt(option->levelOfDetailFromTransform(painter->worldTransform())))
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
    painter->setPen(m_color.darker(130));
    painter->setFont(style::labelFont());
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace gatehouse::graph
