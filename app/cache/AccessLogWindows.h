#pragma once

#include "Result.h"
#include "cache/AccessLogCache.h"

namespace gatehouse {

// The window of lines older than `key` for `query` (its filter and range),
// newest first, at most `limit`: what scrolling and exporting read next.
// Asked as two index ranges — the rest of key's millisecond (by id), then
// everything before that millisecond — so a window deep in a large cache costs
// what the first one does; the cache's own `after` key reads from the newest
// line down to the key on every window.
[[nodiscard]] Result<QList<AccessLogEntry>>
accessLogWindowAfter(const AccessLogCache &cache, const QString &profile,
                     AccessLogCache::Query query, const AccessLogCache::Key &key, int limit);

} // namespace gatehouse
