#pragma once

#include "Error.h"

#include <QStringList>
#include <QUrl>

namespace gatehouse {

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
    // RFC 8707 resource the control plane's access tokens are issued for.
    QString apiResource = u"urn:gatehouse:api"_qs;

    // A null Error when both URLs are acceptable (https, or http on loopback).
    Error validate() const;
};

} // namespace gatehouse
