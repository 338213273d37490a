#include "GraphStyle.h"

#include "TimeLeft.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <array>

namespace gatehouse::graph::style {

namespace {

QString methodsText(const Edge &edge)
{
    if (edge.methods.isEmpty() || edge.methods.contains(u"*"_qs))
        return QCoreApplication::translate("gatehouse::graph::GraphView", "any method");
    return edge.methods.join(u", "_qs);
}

} // namespace

QFont nameFont()
{
    QFont f;
    f.setPointSizeF(9.5);
    f.setBold(true);
    return f;
}

QFont detailFont()
{
    QFont f;
    f.setPointSizeF(8);
    return f;
}

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(8);
    return f;
}

double fontPixels(const QFont &font)
{
    if (font.pixelSize() > 0)
        return font.pixelSize();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return font.pointSizeF() * dpi / 72.0;
}

double readableZoom()
{
    const double smallest =
        std::min({fontPixels(nameFont()), fontPixels(detailFont()), fontPixels(labelFont())});
    return kMinimumTextPixels / smallest;
}

Health healthOf(const QString &health)
{
    const QString h = health.toLower();
    if (h.isEmpty())
        return Health::Unknown;
    if (h.endsWith(u" online")) {
        const QStringList parts = h.section(u' ', 0, 0).split(u'/');
        const int online = parts.value(0).toInt(), total = parts.value(1).toInt();
        if (total > 0 && online == total)
            return Health::Healthy;
        return online > 0 ? Health::Degraded : Health::Down;
    }
    if (h == u"available")
        return Health::Healthy;
    if (h.startsWith(u"partially"))
        return Health::Degraded;
    return Health::Down;
}

QString healthText(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QCoreApplication::translate("gatehouse::graph::GraphView", "healthy");
    case Health::Degraded:
        return QCoreApplication::translate("gatehouse::graph::GraphView", "degraded");
    case Health::Down:
        return QCoreApplication::translate("gatehouse::graph::GraphView", "down");
    case Health::Unknown:
        break;
    }
    return QCoreApplication::translate("gatehouse::graph::GraphView", "health unknown");
}

QString serviceDetailText(const Node &node)
{
    const QString team = node.team.isEmpty() ? node.source : node.team;
    if (node.health.isEmpty())
        return team;
    return team + u" \u00b7 "_qs + healthText(healthOf(node.health));
}

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QColor(0x2e9d4f);
    case Health::Degraded:
        return QColor(0xe0a000);
    case Health::Down:
        return QColor(0xd93025);
    case Health::Unknown:
        break;
    }
    return QColor(0xb8bcc2);
}

QString nodeLabel(const Node &node)
{
    return node.meshWide
               ? QCoreApplication::translate("gatehouse::graph::GraphView", "all of mesh %1")
                     .arg(node.name)
               : node.name;
}

QSizeF nodeSize(const Node &node)
{
    const QFontMetricsF name(nameFont());
    if (node.isService()) {
        const QFontMetricsF detail(detailFont());
        const double text = std::max(name.horizontalAdvance(node.name),
                                     detail.horizontalAdvance(serviceDetailText(node)) + 14);
        return QSizeF(std::max(112.0, std::ceil(text) + 40), 42);
    }
    // Pill: glyph, gap, name.
    return QSizeF(std::max(72.0, std::ceil(name.horizontalAdvance(nodeLabel(node))) + 42), 28);
}

QColor teamColor(const QString &team)
{
    // Muted hues that stay apart from the edge colours (grey, blue, amber).
    static constexpr std::array<QRgb, 8> palette{0x7e57c2, 0x26a69a, 0xef6c8a, 0x5c9ded,
                                                 0x8d6e63, 0x9ccc65, 0xab47bc, 0x4db6ac};
    if (team.isEmpty())
        return QColor(0xb0b0b0);
    return QColor(palette.at(qHash(team) % palette.size()));
}

QColor healthColor(const QString &health)
{
    return healthColor(healthOf(health));
}

