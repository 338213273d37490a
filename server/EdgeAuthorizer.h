#pragma once

#include "ServerConfig.h"
#include "authz/AccessDecider.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>

class QHttpServerRequest;

namespace gatehouse::server {

class AccessTokenVerifier;
class DecisionLog;
class GrantRepository;
class Metrics;
class Store;

// Answers Caddy's forward_auth: who is calling (edge-audience token), which
// service (by host), and whether a grant or standing rule covers the method
// and path. Grants and catalog are held in memory and re-read when the store
// shows a change, checked at most every 250 ms, so a new grant, a revocation
// or a catalog change reaches the edge within that time on every replica;
// expiry needs no re-read, it is compared with the clock on every request.
class EdgeAuthorizer
{
public:
    EdgeAuthorizer(Store *store, GrantRepository *grants, AccessTokenVerifier *verifier,
                   const QList<StandingPermission> &permissions, DecisionLog *log,
                   Metrics *metrics);

    QHttpServerResponse decide(const QHttpServerRequest &request);

private:
    void refreshIfStale();

    Store *m_store;
    GrantRepository *m_grants;
    AccessTokenVerifier *m_verifier;
    DecisionLog *m_log;
    Metrics *m_metrics;
    AccessDecider m_decider;
    QElapsedTimer m_sinceCheck;
    qint64 m_catalogVersion = -1;
    qint64 m_grantsVersion = -1;
};

} // namespace gatehouse::server
