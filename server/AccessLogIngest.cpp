#include "AccessLogIngest.h"

#include "ServerLogging.h"

#include <QFileInfo>

namespace gatehouse::server {

namespace {
constexpr qint64 kChunk = AccessLogSink::kMaxLineBytes;
} // namespace

AccessLogIngest::AccessLogIngest(QString connectionName, QString path, QObject *parent,
                                 int interval)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sink(std::move(connectionName), m_path)
{
    if (interval <= 0)
        return;
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Error e = poll(); !e.isNull())
            qCWarning(lcServer) << "access log:" << e.logText();
    });
    m_timer.start();
}

qint64 AccessLogIngest::lagBytes() const
{
    const qint64 size = QFileInfo(m_path).size();
    return m_file && !m_mark.isNull() && isFileAt(*m_file, m_path)
               ? std::max<qint64>(0, size - m_position)
               : size;
}

void AccessLogIngest::startOver()
{
    m_file.reset();
    if (!m_mark.isNull())
        m_nextGeneration = m_mark.generation + 1;
    m_mark = {};
    m_position = 0;
    m_skipping = false;
}

void AccessLogIngest::abandon()
{
    // Bytes after the last line feed of a file that will not grow again: a
    // line cut off (a too-long one is counted already).
    if (m_file && !m_skipping && m_file->size() > m_position) {
        qCWarning(lcServer) << "access log: a line cut off at the end of" << m_file->fileName()
                            << "at" << m_position;
        ++m_pendingMalformed;
    }
    startOver();
}

// Opens the file the saved position belongs to: the log itself, or, after a
// rotation while nothing read it, the rotated file next to it.
Error AccessLogIngest::openStream()
{
    if (!m_mark.isNull()) {
        auto log = std::make_unique<QFile>(m_path);
        if (log->open(QIODevice::ReadOnly) && m_mark.matches(*log, m_position)) {
            m_file = std::move(log);
            return {};
        }
        const QString rotated = findRotatedLog(m_path, m_mark, m_position);
        auto file = std::make_unique<QFile>(rotated);
        if (!rotated.isEmpty() && file->open(QIODevice::ReadOnly)) {
            qCInfo(lcServer) << "access log: reading the rest of" << rotated << "from"
                             << m_position;
            m_file = std::move(file);
            return {};
        }
        if (const QString copy = findRotatedLog(m_path, m_mark, 0); !copy.isEmpty())
            qCInfo(lcServer) << "access log: already read past the end of" << copy;
        else if (m_position > 0)
            qCWarning(lcServer)
                << "access log: the file read up to" << m_position
                << "was truncated or rotated, and is not next to the log (removed or compressed);"
                << "what was written to it after that is not stored";
        startOver();
    }
    auto log = std::make_unique<QFile>(m_path);
    if (!log->exists())
        return {}; // not written yet, or between rotate and re-create
    if (!log->open(QIODevice::ReadOnly))
        return Error{u"ingest.open"_qs, {}, m_path + u": "_qs + log->errorString()};
    m_file = std::move(log);
    return {};
}

Error AccessLogIngest::poll()
{
    const Error e = read();
    changed();
    return e;
}

