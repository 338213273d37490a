#include "ApiJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace gatehouse {

ApiJob::ApiJob(QNetworkAccessManager *nam, Method method, const QUrl &url, const QByteArray &token,
               QObject *parent)
    : NetworkJob(nam, parent)
    , m_method(method)
    , m_url(url)
    , m_token(token)
{
    setTimeout(std::chrono::seconds(10));
}

QString ApiJob::apiCode() const
{
    if (error().isNull())
        return {};
    if (!m_apiCode.isEmpty())
        return m_apiCode;
    if (error().code.startsWith(u"net."))
        return u"offline"_qs;
    return error().code;
}

QNetworkReply *ApiJob::sendRequest(QNetworkAccessManager *nam)
{
    QNetworkRequest request = makeRequest(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = nullptr;
    if (m_method == Method::Get) {
        reply = nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!m_idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", m_idempotencyKey);
        reply = nam->post(request, QJsonDocument(m_body).toJson(QJsonDocument::Compact));
    }
    // Error bodies are read here, before the base class turns them into an Error.
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400)
            readErrorBody(reply);
    });
    return reply;
}

void ApiJob::readErrorBody(QNetworkReply *reply)
{
    const QByteArray body = reply->peek(1024 * 1024);
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    m_apiCode = error.value(u"code").toString();
    const QJsonArray details = error.value(u"details").toArray();
    for (const auto &d : details) {
        const QJsonObject o = d.toObject();
        m_fieldErrors.insert(o.value(u"field").toString(), o.value(u"message").toString());
    }
}

void ApiJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    if (httpStatus() != 304 && !body.trimmed().isEmpty())
        m_object = parseObject(body, m_url);
}

} // namespace gatehouse
