#pragma once

#include "AccessLogCache.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace gatehouse::accesslogsql {

// A SQL fragment with its bind values: values never enter the SQL text.
struct Sql
{
    QString text;
    QVariantList binds;
};

// The hourly counts' bucket, aligned to the epoch.
constexpr qint64 kHourMs = 3600 * 1000LL;

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
// allowed, flagged, n): n lines logged at t (ms). Whole hours of the range
// come from the hourly counts, the rest from the lines. Empty when the query
// names a field the hourly counts do not keep (the caller then reads the
// lines), or when the range is too short to gain from them.
std::optional<Sql> countedRows(const QString &profile, const AccessLogCache::Query &query);
} // namespace gatehouse::accesslogsql
