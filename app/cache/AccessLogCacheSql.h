#pragma once

#include "AccessLogCache.h"
#include "Error.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlError;

namespace gatehouse::accesslogsql {

// The cache's failure `what` (for people), with SQLite's words as detail.
Error cacheError(const QString &what, const QSqlError &e);

// A SQL fragment with its bind values: values never enter the SQL text.
struct Sql
{
    QString text;
    QVariantList binds;
};

// The buckets of the hourly and daily counts, aligned to the epoch (UTC).
constexpr qint64 kHourMs = 3600 * 1000LL;
constexpr qint64 kDayMs = 24 * kHourMs;

// Whether free text (or `path ~`) of 3 characters or more is looked up in the
// trigram index (true) or matched by reading the paths (false): the index
// wins for rare text, reading newest first wins for text on most lines.
using UseTextIndex = std::function<bool(const QString &text)>;

// Whether `text` can be looked up in the trigram index at all.
bool indexable(const QString &text);
// The FTS5 query for the substring `text`: one quoted phrase.
QString ftsPhrase(const QString &text);

// " WHERE …" over access_log for the profile, range and filter of `query`.
Sql whereOf(const QString &profile, const AccessLogCache::Query &query,
            const UseTextIndex &useIndex);

// The matching lines as rows (t, caller, service, status, has_decision,
// allowed, flagged, n): n lines logged at t (ms). Whole days of the range
// come from the daily counts (unless `bucketMs` is not whole days), whole
// hours from the hourly counts, the rest from the lines. Empty when the query
// names a field the counts do not keep (the caller then reads the lines),
// when `bucketMs` (if above 0) is not whole hours, or when the range is too
// short to gain from them.
std::optional<Sql> countedRows(const QString &profile, const AccessLogCache::Query &query,
                               qint64 bucketMs = 0);
} // namespace gatehouse::accesslogsql
