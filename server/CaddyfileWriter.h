#pragma once

#include "ServerConfig.h"

namespace gatehouse::server {

// The Caddyfile that puts every service with an upstream behind gatehoused,
// with what Caddy 2.6 needs to be safe: client copies of the identity headers
// dropped before forward_auth, "uri …?" so query strings (and tokens in them)
// never reach the authoriser, every identity header copied, the access log's
// user_id filled from the decided identity.
QString caddyfile(const ServerConfig &config);

} // namespace gatehouse::server
