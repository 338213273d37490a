#pragma once

#include "SyncHttp.h"

#include <QJsonObject>
#include <QUrl>

namespace gatehouse::test {

// Calls gatehoused's API the way a console would, for tests.
class ApiClient
{
public:
    explicit ApiClient(QUrl base = {})
        : m_base(std::move(base))
    {}
    void setBase(const QUrl &base) { m_base = base; }

    HttpResult get(const QString &path, const QByteArray &token) const;
    HttpResult post(const QString &path, const QByteArray &token, const QJsonObject &body,
                    const QByteArray &idempotencyKey = {}) const;
    HttpResult put(const QString &path, const QByteArray &token, const QJsonObject &body) const;
    HttpResult remove(const QString &path, const QByteArray &token) const;
    HttpResult postRaw(const QString &path, const QByteArray &token, const QByteArray &body,
                       const QByteArray &contentType = "application/json") const;

private:
    QUrl m_base;
};

} // namespace gatehouse::test
