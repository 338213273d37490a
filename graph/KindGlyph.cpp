#include "KindGlyph.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace gatehouse::graph {

namespace {
void person(QPainter *p, const QPointF &c, double s)
{
    p->drawEllipse(QPointF(c.x(), c.y() - s * 0.28), s * 0.2, s * 0.2);
    QPainterPath body;
    body.moveTo(c.x() - s * 0.36, c.y() + s * 0.42);
    body.cubicTo(c.x() - s * 0.36, c.y() - s * 0.05, c.x() + s * 0.36, c.y() - s * 0.05,
                 c.x() + s * 0.36, c.y() + s * 0.42);
    body.closeSubpath();
    p->drawPath(body);
}

QPixmap kindPixmap(NodeKind kind, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, size - 1, size - 1);
    p.setPen(Qt::NoPen);
    p.setBrush(kindInk(kind));
    p.drawEllipse(box);
    paintKindGlyph(&p, box, kind, kindInk(kind));
    return pixmap;
}
} // namespace

QColor kindInk(NodeKind kind)
{
    switch (kind) {
    case NodeKind::User:
        return QColor(0x1967d2);
    case NodeKind::Group:
        return QColor(0x188038);
    case NodeKind::Agent:
        return QColor(0x8430ce);
    case NodeKind::Service:
        break;
    }
    return QColor(0x5f6368);
}

void paintKindGlyph(QPainter *painter, const QRectF &box, NodeKind kind, const QColor &ink)
{
    const QPointF c = box.center();
    const double s = box.width();
    painter->setBrush(Qt::white);
    painter->setPen(Qt::NoPen);
    switch (kind) {
    case NodeKind::User:
        person(painter, c, s * 0.9);
        break;
    case NodeKind::Group:
        person(painter, c + QPointF(-s * 0.16, 0), s * 0.7);
        person(painter, c + QPointF(s * 0.18, s * 0.02), s * 0.7);
        break;
    case NodeKind::Agent: {
        const QRectF head(c.x() - s * 0.26, c.y() - s * 0.16, s * 0.52, s * 0.4);
        painter->drawRoundedRect(head, 2, 2);
        painter->drawRect(QRectF(c.x() - 0.75, c.y() - s * 0.34, 1.5, s * 0.18));
        painter->setBrush(ink);
        painter->drawEllipse(QPointF(c.x() - s * 0.1, c.y() + s * 0.03), s * 0.05, s * 0.05);
        painter->drawEllipse(QPointF(c.x() + s * 0.1, c.y() + s * 0.03), s * 0.05, s * 0.05);
        break;
    }
    case NodeKind::Service:
        painter->drawRect(QRectF(c.x() - s * 0.2, c.y() - s * 0.2, s * 0.4, s * 0.4));
        break;
    }
}

QHash<QString, QIcon> subjectKindIcons()
{
    QHash<QString, QIcon> icons;
    for (NodeKind kind : {NodeKind::User, NodeKind::Group, NodeKind::Service, NodeKind::Agent}) {
        QIcon icon;
        for (int size : {16, 24, 32})
            for (qreal ratio : {1.0, 2.0})
                icon.addPixmap(kindPixmap(kind, size, ratio));
        icons.insert(AccessGraph::kindName(kind), icon);
    }
    return icons;
}

} // namespace gatehouse::graph
