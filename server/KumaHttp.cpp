#include "KumaHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace gatehouse::server::kuma {

Reply call(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [reply] { reply->abort(); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(3000);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status == 0)
        r.error = reply->errorString();
    delete reply;
    return r;
}

bool listAll(const QUrl &first, QJsonArray *items, QString *error, int maxPages)
{
    QUrl url = first;
    QUrlQuery query(url);
    query.addQueryItem(u"size"_qs, u"1000"_qs);
    url.setQuery(query);
    for (int page = 0; page < maxPages && url.isValid(); ++page) {
        const Reply r = call("GET", url);
        if (r.status != 200) {
            const QJsonObject problem = QJsonDocument::fromJson(r.body).object();
            *error = u"GET %1: %2 %3"_qs.arg(url.path())
                         .arg(r.status)
                         .arg(problem.value(u"detail").toString(r.error));
            return false;
        }
        const QJsonObject list = QJsonDocument::fromJson(r.body).object();
        const QJsonArray part = list.value(u"items").toArray();
        for (const auto &item : part)
            items->append(item);
        const QString next = list.value(u"next").toString();
        if (next.isEmpty())
            return true;
        // `next` is absolute; keep our scheme, host and port (the server may
        // know itself by another name), take its path and query.
        const QUrl link(next);
        url.setPath(link.path());
        url.setQuery(link.query());
    }
    return true;
}

} // namespace gatehouse::server::kuma
