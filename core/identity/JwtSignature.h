#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse {

class Jwk;

// Verifies a JWS signature with OpenSSL. Supports RS256, PS256, ES256 and
// EdDSA (Ed25519); anything else, and any key/algorithm mismatch, fails.
bool verifyJwsSignature(const QString &alg, const Jwk &key, const QByteArray &signingInput,
                        const QByteArray &signature);

} // namespace gatehouse
