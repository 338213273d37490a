#include "AccessLogIngest.h"

#include "ServerLogging.h"
#include "SqlSupport.h"
#include "logs/CaddyAccessLine.h"

#include <QFileInfo>

#include <sys/stat.h>

namespace gatehouse::server {

namespace {
using sql::text;
constexpr qint64 kChunk = 4 * 1024 * 1024;

} // namespace

AccessLogIngest::AccessLogIngest(QString connectionName, QString path, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_path(std::move(path))
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Error e = poll(); !e.isNull())
            qCWarning(lcServer) << "access log:" << e.logText();
    });
    m_timer.start();
}

QString AccessLogIngest::fileIdentity(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return u"%1-%2"_qs.arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

Error AccessLogIngest::loadState()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT file_id, position, lines, malformed FROM ingest_state WHERE source = ?"_qs);
    q.addBindValue(m_path);
    if (Error e = sql::exec(q, u"ingest state"_qs); !e.isNull())
        return e;
    if (q.next()) {
        m_fileId = q.value(0).toString();
        m_position = q.value(1).toLongLong();
        m_lines = q.value(2).toLongLong();
        m_malformed = q.value(3).toLongLong();
    }
    m_loaded = true;
    return {};
}

qint64 AccessLogIngest::lagBytes() const
{
    const qint64 size = QFileInfo(m_path).size();
    return fileIdentity(m_path) == m_fileId.section(u'#', 0, 0)
               ? std::max<qint64>(0, size - m_position)
               : size;
}

Error AccessLogIngest::poll()
{
    if (!m_loaded) {
        if (Error e = loadState(); !e.isNull())
            return e;
    }
    const QString current = fileIdentity(m_path);
    if (current.isEmpty())
        return {}; // not written yet, or between rotate and re-create

    // m_fileId is the file's device and inode, plus "#N" after the N-th
    // copy-truncate, so stored line ids stay unique when an inode is reused.
    const QString base = m_fileId.section(u'#', 0, 0);
    if (current != base) {
        // Rotated by rename: finish the old file through the handle still open.
        if (m_file && m_file->isOpen()) {
            if (Error e = ingest(*m_file, m_fileId, -1); !e.isNull())
                return e;
        }
        m_file.reset();
        m_fileId = current;
        m_position = 0;
    }
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::ReadOnly)) {
            const QString why = m_file->errorString();
            m_file.reset();
            return Error{u"ingest.open"_qs, {}, m_path + u": "_qs + why};
        }
    }
    if (m_file->size() < m_position) { // copy-truncate rotation
        const int generation = m_fileId.section(u'#', 1, 1).toInt() + 1;
        m_fileId = current + u'#' + QString::number(generation);
        m_position = 0;
    }
    return ingest(*m_file, m_fileId, -1);
}

Error AccessLogIngest::ingest(QFile &file, const QString &fileId, qint64)
{
    while (true) {
        if (!file.seek(m_position))
            return Error{u"ingest.seek"_qs, {}, m_path};
        QByteArray chunk = file.read(kChunk);
        if (m_skipping) {
            // Inside a line longer than a chunk: drop it up to its newline.
            const qsizetype newline = chunk.indexOf('\n');
            if (newline < 0) {
                m_position += chunk.size();
                if (chunk.size() < kChunk)
                    return {};
                continue;
            }
            m_position += newline + 1;
            ++m_malformed;
            m_skipping = false;
            chunk = chunk.mid(newline + 1);
        }
        const qsizetype end = chunk.lastIndexOf('\n');
        if (end < 0) {
            if (chunk.size() >= kChunk) { // one line longer than a chunk: skip it
                qCWarning(lcServer) << "access log: skipping a line longer than" << kChunk
                                    << "bytes at" << m_position;
                m_skipping = true;
                m_position += chunk.size();
                continue;
            }
            return {}; // only a partial line so far
        }
        qint64 lines = 0;
        qint64 malformed = 0;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        Error e = sql::inTransaction(db, u"ingest access log"_qs, [&]() -> Error {
            QSqlQuery insert(db);
            insert.prepare(
                u"INSERT INTO access_log (id, logged_at, method, host, path, status, duration_us, "
                "size, remote_ip, user_id, client_identity, decision_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
            qsizetype start = 0;
            while (start <= end) {
                const qsizetype newline = chunk.indexOf('\n', start);
                const std::string_view line(chunk.constData() + start, size_t(newline - start));
                const qint64 offset = m_position + start;
                start = newline + 1;
                if (line.empty())
                    continue;
                QString reason;
                const auto parsed = parseCaddyAccessLine(line, &reason);
                if (!parsed) {
                    ++malformed;
                    qCDebug(lcServer) << "skipped access-log line at" << offset << ":" << reason;
                    continue;
                }
                const QVariant values[] = {QString(fileId + u':' + QString::number(offset)),
                                           parsed->timeUs,
                                           text(parsed->method),
                                           text(parsed->host),
                                           text(parsed->path),
                                           parsed->status,
                                           parsed->durationUs,
                                           parsed->size,
                                           text(parsed->remoteIp),
                                           text(parsed->userId),
                                           text(parsed->clientIdentity),
                                           text(parsed->decisionId)};
                for (int i = 0; i < int(std::size(values)); ++i)
                    insert.bindValue(i, values[i]);
                if (Error e = sql::exec(insert, u"insert access line"_qs); !e.isNull())
                    return e;
                ++lines;
            }
            QSqlQuery state(db);
            state.prepare(u"DELETE FROM ingest_state WHERE source = ?"_qs);
            state.addBindValue(m_path);
            if (Error e = sql::exec(state, u"ingest state"_qs); !e.isNull())
                return e;
            QSqlQuery save(db);
            save.prepare(u"INSERT INTO ingest_state (source, file_id, position, lines, malformed) "
                         "VALUES (?, ?, ?, ?, ?)"_qs);
            save.addBindValue(m_path);
            save.addBindValue(fileId);
            save.addBindValue(m_position + end + 1);
            save.addBindValue(m_lines + lines);
            save.addBindValue(m_malformed + malformed);
            return sql::exec(save, u"ingest state"_qs);
        });
        if (!e.isNull())
            return e;
        m_position += end + 1;
        m_lines += lines;
        m_malformed += malformed;
        if (chunk.size() < kChunk)
            return {};
    }
}

} // namespace gatehouse::server