Error AccessLogIngest::read()
{
    if (!m_sink.isLoaded()) {
        if (Error e = m_sink.load(); !e.isNull())
            return e;
        m_mark = LogFileMark::parse(m_sink.state().stream);
        m_position = m_mark.isNull() ? 0 : m_sink.state().position;
        m_nextGeneration = m_mark.generation + 1;
    }
    m_more = false;
    // Each turn reads one file to its end; a rotation ends a turn, so a few
    // turns at most (rotated file, then the new log).
    for (int turn = 0; turn < 4; ++turn) {
        if (!m_file) {
            if (Error e = openStream(); !e.isNull())
                return e;
            if (!m_file)
                return {};
        }
        if (m_mark.isNull()) { // a new stream: the log from its start
            if (m_file->size() == 0) {
                m_file.reset(); // opened again next time: it may be replaced meanwhile
                return {};
            }
            m_mark = LogFileMark::of(*m_file, m_nextGeneration);
            if (m_mark.isNull())
                return Error{u"ingest.stat"_qs, {}, m_path};
            m_position = 0;
        } else if (!m_mark.matches(*m_file, m_position)) {
            // Truncated or rewritten under the open handle (copy-truncate):
            // the rest is in the copy, if it is still there.
            m_file.reset();
            continue;
        }
        if (Error e = ingest(*m_file); !e.isNull())
            return e;
        if (m_more)
            return {}; // the budget is spent: the rest on the next poll
        // Still the file at the log's path: it grows; wait for more.
        if (isFileAt(*m_file, m_path))
            return {};
        // Another file at the log's path. A copy of this one put in its place
        // (the same first bytes, at least as long) goes on where this ended.
        auto log = std::make_unique<QFile>(m_path);
        if (m_mark.fingerprintBytes > 0 && log->open(QIODevice::ReadOnly) &&
            m_mark.matches(*log, m_position)) {
            m_file = std::move(log);
            continue;
        }
        // A rotated file, read to its end: go on with the log.
        abandon();
    }
    return {};
}

Error AccessLogIngest::ingest(QFile &file)
{
    const QString stream = m_mark.toString();
    const qint64 start = m_position;
    const auto spent = [&] { return m_budget >= 0 && m_position - start >= m_budget; };
    // With a budget, read a transaction's worth; a longer line reads more.
    const qint64 normal = m_budget >= 0 ? std::min(kChunk, kCommitBytes) : kChunk;
    qint64 want = normal;
    while (true) {
        if (spent()) {
            m_more = true;
            return {};
        }
        if (!file.seek(m_position))
            return Error{u"ingest.seek"_qs, {}, m_path};
        QByteArray chunk = file.read(want);
        const bool more = chunk.size() == want; // the file may go on after this read
        if (m_skipping) {
            // Inside a line longer than kChunk: drop it up to its newline.
            const qsizetype newline = chunk.indexOf('\n');
            if (newline < 0) {
                m_position += chunk.size();
                if (!more)
                    return {};
                continue;
            }
            m_position += newline + 1;
            ++m_pendingMalformed;
            m_skipping = false;
            chunk = chunk.mid(newline + 1);
        }
        const qsizetype end = chunk.lastIndexOf('\n');
        if (end < 0) {
            if (more && want < kChunk) {
                want = kChunk; // a long line: look for its end
                continue;
            }
            if (chunk.size() >= kChunk) { // one line longer than kChunk: skip it
                qCWarning(lcServer) << "access log: skipping a line longer than" << kChunk
                                    << "bytes at" << m_position;
                m_skipping = true;
                m_position += chunk.size();
                continue;
            }
            if (more)
                continue; // the end of a skipped line was read: go on after it
            return {};    // only a partial line so far
        }
        want = normal;
        // Complete lines, in transactions of at most kCommitBytes (or one line).
        const QByteArrayView lines = QByteArrayView(chunk).first(end + 1);
        qsizetype done = 0;
        while (done < lines.size()) {
            qsizetype next = lines.size();
            if (next - done > kCommitBytes) {
                next = lines.first(done + kCommitBytes).lastIndexOf('\n') + 1;
                if (next <= done)
                    next = lines.indexOf('\n', done) + 1;
            }
            if (Error e = m_sink.commit(stream, m_position, lines.sliced(done, next - done),
                                        m_pendingMalformed);
                !e.isNull())
                return e;
            m_position += next - done;
            m_pendingMalformed = 0;
            done = next;
            changed();
            if (spent() && done < lines.size()) {
                m_more = true;
                return {};
            }
        }
        if (!more)
            return {};
    }
}

} // namespace gatehouse::server
