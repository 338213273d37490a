#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace gatehouse::server::kuma {

struct Reply
{
    int status = 0;
    QByteArray body;
    QString error;
};

// One bounded (3 s) request to Kuma's REST API. Waits in a local event loop,
// so gatehoused keeps answering its own API meanwhile.
Reply call(const QByteArray &method, const QUrl &url, const QByteArray &body = {});

// Every item of a Kuma list ({total, items, next}), following `next` links
// (at most `maxPages`, page size 1000). Returns false on any failed page.
bool listAll(const QUrl &first, QJsonArray *items, QString *error, int maxPages = 100);

} // namespace gatehouse::server::kuma
