#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse {

// One network request as an object. The base class owns what every request
// needs: a deadline, a redirect policy that never downgrades https to http,
// TLS errors that are never ignored, and turning error bodies (OAuth, the
// control plane's envelope, Kuma's problem documents) into an Error.
// Emits finished() exactly once; then error() is null on success.
class NetworkJob : public QObject
{
    Q_OBJECT
public:
    explicit NetworkJob(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~NetworkJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Bodies longer than this are cut (8 MiB unless a job expects more).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void start();
    void abort();

    const Error &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    bool isFinished() const { return m_finished; }

    // Extracts a readable message from an error response body.
    static QString messageFromErrorBody(const QByteArray &body);
    // The OAuth 2.0 `error` code of an error body (RFC 6749 §5.2), or empty.
    static QString oauthErrorCode(const QByteArray &body);

Q_SIGNALS:
    void finished();

protected:
    virtual QNetworkReply *sendRequest(QNetworkAccessManager *nam) = 0;
    // Called for a 2xx response. Call fail() to turn it into an error.
    virtual void handleSuccess(QNetworkReply *reply, const QByteArray &body) = 0;

    QNetworkRequest makeRequest(const QUrl &url) const;
    void fail(Error error);
    // The body as a JSON object; fails the job (and returns {}) when it is not one.
    QJsonObject parseObject(const QByteArray &body, const QUrl &where);

private:
    void onReplyFinished();
    void onTimeout();
    void finish();

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(15)};
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
    Error m_error;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace gatehouse
