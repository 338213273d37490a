#pragma once

#include "NetworkJob.h"

#include <QJsonObject>
#include <QUrl>

namespace gatehouse {

// GET a URL whose answer is a JSON object (discovery documents, JWKS, health).
class JsonFetchJob : public NetworkJob
{
    Q_OBJECT
public:
    JsonFetchJob(QNetworkAccessManager *nam, const QUrl &url, QObject *parent = nullptr);

    // Sends `Authorization: Bearer` (userinfo, the control plane's API).
    void setBearerToken(const QByteArray &token) { m_bearer = token; }

    const QJsonObject &object() const { return m_object; }
    QUrl url() const { return m_url; }

protected:
    QNetworkReply *sendRequest(QNetworkAccessManager *nam) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QUrl m_url;
    QByteArray m_bearer;
    QJsonObject m_object;
};

} // namespace gatehouse
