#pragma once

#include "Error.h"
#include "Result.h"
#include "logs/AccessLogEntry.h"
#include "logs/AccessLogFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace gatehouse {
namespace accesslogsql {
struct Sql;
}

// The access-log lines (each joined to its decision) the control plane showed
// this profile, kept in the console's SQLite cache so they stay readable
// offline; with the cursor to continue from. Holds what the API listed and
// nothing else — never a token. The file is readable by its owner only. Reads
// are windows (a page after a key, newest first), never the whole log.
//
// Beside the lines the file keeps, in the same transactions: hourly and daily counts per
// caller, service, status and decision (histogram, facets and counts read
// these for the whole hours of a range when the filter names only those
// fields), and a trigram index of the paths (free text of 3 characters or
// more), brought up to date by indexText() after a sync rather than by store().
class AccessLogCache
{
public:
    // Where a window starts: the (time, id) of the last row of the previous one.
    struct Key
    {
        qint64 atMs = 0;
        QString id;
    };
    struct Query
    {
        AccessLogFilter filter;
        QDateTime since; // invalid: from the first line kept
        std::optional<Key> after;
        int limit = 200;
        QDateTime until;              // invalid: up to the newest line; else lines before it
        std::optional<Key> newerThan; // only lines newer than this key (live follow)
    };
    // Requests in one time bucket, in three parts that add up to all of them:
    // 5xx (any decision), denied (below 500), the rest (allowed, or no
    // decision recorded).
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 allowed = 0;
        qint64 denied = 0;
        qint64 serverErrors = 0;
        qint64 total() const { return allowed + denied + serverErrors; }
    };
    enum class Facet { Caller, Service, Status, DenyReason };
    struct FacetCount
    {
        QString value;
        qint64 count = 0;
    };

    explicit AccessLogCache(const QString &path);
    ~AccessLogCache();
    AccessLogCache(const AccessLogCache &) = delete;
    AccessLogCache &operator=(const AccessLogCache &) = delete;

    [[nodiscard]] Error open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // Stores a page of lines (a line seen before is replaced) and the cursor
    // to continue from, in one transaction.
    [[nodiscard]] Error store(const QString &profile, const QList<AccessLogEntry> &lines,
                              const QString &cursor);
    QString cursor(const QString &profile) const;
    // Puts up to `maxLines` stored lines, oldest stored first, into the
    // trigram index of paths, in one transaction; returns at most how many
    // lines (of all profiles) still wait: 0 when none does. store() leaves paths out of the index
    // so a sync writes only the lines and counts; until a line is indexed, free text finds it by
    // reading its path, so results are complete either way.
    [[nodiscard]] Result<qint64> indexText(qint64 maxLines);
    // Keeps the profile's lines within its retention: deletes lines logged
    // before `olderThan` (if valid), then the oldest beyond `maxLines` (if
    // above 0). Returns how many were deleted. The cursor is kept, so lines
    // dropped here are not fetched again.
    [[nodiscard]] Result<qint64> prune(const QString &profile, const QDateTime &olderThan,
                                       qint64 maxLines);
    // Binds the profile's lines to the signed-in `subject`: lines another
    // subject synced (who may see more) are deleted first, with the cursor.
    [[nodiscard]] Error claim(const QString &profile, const QString &subject);
    [[nodiscard]] Result<QList<AccessLogEntry>> page(const QString &profile,
                                                     const Query &query) const;
    [[nodiscard]] Result<qint64> count(const QString &profile, const Query &query) const;
    // The matching lines counted per bucket of `bucketMs` (aligned to the
    // epoch), oldest first; buckets without lines are left out.
    [[nodiscard]] Result<QList<Bucket>> histogram(const QString &profile, const Query &query,
                                                  qint64 bucketMs) const;
    // The most frequent values of `facet` among the matching lines, most
    // frequent first (ties by value); deny reasons count denied lines only.
    [[nodiscard]] Result<QList<FacetCount>> facet(const QString &profile, const Query &query,
                                                  Facet facet, int limit = 5) const;

private:
    QString linesIndexFor(const QString &profile, const Query &query) const;
    std::pair<QString, accesslogsql::Sql> linesWhere(const QString &profile,
                                                     const Query &query) const;

    struct Writer; // the store() statements, prepared once
    QString m_path;
    QString m_connection;
    bool m_open = false;
    std::unique_ptr<Writer> m_writer;
};

} // namespace gatehouse
