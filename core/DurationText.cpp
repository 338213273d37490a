#include "DurationText.h"

namespace gatehouse {

std::optional<std::chrono::seconds> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 number = -1;
    int lastUnitRank = 100;
    for (QChar c : text) {
        // ASCII digits only: QChar::isDigit() also takes other scripts' digits
        // ("５m"), which nobody types into a duration on purpose.
        if (c >= u'0' && c <= u'9') {
            number = (number < 0 ? 0 : number) * 10 + (c.unicode() - u'0');
            if (number > 100'000'000)
                return std::nullopt;
            continue;
        }
        int rank = 0;
        qint64 factor = 0;
        switch (c.unicode()) {
        case 'd':
            rank = 4, factor = 86400;
            break;
        case 'h':
            rank = 3, factor = 3600;
            break;
        case 'm':
            rank = 2, factor = 60;
            break;
        case 's':
            rank = 1, factor = 1;
            break;
        default:
            return std::nullopt;
        }
        // Units must come once each, largest first: "1h30m", not "30m1h".
        if (number < 0 || rank >= lastUnitRank)
            return std::nullopt;
        lastUnitRank = rank;
        total += number * factor;
        number = -1;
    }
    if (number >= 0 || total <= 0)
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 s = duration.count();
    if (s <= 0)
        return u"0s"_qs;
    QString out;
    const struct
    {
        qint64 factor;
        char16_t unit;
    } units[] = {{86400, u'd'}, {3600, u'h'}, {60, u'm'}, {1, u's'}};
    for (const auto &u : units) {
        if (s >= u.factor) {
            out += QString::number(s / u.factor) + QChar(u.unit);
            s %= u.factor;
        }
    }
    return out;
}

} // namespace gatehouse
