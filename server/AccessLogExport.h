#pragma once

#include "AccessLogRows.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>

#include <memory>

class QTcpSocket;

namespace gatehouse::server {

class GzipStream;

// GET /v1/access-log/export: every line a caller may read after a position,
// up to what was stored when the export started, as JSON Lines
// (application/x-ndjson), gzip-compressed when the client accepts it. Sent
// with chunked transfer encoding a few thousand lines at a time, each read
// when the socket has taken the one before, so gatehoused never holds the
// whole export and its event loop runs between chunks. After each chunk a
// line {"cursor": "seq:N"} says where to continue from; the last line is
// {"cursor": "seq:N", "end": true|false} (false: newer lines were stored
// meanwhile, ask again).
class AccessLogExport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLinesPerChunk = 4000;

    // Takes over the responder; deletes itself when done or when the client goes.
    static void start(QHttpServerResponder &&responder, AccessLogRows rows, qint64 after,
                      qint64 upTo, bool gzip);
    ~AccessLogExport() override;

private:
    AccessLogExport(QHttpServerResponder &&responder, AccessLogRows rows, qint64 after, qint64 upTo,
                    bool gzip);
    void pump();
    void send(const QByteArray &plain, bool last);
    void writeChunk(const QByteArray &bytes);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    AccessLogRows m_rows;
    qint64 m_position;
    qint64 m_upTo;
    std::unique_ptr<GzipStream> m_gzip;
    bool m_scheduled = false;
    bool m_done = false;
};

} // namespace gatehouse::server
