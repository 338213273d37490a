#pragma once

#include "Jwk.h"
#include "Jwt.h"
#include "Result.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <chrono>

namespace gatehouse {

// What a token must satisfy. Used for ID tokens (console sign-in) and access
// tokens (gatehoused API and forward_auth).
struct TokenRules
{
    QString issuer;        // required, exact match
    QStringList audiences; // at least one must appear in "aud"
    // When set, "aud" may name only `audiences` and `trustedAudiences`: a token
    // also meant for anyone else is refused (OIDC Core 3.1.3.7 item 3).
    bool rejectUntrustedAudiences = false;
    QStringList trustedAudiences;
    QString authorizedParty; // client id; checked per OIDC Core 3.1.3.7 when set
    QString nonce;           // required to match when set
    QString type;            // expected "typ" header (e.g. "at+jwt") when set
    std::chrono::seconds skew{60};
    std::chrono::seconds maxAge{24 * 3600}; // bound on now - iat
    QSet<QString> algorithms{u"RS256"_qs, u"PS256"_qs, u"ES256"_qs, u"EdDSA"_qs};
};

struct ValidatedToken
{
    QJsonObject header;
    QJsonObject claims;
    QString subject;
    QDateTime expiresAt;

    QString claimString(QStringView name) const { return claims.value(name).toString(); }
    QStringList claimStrings(QStringView name) const;
};

namespace tokencheck {
// Error codes of TokenValidator, one per rule; the UI names the failed check.
inline const QString kMalformed = u"token.malformed"_qs;
inline const QString kCritical = u"token.crit"_qs;
inline const QString kAlgorithm = u"token.algorithm"_qs;
inline const QString kType = u"token.type"_qs;
inline const QString kUnknownKey = u"token.unknown_key"_qs;
inline const QString kAmbiguousKey = u"token.ambiguous_key"_qs;
inline const QString kSignature = u"token.signature"_qs;
inline const QString kIssuer = u"token.issuer"_qs;
inline const QString kAudience = u"token.audience"_qs;
inline const QString kUntrustedAudience = u"token.untrusted_audience"_qs;
inline const QString kAuthorizedParty = u"token.azp"_qs;
inline const QString kMissingAuthorizedParty = u"token.no_azp"_qs;
inline const QString kMissingExpiry = u"token.no_exp"_qs;
inline const QString kExpired = u"token.expired"_qs;
inline const QString kNotYetValid = u"token.not_yet_valid"_qs;
inline const QString kMissingIssuedAt = u"token.no_iat"_qs;
inline const QString kIssuedInFuture = u"token.iat_future"_qs;
inline const QString kTooOld = u"token.too_old"_qs;
inline const QString kNonce = u"token.nonce"_qs;
inline const QString kSubject = u"token.subject"_qs;
} // namespace tokencheck

// Checks in a fixed order: structure, algorithm allow-list, key, signature,
// then claims. Only a verified signature lets claims be looked at.
Result<ValidatedToken> validateToken(const QByteArray &compact, const JwkSet &keys,
                                     const TokenRules &rules,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace gatehouse
