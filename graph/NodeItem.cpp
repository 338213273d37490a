#include "NodeItem.h"

#include "GraphStyle.h"
#include "KindGlyph.h"

#include <QCoreApplication>
#include <QFontMetricsF>
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

bool readable(double lod)
{
    return lod + 1e-6 >= style::readableZoom();
}

QString shownName(const Node &node)
{
    return style::nodeLabel(node);
}

// The name at full size, whatever the zoom (ignores the view's transform).
class NameTag : public QGraphicsItem
{
public:
    explicit NameTag(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
        setVisible(false);
    }

    void setText(const QString &text)
    {
        const QFontMetricsF fm(style::nameFont());
        prepareGeometryChange();
        m_text = text;
        const QSizeF size(fm.horizontalAdvance(text) + 14, fm.height() + 6);
        m_rect = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x9aa0a6), 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
        painter->setPen(QColor(0x202124));
        painter->setFont(style::nameFont());
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
    QRectF m_rect;
};

} // namespace

NodeItem::NodeItem(const Node &node, const QSizeF &size)
    : m_node(node)
    , m_size(size)
{
    setZValue(node.isService() ? 2 : 3);
    auto *tag = new NameTag(this);
    tag->setZValue(10);
    m_tag = tag;
    setNode(node);
}

void NodeItem::setKeepLabel(bool keep, bool zoomedOut)
{
    m_tag->setVisible(keep && zoomedOut);
}

bool NodeItem::isTagShown() const
{
    return m_tag->isVisible();
}

double NodeItem::textPixels(const QTransform &viewportTransform) const
{
    if (m_tag->isVisible())
        return style::fontPixels(style::nameFont()) *
               m_tag->deviceTransform(viewportTransform).m22();
    const double scale = deviceTransform(viewportTransform).m22();
    if (!readable(scale))
        return 0;
    const double name = style::fontPixels(style::nameFont());
    return (m_node.isService() ? std::min(name, style::fontPixels(style::detailFont())) : name) *
           scale;
}

QString NodeItem::detailText() const
{
    return style::serviceDetailText(m_node);
}

QList<LegendKind> NodeItem::legendKinds() const
{
    if (!m_node.isService()) {
        if (m_node.meshWide)
            return {LegendKind::WholeMesh};
        switch (m_node.kind) {
        case NodeKind::User:
            return {LegendKind::User};
        case NodeKind::Group:
            return {LegendKind::Group};
        default:
            return {LegendKind::Agent};
        }
    }
    QList<LegendKind> kinds{LegendKind::Service};
    if (m_node.source == u"kuma" || m_node.source == u"unknown")
        kinds.append(LegendKind::MeshOnlyService);
    if (m_node.ownedByMe)
        kinds.append(LegendKind::OwnedService);
    switch (style::healthOf(m_node.health)) {
    case style::Health::Healthy:
        kinds.append(LegendKind::Healthy);
        break;
    case style::Health::Degraded:
        kinds.append(LegendKind::Degraded);
        break;
    case style::Health::Down:
        kinds.append(LegendKind::Down);
        break;
    case style::Health::Unknown:
        kinds.append(LegendKind::HealthUnknown);
        break;
    }
    if (m_selected)
        kinds.append(LegendKind::Selected);
    if (m_highlighted)
        kinds.append(LegendKind::Match);
    return kinds;
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
    QString tip = node.description.isEmpty() ? node.id : node.id + u"\n"_qs + node.description;
    if (node.isService())
        tip += u"\n"_qs + QCoreApplication::translate("gatehouse::graph::GraphView", "Health: %1")
                              .arg(style::healthText(style::healthOf(node.health)));
    setToolTip(tip);
    static_cast<NameTag *>(m_tag)->setText(shownName(node));
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
    const bool detailed = readable(lod);
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
    painter->drawText(QRectF(r.left() + 14, r.top() + 21, r.width() - 20, 16),
                      Qt::AlignLeft | Qt::AlignVCenter, detailText());
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
    painter->drawText(r.adjusted(glyphBox.width() + 10, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      shownName(m_node));
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
