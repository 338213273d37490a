#pragma once

#include "Error.h"

#include <QHostAddress>

#include <memory>

namespace gatehouse::server {

class EdgeDecider;
class Metrics;

// The edge's decision listener: Caddy's forward_auth asks here
// (/v1/authz/caddy and /v1/authz/caddy/unrouted), HTTP/1.1 with keep-alive,
// on threads of its own so no API call, ingest or store access ever stands
// between Caddy and a decision. Built on Boost.Beast over Boost.Asio.
class EdgeListener
{
public:
    EdgeListener(EdgeDecider *decider, Metrics *metrics, int threads = 2);
    ~EdgeListener(); // stops the threads and closes every connection

    // Binds and starts answering. Returns the bound port (useful with port
    // 0), or 0 with *error set.
    quint16 start(const QHostAddress &address, quint16 port, Error *error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace gatehouse::server
