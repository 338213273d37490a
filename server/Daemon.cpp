#include "Daemon.h"

#include "HttpApi.h"
#include "ServerLogging.h"
#include "Store.h"

namespace gatehouse::server {

Daemon::Daemon(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

Daemon::~Daemon()
{
    delete m_api;
}

quint16 Daemon::start(Error *error)
{
    auto store = Store::open(m_config.storeUrl);
    if (!store) {
        *error = store.error();
        return 0;
    }
    m_store = std::move(store).value();
    if (Error e = m_store->replaceConfiguredServices(m_config.services); !e.isNull()) {
        *error = e;
        return 0;
    }
    qCInfo(lcServer) << "catalog loaded:" << m_config.services.size() << "services";

    if (!m_config.listenAddress.isLoopback())
        qCWarning(lcServer) << "listening on a non-loopback address"
                            << m_config.listenAddress.toString()
                            << "- put TLS in front of gatehoused";
    m_api = new HttpApi(m_store.get());
    return m_api->listen(m_config.listenAddress, m_config.listenPort, error);
}

} // namespace gatehouse::server
