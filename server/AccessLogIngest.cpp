#include "AccessLogIngest.h"

#include "ServerLogging.h"

#include <QFileInfo>

#include <sys/stat.h>

namespace gatehouse::server {

namespace {
constexpr qint64 kChunk = AccessLogSink::kMaxLineBytes;
} // namespace

AccessLogIngest::AccessLogIngest(QString connectionName, QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_sink(std::move(connectionName), m_path)
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

qint64 AccessLogIngest::lagBytes() const
{
    const qint64 size = QFileInfo(m_path).size();
    return fileIdentity(m_path) == m_fileId.section(u'#', 0, 0)
               ? std::max<qint64>(0, size - m_position)
               : size;
}

Error AccessLogIngest::poll()
{
    if (!m_sink.isLoaded()) {
        if (Error e = m_sink.load(); !e.isNull())
            return e;
        m_fileId = m_sink.state().stream;
        m_position = m_sink.state().position;
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
            if (Error e = ingest(*m_file, m_fileId); !e.isNull())
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
    return ingest(*m_file, m_fileId);
}

Error AccessLogIngest::ingest(QFile &file, const QString &fileId)
{
    while (true) {
        if (!file.seek(m_position))
            return Error{u"ingest.seek"_qs, {}, m_path};
        QByteArray chunk = file.read(kChunk);
        const bool more = chunk.size() == kChunk; // the file may go on after this read
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
            ++m_pendingMalformed;
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
            if (more)
                continue; // the end of a skipped line was read: go on after it
            return {};    // only a partial line so far
        }
        if (Error e = m_sink.commit(fileId, m_position, QByteArrayView(chunk).first(end + 1),
                                    m_pendingMalformed);
            !e.isNull())
            return e;
        m_position += end + 1;
        m_pendingMalformed = 0;
        if (!more)
            return {};
    }
}

} // namespace gatehouse::server
