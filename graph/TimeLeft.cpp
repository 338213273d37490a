#include "TimeLeft.h"

namespace gatehouse::graph {

QString timeLeftText(qint64 s)
{
    if (s <= 0)
        return u"0s"_qs;
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (d > 0)
        return h > 0 ? u"%1d %2h"_qs.arg(d).arg(h) : u"%1d"_qs.arg(d);
    if (h > 0)
        return m > 0 ? u"%1h %2m"_qs.arg(h).arg(m) : u"%1h"_qs.arg(h);
    if (m >= 10)
        return u"%1m"_qs.arg(m);
    if (m > 0)
        return u"%1m %2s"_qs.arg(m).arg(sec, 2, 10, QChar(u'0'));
    return u"%1s"_qs.arg(sec);
}

} // namespace gatehouse::graph