QColor standingColor()
{
    return QColor(0x9aa0a6);
}
QColor meshColor()
{
    return QColor(0x7b8794);
}
QColor pendingColor()
{
    return QColor(0xe8a100);
}
QColor selectionColor()
{
    return QColor(0x1a73e8);
}
QColor ownedColor()
{
    return QColor(0x1a73e8);
}

QColor grantColor(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return QColor(0xb0b0b0);
    if (secondsLeft < 10 * 60)
        return QColor(0xe8590c); // about to end
    return QColor(0x0b8a7a);
}

QString grantLabel(const Edge &edge, const QDateTime &now)
{
    const QString methods = methodsText(edge);
    if (edge.kind == EdgeKind::Pending)
        return edge.requestedSeconds > 0
                   ? QCoreApplication::translate("gatehouse::graph::GraphView", "requested %1")
                             .arg(timeLeftText(edge.requestedSeconds)) +
                         u" \u00b7 "_qs + methods
                   : QCoreApplication::translate("gatehouse::graph::GraphView", "requested") +
                         u" \u00b7 "_qs + methods;
    if (!edge.expiresAt.isValid())
        return methods;
    const qint64 left = now.secsTo(edge.expiresAt);
    if (left <= 0)
        return methods + u" \u00b7 "_qs +
               QCoreApplication::translate("gatehouse::graph::GraphView", "expired");
    return methods + u" \u00b7 "_qs +
           QCoreApplication::translate("gatehouse::graph::GraphView", "%1 left")
               .arg(timeLeftText(left));
}

QString grantLabelTemplate(const Edge &edge)
{
    if (edge.kind == EdgeKind::Pending)
        return QCoreApplication::translate("gatehouse::graph::GraphView", "requested %1")
                   .arg(u"00h 00m"_qs) +
               u" \u00b7 "_qs + methodsText(edge);
    return methodsText(edge) + u" \u00b7 "_qs +
           QCoreApplication::translate("gatehouse::graph::GraphView", "%1 left").arg(u"00h 00m"_qs);
}

QString edgeScopeText(const AccessGraph &graph, const Edge &edge, const QDateTime &now)
{
    const Node *from = graph.node(edge.from);
    const Node *to = graph.node(edge.to);
    const QString who = from ? from->name : edge.from;
    const QString what = to ? to->name : edge.to;
    const QString paths = edge.paths.isEmpty() ? u"/"_qs : edge.paths.join(u", "_qs);
    QString kind;
    switch (edge.kind) {
    case EdgeKind::Standing:
        kind = edge.source == u"mesh"
                   ? QCoreApplication::translate("gatehouse::graph::GraphView",
                                                 "standing access (mesh policy %1)")
                         .arg(edge.meshPolicy)
                   : QCoreApplication::translate("gatehouse::graph::GraphView",
                                                 "standing access (configuration)");
        break;
    case EdgeKind::Grant:
        kind = QCoreApplication::translate("gatehouse::graph::GraphView", "temporary grant, %1")
                   .arg(grantLabel(edge, now).section(u" \u00b7 "_qs, 1));
        break;
    case EdgeKind::Pending:
        kind = edge.requestedSeconds > 0
                   ? QCoreApplication::translate("gatehouse::graph::GraphView",
                                                 "pending request for %1")
                         .arg(timeLeftText(edge.requestedSeconds))
                   : QCoreApplication::translate("gatehouse::graph::GraphView", "pending request");
        break;
    }
    QString text =
        who + u" \u2192 "_qs + what + u"\n"_qs +
        QCoreApplication::translate("gatehouse::graph::GraphView", "Methods: %1")
            .arg(methodsText(edge)) +
        u"\n"_qs +
        QCoreApplication::translate("gatehouse::graph::GraphView", "Paths: %1").arg(paths) +
        u"\n"_qs + kind;
    if (!edge.reason.isEmpty())
        text += u"\n"_qs + QCoreApplication::translate("gatehouse::graph::GraphView", "Reason: %1")
                               .arg(edge.reason);
    return text;
}

} // namespace gatehouse::graph::style
