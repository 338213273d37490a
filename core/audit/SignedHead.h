#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace gatehouse {

class Ed25519Key;

// The last sequence number and hash of the audit chain, signed by the control
// plane. An export carries it, so anyone holding the public key can check that
// the exported records end where the control plane said the chain ended.
//
// The head names the key that signed it, but that proves nothing by itself:
// anyone can sign with a key of their own and name it. Verification takes the
// expected key from the verifier (see PinnedKey and ChainVerifier).
struct SignedHead
{
    qint64 seq = 0;
    QString hash;
    QDateTime signedAt;
    QByteArray signature; // Ed25519, over message()
    QByteArray publicKey; // 32 raw bytes, as the head claims: not a trust anchor

    QByteArray message() const;
    static SignedHead sign(qint64 seq, const QString &hash, const QDateTime &at,
                           const Ed25519Key &key);
    // True when `trusted` made the signature (and the head names that key).
    [[nodiscard]] bool verify(const Ed25519Key &trusted) const;
    QString fingerprint() const; // of the key the head names

    QJsonObject toJson() const;
    static Result<SignedHead> fromJson(const QJsonObject &object);
};

} // namespace gatehouse
