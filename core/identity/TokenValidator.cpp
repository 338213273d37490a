#include "TokenValidator.h"

#include "JsonSupport.h"
#include "JwtSignature.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse {

namespace {

Error rejected(const QString &code, const char *sentence, const QString &detail = {})
{
    return Error{code, QCoreApplication::translate("TokenValidator", sentence), detail};
}

std::optional<qint64> numericDate(const QJsonObject &claims, QStringView name)
{
    const auto v = claims.value(name);
    if (!v.isDouble())
        return std::nullopt;
    return qint64(v.toDouble());
}

Result<const Jwk *> selectKey(const Jwt &jwt, const JwkSet &keys)
{
    const QString kid = jwt.keyId();
    const QString alg = jwt.algorithm();
    if (!kid.isEmpty()) {
        const Jwk *key = keys.findById(kid);
        if (!key)
            return rejected(
                tokencheck::kUnknownKey,
                QT_TRANSLATE_NOOP("TokenValidator",
                                  "The token was signed with a key the identity provider does not "
                                  "publish."),
                u"kid %1 not in key set"_qs.arg(kid));
        return key;
    }
    const Jwk *candidate = nullptr;
    int count = 0;
    for (const auto &key : keys.keys()) {
        if (key.supportsAlgorithm(alg)) {
            candidate = &key;
            ++count;
        }
    }
    if (count == 0)
        return rejected(
            tokencheck::kUnknownKey,
            QT_TRANSLATE_NOOP(
                "TokenValidator",
                "The token was signed with a key the identity provider does not publish."),
            u"no key for %1"_qs.arg(alg));
    if (count > 1)
        return rejected(tokencheck::kAmbiguousKey,
                        QT_TRANSLATE_NOOP(
                            "TokenValidator",
                            "The token names no key and the identity provider publishes several."),
                        u"%1 candidate keys without kid"_qs.arg(count));
    return candidate;
}

} // namespace

QStringList ValidatedToken::claimStrings(QStringView name) const
{
    return jsonStrings(claims.value(name));
}

