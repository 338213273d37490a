#include "GraphLegend.h"

#include "GraphStyle.h"
#include "KindGlyph.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace gatehouse::graph {

namespace {
constexpr int kSample = 28;
constexpr int kRow = 17;
constexpr int kPad = 8;
constexpr int kGap = 18;
} // namespace

GraphLegend::GraphLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"graphLegend"_qs);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Legend"));
    retranslate();
}

void GraphLegend::retranslate()
{
    using K = LegendKind;
    const QList<std::pair<QString, QList<Entry>>> groups = {
        {tr("Services"),
         {{K::Service, tr("service (stripe: its team)")},
          {K::OwnedService, tr("owned by you")},
          {K::MeshOnlyService, tr("known to the mesh only")}}},
        {tr("Health"),
         {{K::Healthy, style::healthText(style::Health::Healthy)},
          {K::Degraded, style::healthText(style::Health::Degraded)},
          {K::Down, style::healthText(style::Health::Down)},
          {K::HealthUnknown, style::healthText(style::Health::Unknown)}}},
        {tr("Who"),
         {{K::User, tr("user")},
          {K::Group, tr("group")},
          {K::Agent, tr("agent")},
          {K::WholeMesh, tr("every service of a mesh")}}},
        {tr("Access"),
         {{K::Standing, tr("standing access")},
          {K::MeshStanding, tr("standing, by mesh policy")},
          {K::Grant, tr("temporary grant")},
          {K::GrantEndingSoon, tr("grant ending within 10 min")},
          {K::GrantEnded, tr("grant ended")},
          {K::Pending, tr("pending request")}}},
        {tr("Marks"), {{K::Selected, tr("selected")}, {K::Match, tr("matches the search")}}},
    };
    m_groups.clear();
    for (const auto &[title, entries] : groups) {
        Group g;
        g.title = title;
        g.entries = entries;
        m_groups.append(g);
    }
    setAccessibleDescription([this] {
        QStringList lines;
        for (const Group &g : std::as_const(m_groups))
            for (const Entry &e : g.entries)
                lines.append(g.title + u": "_qs + e.text);
        return lines.join(u"; "_qs);
    }());
    fitWidth(m_maxWidth);
}

QList<LegendKind> GraphLegend::kinds() const
{
    QList<LegendKind> kinds;
    for (const Group &g : m_groups)
        for (const Entry &e : g.entries)
            kinds.append(e.kind);
    return kinds;
}

QString GraphLegend::text(LegendKind kind) const
{
    for (const Group &g : m_groups)
        for (const Entry &e : g.entries)
            if (e.kind == kind)
                return e.text;
    return {};
}

void GraphLegend::fitWidth(int maxWidth)
{
    m_maxWidth = std::max(maxWidth, 160);
    QFont title = style::detailFont();
    title.setBold(true);
    const QFontMetrics fm(style::detailFont()), tm(title);
    // Columns as tall as the tallest group; a short group goes under
    // another one where it fits, and columns wrap to a new band when the
    // width runs out.
    int tallest = 0;
    for (Group &g : m_groups) {
        g.width = tm.horizontalAdvance(g.title);
        for (const Entry &e : std::as_const(g.entries))
            g.width = std::max(g.width, kSample + 6 + fm.horizontalAdvance(e.text));
        tallest = std::max(tallest, int(g.entries.size() + 1) * kRow);
    }
    struct Column
    {
        QList<int> groups;
        int height = 0;
        int width = 0;
    };
    QList<Column> columns;
    for (int i = 0; i < m_groups.size(); ++i) {
        const int height = int(m_groups.at(i).entries.size() + 1) * kRow;
        // A row taller than the tallest group is fine.
        auto fits = std::find_if(columns.begin(), columns.end(), [&](const Column &c) {
            return c.height + 6 + height <= tallest + kRow;
        });
        if (fits == columns.end()) {
            columns.append(Column{});
            fits = columns.end() - 1;
        } else {
            fits->height += 6;
        }
        fits->groups.append(i);
        fits->height += height;
        fits->width = std::max(fits->width, m_groups.at(i).width);
    }
    int x = kPad, y = kPad, width = 0, bandHeight = 0;
    for (const Column &c : std::as_const(columns)) {
        if (x > kPad && x + c.width + kPad > m_maxWidth) {
            x = kPad;
            y += bandHeight + 6;
            bandHeight = 0;
        }
        int top = y;
        for (int i : c.groups) {
            m_groups[i].origin = QPoint(x, top);
            top += int(m_groups.at(i).entries.size() + 1) * kRow + 6;
        }
        x += c.width + kGap;
        width = std::max(width, x - kGap + kPad);
        bandHeight = std::max(bandHeight, c.height);
    }
    resize(width, y + bandHeight + kPad - 2);
    update();
}

void GraphLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GraphLegend::paintSample(QPainter &p, LegendKind kind, const QRectF &box) const
{
    using K = LegendKind;
    const QPointF mid(box.left(), box.center().y());
    const QLineF line(mid + QPointF(2, 0), mid + QPointF(box.width() - 2, 0));
    const QRectF node(box.left() + 3, box.center().y() - 5.5, box.width() - 6, 11);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case K::Service:
    case K::OwnedService:
    case K::MeshOnlyService: {
        QPen pen(kind == K::OwnedService ? style::ownedColor() : QColor(0xc3c8cf),
                 kind == K::OwnedService ? 2.0 : 1.0);
        if (kind == K::MeshOnlyService)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(kind == K::OwnedService ? QColor(0xf1f6fe) : QColor(Qt::white));
        p.drawRoundedRect(node, 3, 3);
        if (kind == K::Service)
            p.fillRect(QRectF(node.left() + 2, node.top() + 2, 3, node.height() - 4),
                       style::teamColor(u"payments-team"_qs));
        break;
    }
    case K::Healthy:
    case K::Degraded:
    case K::Down:
    case K::HealthUnknown: {
        const style::Health h = kind == K::Healthy    ? style::Health::Healthy
                                : kind == K::Degraded ? style::Health::Degraded
                                : kind == K::Down     ? style::Health::Down
                                                      : style::Health::Unknown;
        p.setPen(Qt::NoPen);
        p.setBrush(style::healthColor(h));
        p.drawEllipse(QPointF(box.center().x(), box.center().y()), 4, 4);
        break;
    }
    case K::User:
    case K::Group:
    case K::Agent:
    case K::WholeMesh: {
        const NodeKind nk = kind == K::User    ? NodeKind::User
                            : kind == K::Agent ? NodeKind::Agent
                                               : NodeKind::Group;
        const QColor ink = kind == K::WholeMesh ? QColor(0x546e7a) : kindInk(nk);
        const QRectF glyph(box.center().x() - 6, box.center().y() - 6, 12, 12);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(glyph);
        if (kind != K::WholeMesh)
            paintKindGlyph(&p, glyph, nk, ink);
        break;
    }
    case K::Standing:
        p.setPen(QPen(style::standingColor(), 1.3));
        p.drawLine(line);
        break;
    case K::MeshStanding:
        p.setPen(QPen(style::meshColor(), 1.3, Qt::DotLine));
        p.drawLine(line);
        break;
    case K::Grant:
        p.setPen(QPen(style::grantColor(3600), 2.6));
        p.drawLine(line);
        break;
    case K::GrantEndingSoon:
        p.setPen(QPen(style::grantColor(60), 2.6));
        p.drawLine(line);
        break;
    case K::GrantEnded:
        p.setPen(QPen(style::grantColor(0), 2.6));
        p.drawLine(line);
        break;
    case K::Pending:
        p.setPen(QPen(style::pendingColor(), 1.8, Qt::DashLine));
        p.drawLine(line);
        break;
    case K::Selected:
    case K::Match: {
        QColor c = kind == K::Selected ? style::selectionColor() : QColor(0xf2b600);
        c.setAlphaF(kind == K::Selected ? 0.55f : 0.8f);
        p.setPen(QPen(QColor(0xc3c8cf), 1));
        p.setBrush(Qt::white);
        p.drawRoundedRect(node, 3, 3);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(c, kind == K::Selected ? 3.0 : 2.5));
        p.drawRoundedRect(node.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
        break;
    }
    }
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0xdadce0));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    QFont title = style::detailFont();
    title.setBold(true);
    for (const Group &g : std::as_const(m_groups)) {
        p.setFont(title);
        p.setPen(QColor(0x202124));
        p.drawText(QRect(g.origin.x(), g.origin.y(), g.width, kRow), Qt::AlignVCenter, g.title);
        p.setFont(style::detailFont());
        for (int i = 0; i < g.entries.size(); ++i) {
            const int y = g.origin.y() + (i + 1) * kRow;
            paintSample(p, g.entries.at(i).kind, QRectF(g.origin.x(), y, kSample, kRow));
            p.setPen(QColor(0x3c4043));
            p.setBrush(Qt::NoBrush);
            p.drawText(QRect(g.origin.x() + kSample + 6, y, g.width, kRow), Qt::AlignVCenter,
                       g.entries.at(i).text);
        }
    }
}

} // namespace gatehouse::graph
