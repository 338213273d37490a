#include "NodeItem.h"

#include "GraphStyle.h"
#include "KindGlyph.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace gatehouse::graph {

namespace {

QColor subjectFill(const Node &node)
{
    if (node.meshWide)
        return QColor(0xeceff1);
    switch (node.kind) {
    case NodeKind::User:
        return QColor(0xe8f0fe);
    case NodeKind::Group:
        return QColor(0xe6f4ea);
    case NodeKind::Agent:
        return QColor(0xf3e8fd);
    case NodeKind::Service:
        break;
    }
    return QColor(0xf1f3f4);
}

QColor subjectInk(const Node &node)
{
    return node.meshWide ? QColor(0x546e7a) : kindInk(node.kind);
}

} // namespace

NodeItem::NodeItem(const Node &node, const QSizeF &size)
    : m_node(node)
    , m_size(size)
{
    setZValue(node.isService() ? 2 : 3);
    setToolTip(node.description.isEmpty() ? node.id : node.id + u"\n"_qs + node.description);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection outline.
    return QRectF(-m_size.width() / 2 - 5, -m_size.height() / 2 - 5, m_size.width() + 10,
                  m_size.height() + 10);
}

void NodeItem::setNode(const Node &node)
{
    m_node = node;
    update();
}

void NodeItem::setMarked(bool selected, bool highlighted)
{
    if (selected == m_selected && highlighted == m_highlighted)
        return;
    m_selected = selected;
    m_highlighted = highlighted;
    update();
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF r(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    const bool detailed = lod >= 0.45;
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.3);
    if (m_node.isService())
        paintService(painter, r, detailed);
    else
        paintSubject(painter, r, detailed);
    if (m_selected || m_highlighted) {
        // A halo outside the border, so it never hides the "owned" outline.
        const QRectF halo = r.adjusted(-2.5, -2.5, 2.5, 2.5);
        const double radius = m_node.isService() ? 8 : halo.height() / 2;
        QColor color = m_selected ? style::selectionColor() : QColor(0xf2b600);
        color.setAlphaF(m_selected ? 0.55f : 0.8f);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(color, m_selected ? 4.0 : 3.0));
        painter->drawRoundedRect(halo, radius, radius);
    }
}

void NodeItem::paintService(QPainter *painter, const QRectF &r, bool detailed) const
{
    const QColor team = style::teamColor(m_node.team);
    const bool external = m_node.source == u"kuma" || m_node.source == u"unknown";
    QPen border(m_node.ownedByMe ? style::ownedColor() : QColor(0xc3c8cf),
                m_node.ownedByMe ? 2.0 : 1.0);
    if (external)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_node.ownedByMe ? QColor(0xf1f6fe) : QColor(Qt::white));
    painter->drawRoundedRect(r, 6, 6);
    if (!detailed) {
        painter->fillRect(QRectF(r.left() + 1, r.top() + 4, 5, r.height() - 8), team);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(team);
    painter->drawRoundedRect(QRectF(r.left() + 4, r.top() + 6, 4, r.height() - 12), 2, 2);

    painter->setBrush(style::healthColor(m_node.health));
    painter->drawEllipse(QPointF(r.right() - 10, r.top() + 10), 4, 4);

    painter->setPen(QColor(0x202124));
    painter->setFont(style::nameFont());
    const QRectF nameBox(r.left() + 14, r.top() + 4, r.width() - 30, 18);
    painter->drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter, m_node.name);
    painter->setPen(QColor(0x5f6368));
    painter->setFont(style::detailFont());
    const QString second = m_node.team.isEmpty() ? m_node.source : m_node.team;
    painter->drawText(QRectF(r.left() + 14, r.top() + 21, r.width() - 20, 16),
                      Qt::AlignLeft | Qt::AlignVCenter, second);
}

void NodeItem::paintSubject(QPainter *painter, const QRectF &r, bool detailed) const
{
    const QColor ink = subjectInk(m_node);
    painter->setPen(QPen(ink.lighter(150), 1));
    painter->setBrush(subjectFill(m_node));
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    if (!detailed)
        return;
    const QRectF glyphBox(r.left() + 4, r.top() + 3, r.height() - 6, r.height() - 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawEllipse(glyphBox);
    paintGlyph(painter, glyphBox);
    painter->setPen(ink.darker(140));
    painter->setFont(style::nameFont());
    const QString text =
        m_node.meshWide
            ? QCoreApplication::translate("gatehouse::graph::GraphView", "all of mesh %1")
                  .arg(m_node.name)
            : m_node.name;
    painter->drawText(r.adjusted(glyphBox.width() + 10, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      text);
}

void NodeItem::paintGlyph(QPainter *painter, const QRectF &box) const
{
    const QPointF c = box.center();
    const double s = box.width();
    painter->setBrush(Qt::white);
    painter->setPen(Qt::NoPen);
    if (m_node.meshWide) {
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        for (int i = 0; i < 3; ++i) {
            QLineF spoke(c, c + QPointF(s * 0.3, 0));
            spoke.setAngle(90 + i * 60);
            painter->drawLine(QLineF(spoke.pointAt(-1), spoke.p2()));
        }
        return;
    }
    paintKindGlyph(painter, box, m_node.kind, subjectInk(m_node));
}

} // namespace gatehouse::graph
