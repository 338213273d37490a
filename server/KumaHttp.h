#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace gatehouse::server::kuma {

struct Reply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString error;

    // "PUT /meshes/…: 400 <Kuma's detail and invalid parameters>", for logs
    // and for the grant's mesh state.
    QString describe(const QByteArray &method, const QString &path) const;
};

// Kuma's REST API, asynchronously: every call returns at once and its
// callback runs later from the event loop, when the answer arrives or after
// the transfer timeout. Nothing here waits or runs a nested event loop, so
// the thread that decides for the edge never stalls on Kuma.
class Client : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Reply &)>;
    using ListDone = std::function<void(const Result<QJsonArray> &)>;

    explicit Client(QUrl controlPlane, QObject *parent = nullptr);
    ~Client() override; // answers still out are dropped, their callbacks never run
    QUrl controlPlane() const { return m_base; }

    // `path` is below the control plane's URL ("/_resources", "/meshes/…").
    void call(const QByteArray &method, const QString &path, const QByteArray &body, Done done);
    // Every item of a Kuma list ({total, items, next}), following `next` links
    // (at most `maxPages`, page size 1000).
    void listAll(const QString &path, ListDone done, int maxPages = 100);
    // The same list a page at a time: `page` gets each page's items as it
    // arrives (so no turn of the event loop handles more than one page), then
    // `end` a null Error, or the error that stopped the listing.
    using PageDone = std::function<void(const QJsonArray &items)>;
    using EndDone = std::function<void(const Error &error)>;
    void listPages(const QString &path, PageDone page, EndDone end, int maxPages = 100);

    static constexpr int kTimeoutMs = 3000;

private:
    void fetchPage(const QUrl &url, const QString &path, int pagesLeft, PageDone page, EndDone end);
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, Done done);

    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace gatehouse::server::kuma
