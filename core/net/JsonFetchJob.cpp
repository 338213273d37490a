#include "JsonFetchJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>

namespace gatehouse {

JsonFetchJob::JsonFetchJob(QNetworkAccessManager *nam, const QUrl &url, QObject *parent)
    : NetworkJob(nam, parent)
    , m_url(url)
{}

QNetworkReply *JsonFetchJob::sendRequest(QNetworkAccessManager *nam)
{
    QNetworkRequest request = makeRequest(m_url);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    return nam->get(request);
}

void JsonFetchJob::handleSuccess(QNetworkReply *, const QByteArray &body)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(Error{u"net.bad_json"_qs,
                   QCoreApplication::translate("JsonFetchJob",
                                               "The server sent an answer that is not JSON."),
                   m_url.toString(QUrl::RemoveQuery) + u": "_qs + error.errorString()});
        return;
    }
    m_object = doc.object();
}

} // namespace gatehouse
