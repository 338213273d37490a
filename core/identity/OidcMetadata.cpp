#include "OidcMetadata.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <tuple>

namespace gatehouse {

namespace {

QString trMeta(const char *text)
{
    return QCoreApplication::translate("OidcMetadata", text);
}

Error endpoint(const QJsonObject &doc, QStringView key, bool required, QUrl *out)
{
    const QString text = doc.value(key).toString();
    if (text.isEmpty()) {
        if (!required)
            return {};
        return Error{u"signin.discovery"_qs,
                     trMeta(QT_TRANSLATE_NOOP(
                                "OidcMetadata",
                                "The identity provider's configuration is incomplete (no %1)."))
                         .arg(key),
                     key.toString()};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (Error e = checkEndpointUrl(url, key.toString()); !e.isNull())
        return Error{u"signin.discovery"_qs, e.message, e.detail};
    *out = url;
    return {};
}

} // namespace

QUrl OidcMetadata::discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/.well-known/openid-configuration"_qs);
    return url;
}

Result<OidcMetadata> OidcMetadata::fromJson(const QJsonObject &doc, const QUrl &expectedIssuer)
{
    OidcMetadata m;
    const QString issuer = doc.value(u"issuer").toString();
    if (issuer != expectedIssuer.toString())
        return Error{
            u"signin.issuer_mismatch"_qs,
            trMeta(QT_TRANSLATE_NOOP("OidcMetadata",
                                     "The identity provider calls itself %1, not the "
                                     "issuer this profile names (%2)."))
                .arg(issuer.isEmpty() ? u"(nothing)"_qs : issuer, expectedIssuer.toString()),
            {}};
    m.issuer = expectedIssuer;
    for (const auto &[key, required, out] :
         {std::tuple{u"authorization_endpoint", true, &m.authorizationEndpoint},
          std::tuple{u"token_endpoint", true, &m.tokenEndpoint},
          std::tuple{u"jwks_uri", true, &m.jwksUri},
          std::tuple{u"userinfo_endpoint", false, &m.userinfoEndpoint},
          std::tuple{u"revocation_endpoint", false, &m.revocationEndpoint},
          std::tuple{u"introspection_endpoint", false, &m.introspectionEndpoint}}) {
        if (Error e = endpoint(doc, key, required, out); !e.isNull())
            return e;
    }
    m.issParameterSupported = doc.value(u"authorization_response_iss_parameter_supported").toBool();
    const QJsonArray methods = doc.value(u"code_challenge_methods_supported").toArray();
    if (!methods.isEmpty() && !methods.contains(u"S256"_qs))
        return Error{u"signin.discovery"_qs,
                     trMeta(QT_TRANSLATE_NOOP("OidcMetadata",
                                              "The identity provider does not support PKCE with "
                                              "S256, which Gatehouse requires.")),
                     {}};
    return m;
}

} // namespace gatehouse
