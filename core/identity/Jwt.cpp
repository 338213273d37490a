#include "Jwt.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gatehouse {

namespace {

Error malformed(const QString &detail)
{
    return Error{u"token.malformed"_qs,
                 QCoreApplication::translate("Jwt", "The token is not a well-formed JWT."), detail};
}

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    const auto bytes = base64url::decode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

Result<Jwt> Jwt::parse(const QByteArray &compact)
{
    constexpr qsizetype kMaxTokenSize = 16 * 1024;
    if (compact.size() > kMaxTokenSize)
        return malformed(u"token larger than 16 KiB"_qs);
    const auto first = compact.indexOf('.');
    const auto second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (first <= 0 || second < 0 || compact.indexOf('.', second + 1) >= 0)
        return malformed(u"expected three dot-separated parts"_qs);

    const QByteArrayView view(compact);
    const auto header = decodeObject(view.first(first));
    if (!header)
        return malformed(u"header is not base64url JSON"_qs);
    const auto claims = decodeObject(view.sliced(first + 1, second - first - 1));
    if (!claims)
        return malformed(u"payload is not base64url JSON"_qs);
    const auto signature = base64url::decode(view.sliced(second + 1));
    if (!signature)
        return malformed(u"signature is not base64url"_qs);

    Jwt jwt;
    jwt.header = *header;
    jwt.claims = *claims;
    jwt.signingInput = compact.first(second);
    jwt.signature = *signature;
    return jwt;
}

} // namespace gatehouse
