#pragma once

#include "Error.h"

#include <QStringList>
#include <QUrl>

namespace gatehouse {

// How the identity provider issues an access token for the control plane's API.
enum class ApiTokenMode {
    // RFC 8707: `resource` in the authorization request and in a refresh right
    // after the code exchange (oidc-provider, Keycloak with resource support).
    ResourceIndicator,
    // A scope names the API's audience (Entra ID's "api://…/.default"); it is
    // added to the authorization request, and no `resource` is sent anywhere.
    AudienceScope,
    // The authorization server has one fixed audience (an Okta custom
    // authorization server, Keycloak's audience mapper): the code exchange's
    // access token is the API's.
    CodeExchangeToken,
};

// "resource", "scope", "code": the names profiles are saved with.
QString apiTokenModeName(ApiTokenMode mode);
[[nodiscard]] bool parseApiTokenMode(const QString &text, ApiTokenMode *mode);

// Where a console connects: one control plane and the IdP that signs its users in.
struct Profile
{
    QString name;
    QUrl controlPlaneUrl;
    QUrl issuer;
    QString clientId = u"gatehouse-console"_qs;
    // Audiences besides clientId that an ID token may also name; a token for
    // any other audience is refused (OIDC Core 3.1.3.7). Empty: only clientId.
    QStringList trustedAudiences;
    QStringList scopes{u"openid"_qs, u"profile"_qs, u"email"_qs, u"groups"_qs,
                       u"offline_access"_qs};
    ApiTokenMode apiTokenMode = ApiTokenMode::ResourceIndicator;
    // RFC 8707 resource the control plane's access tokens are issued for (ResourceIndicator).
    QString apiResource = u"urn:gatehouse:api"_qs;
    // The scope that names the API's audience, e.g. "api://gatehouse/.default" (AudienceScope).
    QString apiScope;
    // The access-log cache keeps this many days of lines (0: no age limit)
    // and at most this many lines (0: no count limit), oldest dropped first.
    int accessLogDays = 7;
    qint64 accessLogMaxLines = 2'000'000;
    // The audit key this profile trusts: a SHA-256 fingerprint (hex) or the
    // path of a PEM public key file. Empty: the Audit tab checks only that the
    // chain is consistent with itself.
    QString auditKey;
    // A copy of gatehoused's checkpoint directory (or file), when the
    // operator ships it to auditors; empty when there is none.
    QString auditCheckpoints;

    // The scope of the authorization request: the scopes, plus the API's in AudienceScope mode.
    QStringList authorizationScopes() const;
    // The `resource` parameter to send, or empty when this mode sends none.
    QString resourceParameter() const;

    // A null Error when both URLs are acceptable (https, or http on loopback)
    // and the token mode has what it needs.
    Error validate() const;
};

} // namespace gatehouse
