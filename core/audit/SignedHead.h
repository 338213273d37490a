#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace gatehouse {

class Ed25519Key;

// The last sequence number and hash of the audit chain, signed by the control
// plane. An export carries it, so anyone holding the public key can check that
// the exported records end where the control plane said the chain ended.
struct SignedHead
{
    qint64 seq = 0;
    QString hash;
    QDateTime signedAt;
    QByteArray signature; // Ed25519, over message()
    QByteArray publicKey; // 32 raw bytes

    QByteArray message() const;
    static SignedHead sign(qint64 seq, const QString &hash, const QDateTime &at,
                           const Ed25519Key &key);
    bool verify() const;

    QJsonObject toJson() const;
    static Result<SignedHead> fromJson(const QJsonObject &object);
};

} // namespace gatehouse
