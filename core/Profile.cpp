#include "Profile.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>

namespace gatehouse {

QString apiTokenModeName(ApiTokenMode mode)
{
    switch (mode) {
    case ApiTokenMode::ResourceIndicator:
        return u"resource"_qs;
    case ApiTokenMode::AudienceScope:
        return u"scope"_qs;
    case ApiTokenMode::CodeExchangeToken:
        return u"code"_qs;
    }
    return u"resource"_qs;
}

bool parseApiTokenMode(const QString &text, ApiTokenMode *mode)
{
    for (const auto m : {ApiTokenMode::ResourceIndicator, ApiTokenMode::AudienceScope,
                         ApiTokenMode::CodeExchangeToken}) {
        if (text == apiTokenModeName(m)) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QStringList Profile::authorizationScopes() const
{
    QStringList out = scopes;
    if (apiTokenMode == ApiTokenMode::AudienceScope && !out.contains(apiScope))
        out.append(apiScope);
    return out;
}

QString Profile::resourceParameter() const
{
    return apiTokenMode == ApiTokenMode::ResourceIndicator ? apiResource : QString();
}

Error Profile::validate() const
{
    if (Error e = checkEndpointUrl(controlPlaneUrl,
                                   QCoreApplication::translate("Profile", "control plane"));
        !e.isNull())
        return e;
    if (Error e = checkEndpointUrl(issuer, QCoreApplication::translate("Profile", "issuer"));
        !e.isNull())
        return e;
    if (clientId.isEmpty())
        return Error{u"profile.client_id"_qs,
                     QCoreApplication::translate("Profile", "The profile has no client ID."),
                     {}};
    if (apiTokenMode == ApiTokenMode::ResourceIndicator && apiResource.trimmed().isEmpty())
        return Error{u"profile.api_resource"_qs,
                     QCoreApplication::translate("Profile",
                                                 "Name the API resource to ask the identity "
                                                 "provider for."),
                     {}};
    if (apiTokenMode == ApiTokenMode::AudienceScope &&
        (apiScope.trimmed().isEmpty() || apiScope.contains(u' ')))
        return Error{u"profile.api_scope"_qs,
                     QCoreApplication::translate("Profile",
                                                 "Name the one scope that gives tokens for the "
                                                 "API, e.g. api://gatehouse/.default."),
                     {}};
    return {};
}

} // namespace gatehouse
