#pragma once

#include "identity/OidcMetadata.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

// Fetches and checks the provider's discovery document. Errors are sign-in
// errors (unreachable, issuer mismatch, incomplete configuration).
void discoverProvider(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                      std::function<void(Result<OidcMetadata>)> done);

} // namespace gatehouse
