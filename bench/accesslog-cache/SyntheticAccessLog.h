#pragma once

#include "logs/AccessLogEntry.h"

#include <QByteArray>

#include <random>

namespace gatehouse::bench {

// A deterministic stream of realistic access-log lines, oldest first, spread
// evenly over `span` ending at `end`: people, groups, services and agents
// calling several services; mostly allowed, some denied, a few 5xx, a handful
// of forged identity headers and unknown hosts.
class SyntheticAccessLog
{
public:
    SyntheticAccessLog(qint64 rows, const QDateTime &end, qint64 spanMs);

    qint64 rows() const { return m_rows; }
    // The i-th line (call with i = 0, 1, 2, … in order).
    AccessLogEntry next();
    // The same line as Caddy's JSON access log writes it, with the newline.
    static QByteArray caddyJson(const AccessLogEntry &e);

private:
    qint64 m_rows;
    qint64 m_startMs;
    qint64 m_spanMs;
    qint64 m_index = 0;
    std::mt19937_64 m_random{20261207};
};

} // namespace gatehouse::bench
