#include "ApiClient.h"

#include <QJsonDocument>

namespace gatehouse::test {

namespace {
QList<QPair<QByteArray, QByteArray>> auth(const QByteArray &token)
{
    if (token.isEmpty())
        return {};
    return {{"Authorization", "Bearer " + token}};
}
} // namespace

HttpResult ApiClient::get(const QString &path, const QByteArray &token) const
{
    return httpRequest("GET", QUrl(m_base.toString() + path), auth(token));
}

HttpResult ApiClient::post(const QString &path, const QByteArray &token, const QJsonObject &body,
                           const QByteArray &idempotencyKey) const
{
    auto headers = auth(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (!idempotencyKey.isEmpty())
        headers.append(qMakePair(QByteArray("Idempotency-Key"), idempotencyKey));
    return httpRequest("POST", QUrl(m_base.toString() + path), headers,
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult ApiClient::put(const QString &path, const QByteArray &token,
                          const QJsonObject &body) const
{
    auto headers = auth(token);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return httpRequest("PUT", QUrl(m_base.toString() + path), headers,
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult ApiClient::remove(const QString &path, const QByteArray &token) const
{
    return httpRequest("DELETE", QUrl(m_base.toString() + path), auth(token));
}

HttpResult ApiClient::postRaw(const QString &path, const QByteArray &token, const QByteArray &body,
                              const QByteArray &contentType) const
{
    auto headers = auth(token);
    if (!contentType.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return httpRequest("POST", QUrl(m_base.toString() + path), headers, body);
}

} // namespace gatehouse::test
