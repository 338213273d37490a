#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace gatehouse::test {

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

// A blocking request for tests, with a deadline. Runs a local event loop.
HttpResult httpRequest(const QByteArray &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       const QByteArray &body = {},
                       std::chrono::milliseconds deadline = std::chrono::seconds(10));
inline HttpResult httpGet(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return httpRequest("GET", url, headers);
}

} // namespace gatehouse::test
