#include "TimeLeft.h"

#include <QCoreApplication>

namespace gatehouse::graph {

namespace {} // namespace

QString timeLeftText(qint64 s)
{
    if (s <= 0)
        return QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1s").arg(0);
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
    if (d > 0)
        return h > 0 ? QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1d %2h")
                           .arg(d)
                           .arg(h)
                     : QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1d").arg(d);
    if (h > 0)
        return m > 0 ? QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1h %2m")
                           .arg(h)
                           .arg(m)
                     : QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1h").arg(h);
    if (m >= 10)
        return QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1m").arg(m);
    if (m > 0)
        return QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1m %2s")
            .arg(m)
            .arg(sec, 2, 10, QChar(u'0'));
    return QCoreApplication::translate("gatehouse::graph::TimeLeft", "%1s").arg(sec);
}

} // namespace gatehouse::graph
