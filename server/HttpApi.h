#pragma once

#include "Error.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace gatehouse::server {

class Store;

// gatehoused's HTTP surface. Every route answers JSON; errors use one
// envelope: {"error": {"code", "message", "details"}}.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(Store *store, QObject *parent = nullptr);

    // Returns the bound port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, Error *error);

    static QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status,
                                             const QString &code, const QString &message);

private:
    void registerRoutes();
    QHttpServerResponse health() const;

    QHttpServer m_server;
    Store *m_store;
};

} // namespace gatehouse::server
