#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QUrl>

namespace gatehouse {

// The parts of an OpenID Provider's discovery document the console uses.
struct OidcMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;              // may be empty
    QUrl revocationEndpoint;            // may be empty: sign-out then only forgets the token
    QUrl introspectionEndpoint;         // may be empty: the session end is then unknown
    bool issParameterSupported = false; // RFC 9207

    static QUrl discoveryUrl(const QUrl &issuer);
    // The document's `issuer` must equal `expectedIssuer` exactly (OIDC
    // Discovery §4.3), and every endpoint must be https or loopback http.
    static Result<OidcMetadata> fromJson(const QJsonObject &document, const QUrl &expectedIssuer);
};

} // namespace gatehouse
