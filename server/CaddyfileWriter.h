#pragma once

#include "ServerConfig.h"

namespace gatehouse::server {

// The Caddyfile that puts every service with an upstream behind gatehoused,
// with what Caddy 2.6 needs to be safe: client copies of the identity headers
// dropped before forward_auth, query strings (and tokens in them) kept from
// the authoriser (request line and X-Forwarded-Uri) and from every log Caddy
// writes, every identity header copied, the access log's user_id filled from
// the decided identity, and a catch-all site so every request is logged and
// decided whatever its Host.
QString caddyfile(const ServerConfig &config);

} // namespace gatehouse::server
