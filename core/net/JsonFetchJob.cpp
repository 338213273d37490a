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
    m_object = parseObject(body, m_url);
}

} // namespace gatehouse
