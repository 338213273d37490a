#pragma once

#include "Result.h"

#include <QDateTime>

namespace gatehouse {

// The period an evidence pack covers: [from, to), UTC. Written as a quarter
// ("2026-Q4"), a month ("2026-11") or a year ("2026").
struct EvidencePeriod
{
    QString label;
    QDateTime from;
    QDateTime to; // exclusive

    static Result<EvidencePeriod> parse(const QString &text);
    bool contains(const QDateTime &t) const { return t >= from && t < to; }
};

} // namespace gatehouse
