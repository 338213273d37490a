#pragma once

#include "Error.h"

#include <QUrl>

namespace gatehouse {

bool isLoopbackHost(const QString &host);

// Endpoints (issuer, control plane) must use https; plain http is accepted only
// when the host is loopback. Returns a null Error when the URL is acceptable.
Error checkEndpointUrl(const QUrl &url, const QString &what);

} // namespace gatehouse
