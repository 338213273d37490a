#pragma once

#include "Result.h"
#include "cache/AccessLogCache.h"

namespace gatehouse {

// The window of lines older than `key` for `query` (its filter and range),
// newest first, at most `limit`: what scrolling and exporting read next.
// The cache's `after` key is one range of its time index (a row-value
// comparison), so a window deep in a large cache costs what the first one does.
[[nodiscard]] Result<QList<AccessLogEntry>>
accessLogWindowAfter(const AccessLogCache &cache, const QString &profile,
                     AccessLogCache::Query query, const AccessLogCache::Key &key, int limit);

} // namespace gatehouse
