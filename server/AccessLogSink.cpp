#include "AccessLogSink.h"

#include "AccessLogSqliteBatch.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "logs/CaddyAccessLine.h"

namespace gatehouse::server {

QString AccessLogSink::toStoredText(const QString &text)
{
    if (!text.contains(u'\\') && !text.contains(QChar(0)))
        return sql::text(text);
    QString stored;
    stored.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\')
            stored += u"\\\\"_qs;
        else if (c.unicode() == 0)
            stored += u"\\0"_qs;
        else
            stored += c;
    }
    return stored;
}

QString AccessLogSink::fromStoredText(const QString &stored)
{
    if (!stored.contains(u'\\'))
        return stored;
    QString text;
    text.reserve(stored.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const QChar c = stored.at(i);
        if (c == u'\\' && i + 1 < stored.size()) {
            ++i;
            text += stored.at(i) == u'0' ? QChar(0) : stored.at(i);
        } else {
            text += c;
        }
    }
    return text;
}

AccessLogSink::AccessLogSink(QString connectionName, QString source)
    : m_connection(std::move(connectionName))
    , m_source(std::move(source))
{}

AccessLogSink::~AccessLogSink() = default; // the statements go before the connection does

Error AccessLogSink::load()
{
    if (m_loaded)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT file_id, position, lines, malformed FROM ingest_state WHERE source = ?"_qs);
    q.addBindValue(m_source);
    if (Error e = sql::exec(q, u"ingest state"_qs); !e.isNull())
        return e;
    if (q.next())
        m_state = {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                   q.value(3).toLongLong()};
    q.finish();
    m_sqlite = AccessLogSqliteBatch::open(m_connection);
    m_loaded = true;
    return {};
}

Error AccessLogSink::commit(const QString &stream, qint64 offset, QByteArrayView lines,
                            qint64 skipped)
{
    if (!m_sqlite)
        return commitPortable(stream, offset, lines, skipped);
    AccessLogSqliteBatch::Counts counts;
    if (Error e = m_sqlite->commit(m_source, m_state, stream, offset, lines, skipped, &counts);
        !e.isNull())
        return e;
    m_state = {stream, offset + lines.size(), m_state.lines + counts.stored,
               m_state.malformed + counts.malformed};
    return {};
}

// Any Qt SQL driver (PostgreSQL): the same statements, bound through QVariant.
Error AccessLogSink::commitPortable(const QString &stream, qint64 offset, QByteArrayView lines,
                                    qint64 skipped)
{
    qint64 stored = 0;
    qint64 malformed = skipped;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Error e = sql::inTransaction(db, u"ingest access log"_qs, [&]() -> Error {
        // Locks the sequence row first: another replica's ingest waits here
        // until this one commits, so numbers become visible in order.
        QSqlQuery lock(db);
        lock.prepare(u"UPDATE access_log_seq SET last = last WHERE id = 1"_qs);
        if (Error e = sql::exec(lock, u"access log sequence"_qs); !e.isNull())
            return e;
        QSqlQuery last(db);
        last.prepare(u"SELECT last FROM access_log_seq WHERE id = 1"_qs);
        if (Error e = sql::exec(last, u"access log sequence"_qs); !e.isNull())
            return e;
        qint64 seq = last.next() ? last.value(0).toLongLong() : 0;
        const qint64 firstSeq = seq;
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO access_log (id, logged_at, method, host, path, status, duration_us, "
            "size, remote_ip, user_id, client_identity, decision_id, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
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
            const ParsedCaddyLine parsed = parseCaddyLine(line);
            if (parsed.kind != ParsedCaddyLine::Kind::Access) {
                // Caddy's other entries (errors, server messages) are not
                // requests: left out, not counted as malformed.
                if (parsed.kind == ParsedCaddyLine::Kind::Malformed)
                    ++malformed;
                qCDebug(lcServer) << "skipped access-log line at" << stream << at << ":"
                                  << parsed.reason;
                continue;
            }
            const CaddyAccessLine *entry = &parsed.access;
            const QVariant values[] = {QString(stream + u':' + QString::number(at)),
                                       entry->timeUs,
                                       toStoredText(entry->method),
                                       toStoredText(entry->host),
                                       toStoredText(entry->path),
                                       entry->status,
                                       entry->durationUs,
                                       entry->size,
                                       toStoredText(entry->remoteIp),
                                       toStoredText(entry->userId),
                                       toStoredText(entry->clientIdentity),
                                       toStoredText(entry->decisionId),
                                       ++seq};
            for (int i = 0; i < int(std::size(values)); ++i)
                insert.bindValue(i, values[i]);
            if (Error e = sql::exec(insert, u"insert access line"_qs); !e.isNull())
                return e;
            ++stored;
        }
        if (seq != firstSeq) {
            QSqlQuery advance(db);
            advance.prepare(u"UPDATE access_log_seq SET last = ? WHERE id = 1"_qs);
            advance.addBindValue(seq);
            if (Error e = sql::exec(advance, u"access log sequence"_qs); !e.isNull())
                return e;
        }
        QSqlQuery state(db);
        state.prepare(u"DELETE FROM ingest_state WHERE source = ?"_qs);
        state.addBindValue(m_source);
        if (Error e = sql::exec(state, u"ingest state"_qs); !e.isNull())
            return e;
        QSqlQuery save(db);
        save.prepare(u"INSERT INTO ingest_state (source, file_id, position, lines, malformed) "
                     "VALUES (?, ?, ?, ?, ?)"_qs);
        save.addBindValue(m_source);
        save.addBindValue(stream);
        save.addBindValue(offset + lines.size());
        save.addBindValue(m_state.lines + stored);
        save.addBindValue(m_state.malformed + malformed);
        return sql::exec(save, u"ingest state"_qs);
    });
    if (!e.isNull())
        return e;
    m_state = {stream, offset + lines.size(), m_state.lines + stored,
               m_state.malformed + malformed};
    return {};
}

} // namespace gatehouse::server
