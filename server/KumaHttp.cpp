#include "KumaHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace gatehouse::server::kuma {

QString Reply::describe(const QByteArray &method, const QString &path) const
{
    if (status == 0)
        return u"%1 %2: %3"_qs.arg(QString::fromLatin1(method), path, error);
    // Kuma's problem document: {title, detail, invalid_parameters: [{field, reason}]}.
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    QString detail = problem.value(u"detail").toString();
    const auto invalid = problem.value(u"invalid_parameters").toArray();
    for (const auto &p : invalid)
        detail += u"; %1: %2"_qs.arg(p.toObject().value(u"field").toString(),
                                     p.toObject().value(u"reason").toString());
    if (detail.isEmpty())
        detail = QString::fromUtf8(body.left(300)).simplified();
    return u"%1 %2: %3 %4"_qs.arg(QString::fromLatin1(method), path).arg(status).arg(detail);
}

Client::Client(QUrl controlPlane, QObject *parent)
    : QObject(parent)
    , m_base(std::move(controlPlane))
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam.setTransferTimeout(kTimeoutMs);
}

Client::~Client()
{
    const auto replies = m_nam.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

void Client::call(const QByteArray &method, const QString &path, const QByteArray &body, Done done)
{
    send(method, QUrl(m_base.toString() + path), body, std::move(done));
}

void Client::send(const QByteArray &method, const QUrl &url, const QByteArray &body, Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (r.status == 0)
            r.error = reply->error() == QNetworkReply::OperationCanceledError
                          ? u"no answer within %1 ms"_qs.arg(kTimeoutMs)
                          : reply->errorString();
        done(r);
    });
}

void Client::listAll(const QString &path, ListDone done, int maxPages)
{
    auto items = std::make_shared<QJsonArray>();
    listPages(
        path,
        [items](const QJsonArray &page) {
            for (const auto &item : page)
                items->append(item);
        },
        [items, done = std::move(done)](const Error &error) {
            if (error.isNull())
                done(*items);
            else
                done(error);
        },
        maxPages);
}

void Client::listPages(const QString &path, PageDone page, EndDone end, int maxPages)
{
    QUrl url(m_base.toString() + path);
    QUrlQuery query(url);
    query.addQueryItem(u"size"_qs, u"1000"_qs);
    url.setQuery(query);
    fetchPage(url, path, maxPages, std::move(page), std::move(end));
}

void Client::fetchPage(const QUrl &url, const QString &path, int pagesLeft, PageDone page,
                       EndDone end)
{
    send(
        "GET", url, {},
        [this, url, path, pagesLeft, page = std::move(page), end = std::move(end)](const Reply &r) {
            if (r.status != 200) {
                end(Error{u"kuma.list"_qs, {}, r.describe("GET", path)});
                return;
            }
            const QJsonObject list = QJsonDocument::fromJson(r.body).object();
            page(list.value(u"items").toArray());
            const QString next = list.value(u"next").toString();
            if (next.isEmpty() || pagesLeft <= 1) {
                end({});
                return;
            }
            // `next` is absolute; keep our scheme, host and port (the server
            // may know itself by another name), take its path and query.
            const QUrl link(next);
            QUrl following = url;
            following.setPath(link.path());
            following.setQuery(link.query());
            fetchPage(following, path, pagesLeft - 1, page, end);
        });
}

} // namespace gatehouse::server::kuma
