#include "HttpApi.h"

#include "ServerLogging.h"
#include "Store.h"
#include "Version.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;

HttpApi::HttpApi(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    registerRoutes();
}

QHttpServerResponse HttpApi::errorResponse(Status status, const QString &code,
                                           const QString &message)
{
    QJsonObject error{{u"code"_qs, code}, {u"message"_qs, message}, {u"details"_qs, QJsonArray()}};
    return QHttpServerResponse(QJsonObject{{u"error"_qs, error}}, status);
}

void HttpApi::registerRoutes()
{
    m_server.route(u"/healthz"_qs, QHttpServerRequest::Method::Get,
                   [this](const QHttpServerRequest &) { return health(); });

    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            qCDebug(lcHttp) << "no route for" << request.url().path();
            const auto response =
                errorResponse(Status::NotFound, u"not_found"_qs,
                              QCoreApplication::translate("HttpApi", "No such endpoint."));
            responder.write(response.data(), response.mimeType(), responder.StatusCode::NotFound);
        });

    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return std::move(response);
    });
}

QHttpServerResponse HttpApi::health() const
{
    const bool storeOk = m_store && m_store->ping();
    QJsonObject body{
        {u"status"_qs, storeOk ? u"ok"_qs : u"degraded"_qs},
        {u"version"_qs, QString::fromLatin1(kVersion)},
        {u"store"_qs, m_store ? m_store->driver() : QString()},
    };
    return QHttpServerResponse(body, storeOk ? Status::Ok : Status::ServiceUnavailable);
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, Error *error)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0 && error) {
        *error = Error{u"server.listen"_qs,
                       QCoreApplication::translate("HttpApi", "Cannot listen on %1:%2.")
                           .arg(address.toString())
                           .arg(port),
                       u"listen failed"_qs};
    }
    return bound;
}

} // namespace gatehouse::server
