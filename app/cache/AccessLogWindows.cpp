#include "cache/AccessLogWindows.h"

namespace gatehouse {

Result<QList<AccessLogEntry>> accessLogWindowAfter(const AccessLogCache &cache,
                                                   const QString &profile,
                                                   AccessLogCache::Query query,
                                                   const AccessLogCache::Key &key, int limit)
{
    query.newerThan.reset();
    query.limit = std::max(1, limit);
    AccessLogCache::Query sameMs = query;
    sameMs.since = QDateTime::fromMSecsSinceEpoch(key.atMs, Qt::UTC);
    sameMs.until = QDateTime::fromMSecsSinceEpoch(key.atMs + 1, Qt::UTC);
    sameMs.after = key;
    auto lines = cache.page(profile, sameMs);
    if (!lines || lines.value().size() >= query.limit)
        return lines;
    AccessLogCache::Query older = query;
    older.after.reset();
    older.until = QDateTime::fromMSecsSinceEpoch(key.atMs, Qt::UTC);
    older.limit = query.limit - int(lines.value().size());
    auto rest = cache.page(profile, older);
    if (!rest)
        return rest;
    lines.value() += rest.value();
    return lines;
}

} // namespace gatehouse
