#pragma once

#include "net/NetworkJob.h"

#include <QByteArrayView>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace gatehouse {

// A GET of a JSON Lines (NDJSON) answer from gatehoused, read as it arrives:
// each complete line goes to the line handler while the rest is still on the
// way, so nothing holds the whole answer. The network layer asks for and
// undoes gzip. Instead of a deadline for the whole answer it fails when no
// byte arrives for the idle timeout. Error answers (4xx/5xx) are handled as
// for any job: httpStatus() and error().
class LineStreamJob : public NetworkJob
{
    Q_OBJECT
public:
    // Returns false to stop reading (the job then fails with `net.cancelled`).
    using LineHandler = std::function<bool(QByteArrayView line)>;

    LineStreamJob(QNetworkAccessManager *nam, const QUrl &url, const QByteArray &token,
                  LineHandler onLine, QObject *parent = nullptr);

    void setIdleTimeout(std::chrono::milliseconds idle) { m_idle.setInterval(idle); }
    qint64 bytesRead() const { return m_bytes; }

protected:
    QNetworkReply *sendRequest(QNetworkAccessManager *nam) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    void readLines(QNetworkReply *reply);
    void consume(const QByteArray &bytes);

    QUrl m_url;
    QByteArray m_token;
    LineHandler m_onLine;
    QByteArray m_partial; // the start of a line whose end has not arrived
    QTimer m_idle;
    qint64 m_bytes = 0;
    bool m_stopped = false;
};

} // namespace gatehouse
