#include "cache/AccessLogWindows.h"

namespace gatehouse {

Result<QList<AccessLogEntry>> accessLogWindowAfter(const AccessLogCache &cache,
                                                   const QString &profile,
                                                   AccessLogCache::Query query,
                                                   const AccessLogCache::Key &key, int limit)
{
    query.newerThan.reset();
    query.after = key;
    query.limit = std::max(1, limit);
    return cache.page(profile, query);
}

} // namespace gatehouse
