#pragma once

#include "AccessLogSink.h"
#include "AccessLogSource.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <memory>
#include <vector>

class QTcpSocket;

namespace gatehouse::server {

// Receives Caddy's JSON access log from its net writer (`output net`): Caddy
// connects over TCP, on loopback only, and writes one JSON line per request;
// it connects again after a drop. Complete lines are stored every 250 ms, or
// as soon as a batch is full: one transaction per connection (a skipped
// too-long line starts another, so offsets stay exact). A line longer than
// AccessLogSink::kMaxLineBytes, a line that is not Caddy JSON and a partial
// line left when a connection closes are counted as malformed and skipped.
// Each connection is its own stream: a line is stored under
// "net-<connection uuid>:<byte offset in the connection>".
class AccessLogReceiver : public QObject, public AccessLogSource
{
    Q_OBJECT
public:
    static constexpr qint64 kBatchLines = 500;
    static constexpr qint64 kBatchBytes = 1024 * 1024;

    AccessLogReceiver(QString connectionName, QHostAddress address, quint16 port,
                      QObject *parent = nullptr);
    // Stores the complete lines already received.
    ~AccessLogReceiver() override;

    // Starts listening (loopback addresses only). Returns the bound port, or
    // 0 with *error set.
    quint16 listen(Error *error);
    QHostAddress serverAddress() const { return m_server.serverAddress(); }

    // Stores the complete lines received so far; run by a timer every 250 ms.
    Error flush();

    qint64 linesStored() const override { return m_sink.state().lines; }
    qint64 linesMalformed() const override { return m_sink.state().malformed + m_pendingMalformed; }
    qint64 lagBytes() const override; // received, not stored yet

private:
    struct Connection;

    Error store(); // commits what is complete, nothing else
    void accept();
    void receive(Connection &c);
    void addLine(Connection &c, qint64 offset, QByteArrayView head, QByteArrayView rest);
    qint64 pendingBytes(const Connection &c) const;

    QHostAddress m_address;
    quint16 m_port;
    AccessLogSink m_sink;
    QTcpServer m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    qint64 m_pendingLines = 0;     // complete lines received, not stored yet
    qint64 m_pendingMalformed = 0; // too long or cut off, not committed yet
    QTimer m_timer;
};

} // namespace gatehouse::server
