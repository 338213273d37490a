#pragma once

#include "Error.h"
#include "Result.h"
#include "logs/AccessLogEntry.h"
#include "logs/AccessLogFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// The access-log lines (each joined to its decision) the control plane showed
// this profile, kept in the console's SQLite cache so they stay readable
// offline; with the cursor to continue from. Holds what the API listed and
// nothing else — never a token. The file is readable by its owner only. Reads
// are windows (a page after a key, newest first), never the whole log.
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
    // Binds the profile's lines to the signed-in `subject`: lines another
    // subject synced (who may see more) are deleted first, with the cursor.
    [[nodiscard]] Error claim(const QString &profile, const QString &subject);
    [[nodiscard]] Result<QList<AccessLogEntry>> page(const QString &profile,
                                                     const Query &query) const;
    [[nodiscard]] Result<qint64> count(const QString &profile, const Query &query) const;

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace gatehouse
