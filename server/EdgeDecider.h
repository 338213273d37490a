#pragma once

#include "Clock.h"

#include <QByteArray>

#include <string>
#include <utility>
#include <vector>

namespace gatehouse::server {

class AccessTokenVerifier;
class DecisionLog;
class EdgeSnapshotKeeper;
class Metrics;

// What Caddy's forward_auth asks, as the edge listener read it.
struct EdgeQuestion
{
    QByteArray authorization;
    QByteArray method;  // X-Forwarded-Method
    QByteArray host;    // X-Forwarded-Host
    QByteArray uri;     // X-Forwarded-Uri
    bool routed = true; // false: Caddy's catch-all site asked (/v1/authz/caddy/unrouted)
};

// The answer, in the shape /v1/authz/caddy has always had: 200 with the
// identity headers Caddy copies, 401 with WWW-Authenticate, or 403 with the
// reason in a text body; always X-Gatehouse-Decision and -Decision-Id.
struct EdgeAnswer
{
    int status = 403;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

// Decides forward_auth questions on any thread: the caller from the token
// (verified tokens cached by hash), the rest from the current snapshot. The
// decision is recorded through the decision log's queue; nothing here reads
// the store or waits for another thread.
class EdgeDecider
{
public:
    EdgeDecider(EdgeSnapshotKeeper *snapshots, AccessTokenVerifier *verifier, DecisionLog *log,
                Metrics *metrics);

    // The adjustable test clock, or the system clock (the default).
    void setTimeSource(const gatehouse::Clock *time) { m_time = time; }

    EdgeAnswer decide(const EdgeQuestion &question) const;

private:
    EdgeSnapshotKeeper *m_snapshots;
    AccessTokenVerifier *m_verifier;
    DecisionLog *m_log;
    Metrics *m_metrics;
    const gatehouse::Clock *m_time = &gatehouse::Clock::system();
};

} // namespace gatehouse::server
