#include "GraphStyle.h"

#include "TimeLeft.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>

namespace gatehouse::graph::style {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("gatehouse::graph::GraphView", text);
}

QString methodsText(const Edge &edge)
{
    if (edge.methods.isEmpty() || edge.methods.contains(u"*"_qs))
        return translate("any method");
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
    f.setPointSizeF(7.5);
    return f;
}

QSizeF nodeSize(const Node &node)
{
    const QFontMetricsF name(nameFont());
    if (node.isService()) {
        const QFontMetricsF detail(detailFont());
        const double text =
            std::max(name.horizontalAdvance(node.name), detail.horizontalAdvance(node.team) + 14);
        return QSizeF(std::max(112.0, std::ceil(text) + 40), 42);
    }
    // Pill: glyph, gap, name.
    return QSizeF(std::max(72.0, std::ceil(name.horizontalAdvance(node.name)) + 42), 28);
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
    const QString h = health.toLower();
    if (h.isEmpty())
        return QColor(0xb8bcc2);
    if (h.endsWith(u" online")) {
        const QStringList parts = h.section(u' ', 0, 0).split(u'/');
        const int online = parts.value(0).toInt(), total = parts.value(1).toInt();
        if (total > 0 && online == total)
            return QColor(0x2e9d4f);
        return online > 0 ? QColor(0xe0a000) : QColor(0xd93025);
    }
    if (h == u"available")
        return QColor(0x2e9d4f);
    if (h.startsWith(u"partially"))
        return QColor(0xe0a000);
    return QColor(0xd93025);
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
    if (!edge.expiresAt.isValid())
        return methods;
    const qint64 left = now.secsTo(edge.expiresAt);
    if (left <= 0)
        return methods + u" \u00b7 "_qs + translate("expired");
    return methods + u" \u00b7 "_qs + translate("%1 left").arg(timeLeftText(left));
}

QString grantLabelTemplate(const Edge &edge)
{
    return methodsText(edge) + u" \u00b7 "_qs + translate("%1 left").arg(u"00h 00m"_qs);
}

} // namespace gatehouse::graph::style
