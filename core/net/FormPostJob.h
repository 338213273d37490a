#pragma once

#include "NetworkJob.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace gatehouse {

// POSTs an application/x-www-form-urlencoded body (OAuth token, revocation and
// introspection endpoints) and reads a JSON object back; an empty 2xx body
// (RFC 7009 revocation) is a success with an empty object. OAuth error bodies
// become errors coded "oauth.<error>", e.g. "oauth.invalid_grant".
class FormPostJob : public NetworkJob
{
    Q_OBJECT
public:
    FormPostJob(QNetworkAccessManager *nam, const QUrl &url, const QUrlQuery &form,
                QObject *parent = nullptr);

    const QJsonObject &object() const { return m_object; }

protected:
    QNetworkReply *sendRequest(QNetworkAccessManager *nam) override;
    void handleSuccess(QNetworkReply *reply, const QByteArray &body) override;

private:
    QUrl m_url;
    QByteArray m_body;
    QJsonObject m_object;
};

} // namespace gatehouse
