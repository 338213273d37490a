#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace gatehouse {

// One entry of the append-only audit chain. `hash` is the SHA-256 (hex) of the
// canonical JSON of every other field, including `prev_hash`, so changing any
// record breaks every link after it.
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action; // e.g. "grant.created", "grant.expired", "catalog.updated"
    QString objectType;
    QString objectId;
    QJsonValue before; // null when the object did not exist
    QJsonValue after;  // null when the object stopped existing
    QString prevHash;
    QString hash;

    // Canonical form: compact JSON, keys sorted, every field but "hash".
    QByteArray canonicalBytes() const;
    QString computeHash() const;

    QJsonObject toJson() const;
    static Result<AuditRecord> fromJson(const QJsonObject &object);
};

// The prev_hash of the first record.
inline const QString kGenesisHash = QString(64, u'0');

struct ChainVerdict
{
    bool ok = true;
    qint64 recordsChecked = 0;
    qint64 firstBrokenSeq = -1; // -1 when ok
    QString reason;
};

// Checks sequence continuity, each record's own hash, each link and each key
// rotation's signatures (ChainVerifier without a key or head). `prevHash`
// is what the first record must point at (genesis for a full chain, or the hash
// of the record before an exported range).
ChainVerdict verifyChain(const QList<AuditRecord> &records, const QString &prevHash = kGenesisHash);

} // namespace gatehouse