Result<ValidatedToken> validateToken(const QByteArray &compact, const JwkSet &keys,
                                     const TokenRules &rules, const QDateTime &now)
{
    auto parsed = Jwt::parse(compact);
    if (!parsed)
        return parsed.error();
    const Jwt &jwt = parsed.value();

    const QString alg = jwt.algorithm();
    if (!rules.algorithms.contains(alg))
        return rejected(tokencheck::kAlgorithm,
                        QT_TRANSLATE_NOOP("TokenValidator",
                                          "The token uses a signing algorithm that is not "
                                          "accepted."),
                        u"alg '%1'"_qs.arg(alg));
    if (jwt.header.contains(u"crit"))
        return rejected(tokencheck::kCritical,
                        QT_TRANSLATE_NOOP("TokenValidator",
                                          "The token requires an extension (\"crit\" header) "
                                          "that is not supported."),
                        u"unsupported crit header"_qs);
    if (!rules.type.isEmpty()) {
        const QString typ = jwt.header.value(u"typ").toString().toLower();
        const QString want = rules.type.toLower();
        if (typ != want && typ != u"application/" + want)
            return rejected(tokencheck::kType,
                            QT_TRANSLATE_NOOP("TokenValidator", "The token is of the wrong type."),
                            u"typ '%1'"_qs.arg(typ));
    }

    auto key = selectKey(jwt, keys);
    if (!key)
        return key.error();
    if (!verifyJwsSignature(alg, *key.value(), jwt.signingInput, jwt.signature))
        return rejected(tokencheck::kSignature,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token's signature is not valid."),
                        u"alg %1 kid %2"_qs.arg(alg, jwt.keyId()));

    const QJsonObject &c = jwt.claims;
    if (c.value(u"iss").toString() != rules.issuer)
        return rejected(tokencheck::kIssuer,
                        QT_TRANSLATE_NOOP("TokenValidator",
                                          "The token was issued by a different identity "
                                          "provider."),
                        u"iss '%1'"_qs.arg(c.value(u"iss").toString()));

    const QStringList aud = jsonStrings(c.value(u"aud"));
    const bool audienceOk = std::any_of(rules.audiences.begin(), rules.audiences.end(),
                                        [&](const QString &a) { return aud.contains(a); });
    if (!audienceOk)
        return rejected(
            tokencheck::kAudience,
            QT_TRANSLATE_NOOP("TokenValidator", "The token is meant for a different audience."),
            u"aud [%1]"_qs.arg(aud.join(u',')));
    if (rules.rejectUntrustedAudiences) {
        for (const QString &a : aud) {
            if (!rules.audiences.contains(a) && !rules.trustedAudiences.contains(a))
                return rejected(tokencheck::kUntrustedAudience,
                                QT_TRANSLATE_NOOP("TokenValidator",
                                                  "The token is also meant for an audience that "
                                                  "is not trusted."),
                                u"untrusted aud '%1'"_qs.arg(a));
        }
    }

    if (!rules.authorizedParty.isEmpty()) {
        const auto azp = c.value(u"azp");
        if (aud.size() > 1 && !azp.isString())
            return rejected(tokencheck::kMissingAuthorizedParty,
                            QT_TRANSLATE_NOOP("TokenValidator",
                                              "The token names several audiences but not the "
                                              "application it was issued to (no \"azp\")."),
                            u"several audiences and no azp"_qs);
        if (azp.isString() && azp.toString() != rules.authorizedParty)
            return rejected(tokencheck::kAuthorizedParty,
                            QT_TRANSLATE_NOOP("TokenValidator",
                                              "The token was issued to a different application."),
                            u"azp '%1'"_qs.arg(azp.toString()));
    }

    const qint64 nowSecs = now.toSecsSinceEpoch();
    const qint64 skew = rules.skew.count();
    const auto exp = numericDate(c, u"exp");
    if (!exp)
        return rejected(tokencheck::kMissingExpiry,
                        QT_TRANSLATE_NOOP("TokenValidator",
                                          "The token does not say when it expires (no \"exp\")."),
                        u"no exp"_qs);
    if (nowSecs - skew >= *exp)
        return rejected(tokencheck::kExpired,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token has expired."),
                        u"exp %1, now %2"_qs.arg(*exp).arg(nowSecs));
    if (const auto nbf = numericDate(c, u"nbf"); nbf && nowSecs + skew < *nbf)
        return rejected(tokencheck::kNotYetValid,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token is not valid yet."),
                        u"nbf %1, now %2"_qs.arg(*nbf).arg(nowSecs));
    const auto iat = numericDate(c, u"iat");
    if (!iat)
        return rejected(tokencheck::kMissingIssuedAt,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token does not say when it was "
                                                            "issued (no \"iat\")."),
                        u"no iat"_qs);
    if (nowSecs + skew < *iat)
        return rejected(
            tokencheck::kIssuedInFuture,
            QT_TRANSLATE_NOOP("TokenValidator", "The token claims to be issued in the future."),
            u"iat %1, now %2"_qs.arg(*iat).arg(nowSecs));
    if (nowSecs - *iat > rules.maxAge.count() + skew)
        return rejected(tokencheck::kTooOld,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token is too old."),
                        u"iat %1, now %2"_qs.arg(*iat).arg(nowSecs));

    if (!rules.nonce.isEmpty() && c.value(u"nonce").toString() != rules.nonce)
        return rejected(tokencheck::kNonce,
                        QT_TRANSLATE_NOOP("TokenValidator",
                                          "The token's nonce does not match this sign-in "
                                          "attempt (it belongs to another sign-in)."),
                        c.contains(u"nonce") ? u"nonce mismatch"_qs : u"no nonce"_qs);

    ValidatedToken token;
    token.header = jwt.header;
    token.claims = c;
    token.subject = c.value(u"sub").toString();
    if (token.subject.isEmpty())
        return rejected(tokencheck::kSubject,
                        QT_TRANSLATE_NOOP("TokenValidator", "The token does not name its subject."),
                        u"no sub"_qs);
    token.expiresAt = QDateTime::fromSecsSinceEpoch(*exp, Qt::UTC);
    qCDebug(lcIdentity) << "token accepted for subject" << token.subject << "alg" << alg;
    return token;
}

} // namespace gatehouse
