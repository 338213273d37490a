#include "AccessLogReceiver.h"

#include "ServerConfig.h"
#include "ServerLogging.h"

#include <QTcpSocket>
#include <QUuid>

namespace gatehouse::server {

namespace {
// A connection that has this much waiting to be stored is not read until the
// store catches up: Caddy's writes then wait in the kernel's socket buffers.
constexpr qint64 kMaxPendingBytes = 4 * AccessLogSink::kMaxLineBytes;

} // namespace

// Complete lines wait in runs of consecutive bytes (a too-long line skipped
// in between starts a new run), so each keeps its byte offset in the stream.
struct AccessLogReceiver::Connection
{
    struct Run
    {
        qint64 offset = 0;
        QByteArray lines;
        qint64 count = 0;
    };

    QTcpSocket *socket = nullptr; // null once closed and fully read
    QString stream;               // "net-<uuid>"
    qint64 received = 0;          // bytes read from the socket
    QList<Run> runs;              // complete lines, not stored yet
    QByteArray tail;              // the line not complete yet
    qint64 tailOffset = 0;
    bool skipping = false; // inside a line too long to keep
};

AccessLogReceiver::AccessLogReceiver(QString connectionName, QHostAddress address, quint16 port,
                                     QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_port(port)
    , m_sink(std::move(connectionName), u"net:"_qs + hostPort(m_address, m_port))
{
    connect(&m_server, &QTcpServer::newConnection, this, &AccessLogReceiver::accept);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Error e = flush(); !e.isNull())
            qCWarning(lcServer) << "access log (net):" << e.logText();
    });
}

AccessLogReceiver::~AccessLogReceiver()
{
    m_server.close();
    // What is already here is stored; a line cut off by stopping is not.
    Error e;
    for (auto &c : m_connections) {
        if (c->socket)
            c->socket->disconnect(this);
        // Also what the kernel holds for this socket already.
        while (e.isNull() && c->socket &&
               (c->socket->bytesAvailable() > 0 || c->socket->waitForReadyRead(0))) {
            receive(*c);
            if (pendingBytes(*c) >= kMaxPendingBytes)
                e = store();
        }
        if (c->socket && !c->tail.isEmpty()) // a too-long line is counted already
            ++m_pendingMalformed;
        c->tail.clear();
    }
    if (e.isNull())
        e = store();
    if (!e.isNull())
        qCWarning(lcServer) << "access log (net): lines received before stopping are lost:"
                            << e.logText();
}

quint16 AccessLogReceiver::listen(Error *error)
{
    // Whoever can connect can write access-log lines.
    if (!m_address.isLoopback()) {
        *error = Error{u"config.invalid"_qs, tr("The access log is received on loopback only."),
                       m_address.toString()};
        return 0;
    }
    if (Error e = m_sink.load(); !e.isNull()) {
        *error = e;
        return 0;
    }
    if (!m_server.listen(m_address, m_port)) {
        *error = Error{u"server.listen"_qs,
                       tr("Cannot receive the access log on %1.").arg(hostPort(m_address, m_port)),
                       m_server.errorString()};
        return 0;
    }
    m_timer.start();
    qCInfo(lcServer) << "receiving Caddy's access log on"
                     << hostPort(m_server.serverAddress(), m_server.serverPort());
    return m_server.serverPort();
}

void AccessLogReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto c = std::make_unique<Connection>();
        c->socket = socket;
        c->stream = u"net-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Qt buffers at most one line's worth; the rest waits in the kernel.
        socket->setReadBufferSize(AccessLogSink::kMaxLineBytes);
        Connection *raw = c.get();
        const auto onData = [this, raw] {
            receive(*raw);
            if (m_pendingLines >= kBatchLines || lagBytes() >= kBatchBytes) {
                if (Error e = flush(); !e.isNull())
                    qCWarning(lcServer) << "access log (net):" << e.logText();
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, onData);
        connect(socket, &QTcpSocket::disconnected, this, onData);
        qCInfo(lcServer) << "access log (net): connection" << c->stream << "from"
                         << socket->peerAddress().toString() << socket->peerPort();
        m_connections.push_back(std::move(c));
        receive(*raw);
    }
}

