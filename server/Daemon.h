#pragma once

#include "Error.h"
#include "ServerConfig.h"

#include <QObject>

#include <memory>

namespace gatehouse::server {

class HttpApi;
class Store;

// Wires configuration, store and HTTP API together for one gatehoused process.
class Daemon : public QObject
{
    Q_OBJECT
public:
    explicit Daemon(ServerConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens the store, loads the catalog, starts listening. Returns the bound
    // port (useful when the configured port is 0), or 0 with *error set.
    quint16 start(Error *error);
    QHostAddress listenAddress() const { return m_config.listenAddress; }

private:
    ServerConfig m_config;
    std::unique_ptr<Store> m_store;
    HttpApi *m_api = nullptr;
};

} // namespace gatehouse::server
