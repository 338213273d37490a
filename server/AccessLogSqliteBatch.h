#pragma once

#include "AccessLogSink.h"
#include "Error.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace gatehouse::server {

// AccessLogSink::commit on SQLite, through the connection's own sqlite3
// handle: statements prepared once, each line parsed into views and bound by
// position as UTF-8, one transaction per commit. No QVariant, no QString and
// no UTF-16 conversion per line: a million lines spend their time in
// simdjson and SQLite's B-trees, not in allocation.
class AccessLogSqliteBatch
{
public:
    // Null when `connectionName` is not an open SQLite connection.
    static std::unique_ptr<AccessLogSqliteBatch> open(const QString &connectionName);
    ~AccessLogSqliteBatch();

    struct Counts
    {
        qint64 stored = 0;
        qint64 malformed = 0;
    };
    // As AccessLogSink::commit: `lines` from byte `offset` of `stream`, the
    // state saved as `source`'s with `before`'s counts plus these.
    [[nodiscard]] Error commit(const QString &source, const AccessLogSink::State &before,
                               const QString &stream, qint64 offset, QByteArrayView lines,
                               qint64 skipped, Counts *counts);

private:
    AccessLogSqliteBatch() = default;
    Error fail(const char *what) const;
    Error insertLines(const QByteArray &stream, qint64 offset, QByteArrayView lines, qint64 *seq,
                      Counts *counts);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_lock = nullptr;
    sqlite3_stmt *m_last = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_advance = nullptr;
    sqlite3_stmt *m_forget = nullptr;
    sqlite3_stmt *m_save = nullptr;
    std::string m_id;      // "<stream>:<offset>" of the line being inserted
    std::string m_escaped; // a text with "\" or NUL, as toStoredText writes it
};

} // namespace gatehouse::server