void AccessLogReceiver::receive(Connection &c)
{
    if (!c.socket)
        return;
    while (c.socket->bytesAvailable() > 0 && pendingBytes(c) < kMaxPendingBytes) {
        const QByteArray data = c.socket->read(AccessLogSink::kMaxLineBytes);
        const QByteArrayView view(data);
        qsizetype start = 0;
        while (start < view.size()) {
            const qint64 at = c.received + start;
            const qsizetype newline = view.indexOf('\n', start);
            if (newline < 0) { // the rest is the start of a line
                if (!c.skipping) {
                    if (c.tail.isEmpty())
                        c.tailOffset = at;
                    c.tail += view.sliced(start);
                    if (c.tail.size() >= AccessLogSink::kMaxLineBytes) {
                        qCWarning(lcServer) << "access log (net): skipping a line longer than"
                                            << AccessLogSink::kMaxLineBytes << "bytes at"
                                            << c.stream << c.tailOffset;
                        ++m_pendingMalformed;
                        c.skipping = true;
                        c.tail.clear();
                    }
                }
                break;
            }
            if (c.skipping) {
                c.skipping = false; // the too-long line ends here
            } else if (c.tail.size() + (newline - start) >= AccessLogSink::kMaxLineBytes) {
                qCWarning(lcServer) << "access log (net): skipping a line longer than"
                                    << AccessLogSink::kMaxLineBytes << "bytes at" << c.stream
                                    << (c.tail.isEmpty() ? at : c.tailOffset);
                ++m_pendingMalformed;
            } else {
                addLine(c, c.tail.isEmpty() ? at : c.tailOffset, c.tail,
                        view.sliced(start, newline + 1 - start));
            }
            c.tail.clear();
            start = newline + 1;
        }
        c.received += data.size();
    }
    if (c.socket->state() == QAbstractSocket::UnconnectedState && c.socket->bytesAvailable() == 0) {
        if (!c.tail.isEmpty()) {
            qCWarning(lcServer) << "access log (net): connection" << c.stream
                                << "closed in the middle of a line at" << c.tailOffset;
            ++m_pendingMalformed;
            c.tail.clear();
        }
        qCInfo(lcServer) << "access log (net): connection" << c.stream << "closed after"
                         << c.received << "bytes";
        c.socket->disconnect(this);
        c.socket->deleteLater();
        c.socket = nullptr;
    }
    changed();
}

void AccessLogReceiver::addLine(Connection &c, qint64 offset, QByteArrayView head,
                                QByteArrayView rest)
{
    if (c.runs.isEmpty() ||
        c.runs.last().offset + c.runs.last().lines.size() != offset) // after a skipped line
        c.runs.append({offset, {}, 0});
    Connection::Run &run = c.runs.last();
    run.lines += head;
    run.lines += rest;
    ++run.count;
    ++m_pendingLines;
}

qint64 AccessLogReceiver::pendingBytes(const Connection &c) const
{
    qint64 bytes = c.tail.size();
    for (const auto &run : c.runs)
        bytes += run.lines.size();
    return bytes;
}

qint64 AccessLogReceiver::lagBytes() const
{
    qint64 bytes = 0;
    for (const auto &c : m_connections)
        bytes += pendingBytes(*c);
    return bytes;
}

Error AccessLogReceiver::flush()
{
    if (Error e = store(); !e.isNull())
        return e;
    // Read again where reading waited for the store; forget closed connections.
    for (auto &c : m_connections)
        receive(*c);
    std::erase_if(m_connections, [](const auto &c) { return !c->socket && c->runs.isEmpty(); });
    return {};
}

Error AccessLogReceiver::store()
{
    if (Error e = m_sink.load(); !e.isNull())
        return e;
    for (auto &c : m_connections) {
        while (!c->runs.isEmpty()) {
            const Connection::Run &run = c->runs.first();
            if (Error e = m_sink.commit(c->stream, run.offset, run.lines, m_pendingMalformed);
                !e.isNull())
                return e;
            m_pendingMalformed = 0;
            m_pendingLines -= run.count;
            c->runs.removeFirst();
            changed();
        }
    }
    if (m_pendingMalformed > 0) { // only skipped lines: save their count
        const AccessLogSink::State &state = m_sink.state();
        if (Error e = m_sink.commit(state.stream, state.position, {}, m_pendingMalformed);
            !e.isNull())
            return e;
        m_pendingMalformed = 0;
        changed();
    }
    return {};
}

} // namespace gatehouse::server
