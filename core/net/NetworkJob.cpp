#include "NetworkJob.h"

#include "Logging.h"
#include "Version.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace gatehouse {

namespace {

QString trJob(const char *text)
{
    return QCoreApplication::translate("NetworkJob", text);
}
} // namespace

NetworkJob::NetworkJob(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest NetworkJob::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArray("Gatehouse/") + QByteArray(kVersion)));
    request.setRawHeader("Accept", "application/json");
    return request;
}

void NetworkJob::start()
{
    m_reply = sendRequest(m_nam);
    if (!m_reply) {
        fail(Error{u"net.request"_qs,
                   trJob(QT_TRANSLATE_NOOP("NetworkJob", "The request could not be sent.")),
                   {}});
        finish();
        return;
    }
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    m_timer.start(m_timeout);
}

void NetworkJob::abort()
{
    if (m_reply && !m_finished) {
        fail(Error{u"net.cancelled"_qs,
                   trJob(QT_TRANSLATE_NOOP("NetworkJob", "The request was cancelled.")),
                   {}});
        m_reply->abort();
    }
}

QJsonObject NetworkJob::parseObject(const QByteArray &body, const QUrl &where)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    fail(
        Error{u"net.bad_json"_qs,
              trJob(QT_TRANSLATE_NOOP("NetworkJob", "The server sent an answer that is not JSON.")),
              where.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) + u": "_qs +
                  (doc.isObject() ? u"not an object"_qs : error.errorString())});
    return {};
}

void NetworkJob::fail(Error error)
{
    if (m_error.isNull())
        m_error = std::move(error);
}

void NetworkJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void NetworkJob::onReplyFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where =
        reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();

    if (m_timedOut) {
        fail(Error{u"net.timeout"_qs,
                   trJob(QT_TRANSLATE_NOOP("NetworkJob", "The server did not answer in time.")),
                   where});
    } else if (reply->error() != QNetworkReply::NoError && m_httpStatus == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        fail(Error{tls ? u"net.tls"_qs : u"net.unreachable"_qs,
                   tls ? trJob(QT_TRANSLATE_NOOP(
                             "NetworkJob", "The server's TLS certificate could not be verified."))
                       : trJob(QT_TRANSLATE_NOOP("NetworkJob", "The server could not be reached.")),
                   where + u": "_qs + reply->errorString()});
    } else {
        const QByteArray body = reply->read(m_maxBodyBytes);
        // 304: the caller asked conditionally and nothing changed.
        if ((m_httpStatus >= 200 && m_httpStatus < 300) || m_httpStatus == 304) {
            handleSuccess(reply, body);
        } else {
            QString message = messageFromErrorBody(body);
            if (message.isEmpty())
                message = trJob(QT_TRANSLATE_NOOP("NetworkJob",
                                                  "The server answered with HTTP status %1."))
                              .arg(m_httpStatus);
            // OAuth 2.0 errors keep their code (invalid_grant, ...): callers act on it.
            const QString oauth = oauthErrorCode(body);
            fail(Error{oauth.isEmpty() ? u"http.%1"_qs.arg(m_httpStatus) : u"oauth."_qs + oauth,
                       message, u"%1 -> %2"_qs.arg(where).arg(m_httpStatus)});
        }
    }
    if (!m_error.isNull())
        qCInfo(lcNet) << "request failed:" << m_error.logText();
    finish();
}

void NetworkJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

QString NetworkJob::oauthErrorCode(const QByteArray &body)
{
    const auto doc = QJsonDocument::fromJson(body);
    const auto error = doc.object().value(u"error");
    if (!error.isString())
        return {};
    // RFC 6749 §5.2: error codes are %x20-21 / %x23-5B / %x5D-7E; keep a safe subset.
    const QString code = error.toString();
    for (QChar c : code) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.') || c.unicode() > 0x7e)
            return u"invalid"_qs;
    }
    return code.left(64);
}

QString NetworkJob::messageFromErrorBody(const QByteArray &body)
{
    const auto doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    const auto error = o.value(u"error");
    if (error.isObject()) // the control plane's envelope
        return error.toObject().value(u"message").toString();
    if (error.isString()) { // OAuth 2.0 (RFC 6749 §5.2)
        const QString description = o.value(u"error_description").toString();
        return description.isEmpty() ? error.toString() : description;
    }
    if (o.contains(u"title")) { // Kuma / RFC 7807 problem document
        const QString detail = o.value(u"detail").toString();
        return detail.isEmpty() ? o.value(u"title").toString() : detail;
    }
    return {};
}

} // namespace gatehouse
