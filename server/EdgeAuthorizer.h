#pragma once

#include "Clock.h"
#include "ServerConfig.h"
#include "authz/AccessDecider.h"

#include <QHttpServerResponse>

#include <functional>
#include <optional>

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
    // What Caddy's forward_auth asks: the caller's Authorization header and
    // X-Forwarded-Method, -Host and -Uri.
    struct Question
    {
        QByteArray authorization;
        QString method;
        QString host;
        QString uri;
    };
    // Milliseconds on a monotonic clock; injectable so tests can step it.
    using Clock = std::function<qint64()>;
    // How stale the held grants and catalog may be, at most.
    static constexpr qint64 kRefreshIntervalMs = 250;

    EdgeAuthorizer(Store *store, GrantRepository *grants, AccessTokenVerifier *verifier,
                   const QList<StandingPermission> &permissions, DecisionLog *log,
                   Metrics *metrics);

    // /v1/authz/caddy: a request for a host one of Caddy's sites serves.
    QHttpServerResponse decide(const QHttpServerRequest &request);
    // /v1/authz/caddy/unrouted: a request Caddy's catch-all site took (a host
    // no site serves). Always refused, and recorded like every decision.
    QHttpServerResponse refuseUnrouted(const QHttpServerRequest &request);

    QHttpServerResponse decide(const Question &question, bool routed = true);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Where "now" comes from when grant expiry is compared: the system clock,
    // or gatehoused's adjustable test clock (the same one the reaper reads).
    void setTimeSource(const gatehouse::Clock *time) { m_time = time; }

private:
    void refreshIfStale();
    static Question question(const QHttpServerRequest &request);

    Store *m_store;
    GrantRepository *m_grants;
    AccessTokenVerifier *m_verifier;
    DecisionLog *m_log;
    Metrics *m_metrics;
    AccessDecider m_decider;
    Clock m_clock;
    const gatehouse::Clock *m_time = &gatehouse::Clock::system();
    std::optional<qint64> m_lastCheckMs;
    qint64 m_catalogVersion = -1;
    qint64 m_grantsVersion = -1;
};

} // namespace gatehouse::server
