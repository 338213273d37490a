#pragma once

#include <QString>

namespace gatehouse {

// The one spelling of an edge host, used wherever a host names a service:
// the catalog (configured or added through the API), its clash check, the
// edge decider reading X-Forwarded-Host, and the Caddyfile. Lower case, the
// port dropped, one trailing dot dropped, international names in ASCII
// (IDNA, as QUrl::toAce writes them). "Payments.Localhost.:8443" and
// "payments.localhost" are one host, so they belong to one service.
//
// Returns an empty string for text that is not a host name (or an IP
// literal): empty labels, characters outside letters, digits and dashes, a
// port that is not a number, a wildcard.
[[nodiscard]] QString normalisedEdgeHost(const QString &host);

} // namespace gatehouse
