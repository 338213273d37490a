#include "AccessLogExport.h"

#include "GzipStream.h"
#include "ServerLogging.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace gatehouse::server {

namespace {
// Above this many unsent bytes the next chunk waits for the socket.
constexpr qint64 kHighWater = 1 << 20;

QByteArray cursorLine(qint64 seq, std::optional<bool> end)
{
    QJsonObject o{{u"cursor"_qs, AccessLogPosition::format(seq)}};
    if (end)
        o.insert(u"end"_qs, *end);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

void AccessLogExport::start(QHttpServerResponder &&responder, AccessLogRows rows, qint64 after,
                            qint64 upTo, bool gzip)
{
    auto *e = new AccessLogExport(std::move(responder), std::move(rows), after, upTo, gzip);
    if (!e->m_socket) {
        delete e;
        return;
    }
    e->pump();
}

AccessLogExport::AccessLogExport(QHttpServerResponder &&responder, AccessLogRows rows, qint64 after,
                                 qint64 upTo, bool gzip)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket())
    , m_rows(std::move(rows))
    , m_position(after)
    , m_upTo(upTo)
{
    if (!m_socket)
        return;
    if (gzip)
        m_gzip = std::make_unique<GzipStream>();
    connect(m_socket, &QObject::destroyed, this, [this] { deleteLater(); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_done && m_socket->bytesToWrite() < kHighWater)
            pump();
    });
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeader("Content-Type", "application/x-ndjson");
    m_responder.writeHeader("Transfer-Encoding", "chunked");
    m_responder.writeHeader("Cache-Control", "no-store");
    if (gzip) {
        m_responder.writeHeader("Content-Encoding", "gzip");
        m_responder.writeHeader("Vary", "Accept-Encoding");
    }
    // The first chunk's writeBody() ends the headers (QHttpServerResponder
    // writes the blank line before a body's first bytes).
}

AccessLogExport::~AccessLogExport() = default;

void AccessLogExport::pump()
{
    m_scheduled = false;
    if (m_done || !m_socket)
        return;
    QByteArray plain;
    plain.reserve(kLinesPerChunk * 512);
    const auto read = m_rows.read(m_position, m_upTo, kLinesPerChunk, [&](const AccessLogRow &r) {
        r.appendJson(plain);
        plain += '\n';
    });
    if (!read) {
        // Headers are out: the only way left to say so is to stop without the
        // last line, which the client reads as an interrupted export.
        qCWarning(lcServer) << "access-log export stopped:" << read.error().logText();
        m_done = true;
        m_socket->abort();
        return;
    }
    m_position = qMax(m_position, read.value());
    const bool last = m_position >= m_upTo;
    if (last) {
        const auto stored = m_rows.lastSeq();
        plain += cursorLine(m_position, stored && stored.value() <= m_upTo);
    } else {
        plain += cursorLine(m_position, std::nullopt);
    }
    send(plain, last);
    if (last) {
        m_done = true;
        deleteLater();
        return;
    }
    // One chunk per turn of the event loop: decisions are answered in between.
    if (m_socket->bytesToWrite() < kHighWater && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] { pump(); });
    }
}

void AccessLogExport::send(const QByteArray &plain, bool last)
{
    writeChunk(m_gzip ? m_gzip->compress(plain, last) : plain);
    if (last)
        m_responder.writeBody("0\r\n\r\n", 5);
}

void AccessLogExport::writeChunk(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    QByteArray frame = QByteArray::number(bytes.size(), 16);
    frame.reserve(frame.size() + bytes.size() + 4);
    frame.append("\r\n", 2);
    frame.append(bytes);
    frame.append("\r\n", 2);
    m_responder.writeBody(frame.constData(), frame.size());
}

} // namespace gatehouse::server
