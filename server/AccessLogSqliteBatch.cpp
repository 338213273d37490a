#include "AccessLogSqliteBatch.h"

#include "ServerLogging.h"
#include "SqliteHandle.h"
#include "logs/CaddyAccessLine.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <charconv>
#include <cstring>
#include <sqlite3.h>

namespace gatehouse::server {

namespace {

bool step(sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

// Every text column is NOT NULL: an absent value is "", never a null pointer.
void bindView(sqlite3_stmt *s, int index, std::string_view text)
{
    sqlite3_bind_text(s, index, text.empty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

std::unique_ptr<AccessLogSqliteBatch> AccessLogSqliteBatch::open(const QString &connectionName)
{
    sqlite3 *handle = sqliteHandle(QSqlDatabase::database(connectionName, false));
    if (!handle)
        return {};
    std::unique_ptr<AccessLogSqliteBatch> batch(new AccessLogSqliteBatch);
    batch->m_db = handle;
    const auto prepare = [&batch](const char *sql, sqlite3_stmt **statement) {
        return sqlite3_prepare_v3(batch->m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement,
                                  nullptr) == SQLITE_OK;
    };
    // The statements as AccessLogSink's portable path runs them.
    if (!batch->m_db ||
        !prepare("UPDATE access_log_seq SET last = last WHERE id = 1", &batch->m_lock) ||
        !prepare("SELECT last FROM access_log_seq WHERE id = 1", &batch->m_last) ||
        !prepare("INSERT INTO access_log (id, logged_at, method, host, path, status, "
                 "duration_us, size, remote_ip, user_id, client_identity, decision_id, seq) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                 &batch->m_insert) ||
        !prepare("UPDATE access_log_seq SET last = ?1 WHERE id = 1", &batch->m_advance) ||
        !prepare("DELETE FROM ingest_state WHERE source = ?1", &batch->m_forget) ||
        !prepare("INSERT INTO ingest_state (source, file_id, position, lines, malformed) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                 &batch->m_save)) {
        qCWarning(lcServer) << "access log: cannot prepare the SQLite statements:"
                            << (batch->m_db ? sqlite3_errmsg(batch->m_db) : "no handle");
        return {};
    }
    return batch;
}

AccessLogSqliteBatch::~AccessLogSqliteBatch()
{
    for (sqlite3_stmt *s : {m_lock, m_last, m_insert, m_advance, m_forget, m_save})
        sqlite3_finalize(s);
}

Error AccessLogSqliteBatch::fail(const char *what) const
{
    return Error{u"store.error"_qs,
                 QCoreApplication::translate("Store", "The database reported an error."),
                 QString::fromUtf8(what) + u": "_qs + QString::fromUtf8(sqlite3_errmsg(m_db))};
}

Error AccessLogSqliteBatch::commit(const QString &source, const AccessLogSink::State &before,
                                   const QString &stream, qint64 offset, QByteArrayView lines,
                                   qint64 skipped, Counts *counts)
{
    *counts = {0, skipped};
    // BEGIN IMMEDIATE: the write lock at the start, waiting up to the
    // connection's busy_timeout, as every write transaction here.
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("ingest access log (begin)");
    const auto rollback = [this](Error e) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    };
    if (!step(m_lock))
        return rollback(fail("access log sequence"));
    qint64 seq = 0;
    if (sqlite3_step(m_last) == SQLITE_ROW)
        seq = sqlite3_column_int64(m_last, 0);
    sqlite3_reset(m_last);
    const qint64 firstSeq = seq;
    if (Error e = insertLines(stream.toUtf8(), offset, lines, &seq, counts); !e.isNull())
        return rollback(e);
    if (seq != firstSeq) {
        sqlite3_bind_int64(m_advance, 1, seq);
        if (!step(m_advance))
            return rollback(fail("access log sequence"));
    }
    const QByteArray sourceText = source.toUtf8();
    const QByteArray streamText = stream.toUtf8();
    sqlite3_bind_text(m_forget, 1, sourceText.constData(), int(sourceText.size()), SQLITE_STATIC);
    if (!step(m_forget))
        return rollback(fail("ingest state"));
    sqlite3_bind_text(m_save, 1, sourceText.constData(), int(sourceText.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_save, 2, streamText.constData(), int(streamText.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_save, 3, offset + lines.size());
    sqlite3_bind_int64(m_save, 4, before.lines + counts->stored);
    sqlite3_bind_int64(m_save, 5, before.malformed + counts->malformed);
    if (!step(m_save))
        return rollback(fail("ingest state"));
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return rollback(fail("ingest access log (commit)"));
    return {};
}

Error AccessLogSqliteBatch::insertLines(const QByteArray &stream, qint64 offset,
                                        QByteArrayView lines, qint64 *seq, Counts *counts)
{
    m_id.assign(stream.constData(), size_t(stream.size()));
    m_id += ':';
    const size_t idPrefix = m_id.size();
    CaddyAccessFields f;
    // A text as AccessLogSink::toStoredText writes it: "\" doubled, NUL as
    // "\0". Bound as a copy (rare); plain texts are bound where they lie.
    const auto bindStored = [this](int index, std::string_view text) {
        if (text.find_first_of(std::string_view("\\\0", 2)) == std::string_view::npos)
            return bindView(m_insert, index, text);
        m_escaped.clear();
        for (const char c : text) {
            if (c == '\\')
                m_escaped += "\\\\";
            else if (c == '\0')
                m_escaped += "\\0";
            else
                m_escaped += c;
        }
        sqlite3_bind_text(m_insert, index, m_escaped.data(), int(m_escaped.size()),
                          SQLITE_TRANSIENT);
    };
    QByteArray identity;
    qsizetype start = 0;
    while (start < lines.size()) {
        qsizetype newline = lines.indexOf('\n', start);
        if (newline < 0)
            newline = lines.size(); // callers pass complete lines; be safe anyway
        const std::string_view line(lines.data() + start, size_t(newline - start));
        const qint64 at = offset + start;
        start = newline + 1;
        if (line.empty())
            continue;
        const auto kind = parseCaddyFields(line, f);
        if (kind != ParsedCaddyLine::Kind::Access) {
            // Caddy's other entries (errors, server messages) are not
            // requests: left out, not counted as malformed.
            if (kind == ParsedCaddyLine::Kind::Malformed)
                ++counts->malformed;
            if (lcServer().isDebugEnabled()) {
                QString reason;
                (void)parseCaddyFields(line, f, &reason);
                qCDebug(lcServer) << "skipped access-log line at" << stream << at << ":" << reason;
            }
            continue;
        }
        m_id.resize(idPrefix);
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, at);
        m_id.append(digits, size_t(end - digits));
        bindView(m_insert, 1, m_id);
        sqlite3_bind_int64(m_insert, 2, f.timeUs);
        bindStored(3, f.method);
        bindStored(4, f.host);
        bindStored(5, f.path);
        sqlite3_bind_int(m_insert, 6, f.status);
        sqlite3_bind_int64(m_insert, 7, f.durationUs);
        sqlite3_bind_int64(m_insert, 8, f.size);
        bindStored(9, f.remoteIp);
        bindStored(10, f.userId);
        if (f.clientIdentity.isEmpty()) {
            bindView(m_insert, 11, {});
        } else {
            identity = AccessLogSink::toStoredText(f.clientIdentity).toUtf8();
            bindView(m_insert, 11, {identity.constData(), size_t(identity.size())});
        }
        bindStored(12, f.decisionId);
        sqlite3_bind_int64(m_insert, 13, ++*seq);
        if (!step(m_insert))
            return fail("insert access line");
        ++counts->stored;
    }
    return {};
}

} // namespace gatehouse::server
