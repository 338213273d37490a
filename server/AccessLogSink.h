#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace gatehouse::server {

class AccessLogSqliteBatch;

// Where both access-log sources store what they read. Each line is parsed as
// a Caddy access entry and stored under "<stream>:<byte offset>", so it can be
// stored once only; lines that are not Caddy access entries are counted. The
// source's state (stream, position, counts) is saved in the same transaction
// as the lines, in ingest_state under the source's name.
class AccessLogSink
{
public:
    // Text as access_log holds it. A request line can carry U+0000, which
    // PostgreSQL's text cannot: "\" is stored as "\\" and U+0000 as "\0", with
    // both drivers, and fromStoredText gives back exactly what Caddy wrote.
    static QString toStoredText(const QString &text);
    static QString fromStoredText(const QString &stored);

    // A line longer than this, line feed included, is skipped and counted.
    static constexpr qint64 kMaxLineBytes = 4 * 1024 * 1024;

    struct State
    {
        QString stream;      // the file identity, or the net connection
        qint64 position = 0; // bytes of the stream stored or skipped
        qint64 lines = 0;
        qint64 malformed = 0;
    };

    AccessLogSink(QString connectionName, QString source);
    ~AccessLogSink();
    AccessLogSink(const AccessLogSink &) = delete;
    AccessLogSink &operator=(const AccessLogSink &) = delete;

    // Reads the saved state once; later calls do nothing.
    Error load();
    bool isLoaded() const { return m_loaded; }
    const State &state() const { return m_state; }

    // Stores the complete lines in `lines` (each ends with a line feed), which
    // start at byte `offset` of `stream`, counts `skipped` more lines as
    // malformed, and saves the position after them: all in one transaction.
    // On failure nothing is stored and the state stays as it was.
    Error commit(const QString &stream, qint64 offset, QByteArrayView lines, qint64 skipped = 0);

private:
    Error commitPortable(const QString &stream, qint64 offset, QByteArrayView lines,
                         qint64 skipped);

    QString m_connection;
    QString m_source;
    State m_state;
    bool m_loaded = false;
    // On SQLite, commits go through its C API (AccessLogSqliteBatch);
    // elsewhere (PostgreSQL) through Qt SQL. Opened by load().
    std::unique_ptr<AccessLogSqliteBatch> m_sqlite;
};

} // namespace gatehouse::server
