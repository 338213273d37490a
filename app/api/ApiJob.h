#pragma once

#include "net/NetworkJob.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace gatehouse {

// One call to gatehoused's API with the signed-in user's access token. The
// control plane's error envelope ({error: {code, message, details}}) becomes
// apiCode(), the error's message, and per-field messages for the form that
// caused them. A 304 (graph unchanged) is a success with notModified().
class ApiJob : public NetworkJob
{
    Q_OBJECT
public:
    enum class Method { Get, Post };

    ApiJob(QNetworkAccessManager *nam, Method method, const QUrl &url, const QByteArray &token,
           QObject *parent = nullptr);

    void setBody(const QJsonObject &body) { m_body = body; }
    void setIdempotencyKey(const QByteArray &key) { m_idempotencyKey = key; }

    const QJsonObject &object() const { return m_object; }
    bool notModified() const { return httpStatus() == 304; }
    // "forbidden", "conflict", "validation_failed", "grant.over_cap", ...
    // (grant errors: grantErrorCode() in grants/GrantErrors.h reads them);
    // "offline" when no answer came; empty on success.
    QString apiCode() const;
    QHash<QString, QString> fieldErrors() const { return m_fieldErrors; }

protected:
    QNetworkReply *sendRequest(QNetworkAccessManager *nam) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    void readErrorBody(QNetworkReply *reply);

    Method m_method;
    QUrl m_url;
    QByteArray m_token;
    QJsonObject m_body;
    QByteArray m_idempotencyKey;
    QJsonObject m_object;
    QString m_apiCode;
    QHash<QString, QString> m_fieldErrors;
};

} // namespace gatehouse
