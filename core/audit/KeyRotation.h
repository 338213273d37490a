#pragma once

#include "audit/AuditRecord.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

class Ed25519Key;

// Rotating the audit signing key is itself an audit record: it names the old
// and the new public key, and both keys sign a statement of the hand-over
// bound to the record's place in the chain (its seq and prev_hash). A verifier
// that pins any key of the rotation chain can therefore walk to every other
// one, and nobody without the key in force can add a rotation.
namespace keyrotation {

inline const QString kAction = u"audit.key_rotated"_qs;
inline const QString kObjectType = u"audit_key"_qs;

// The bytes both keys sign.
QByteArray statement(qint64 seq, const QString &prevHash, const QDateTime &at,
                     const QString &oldFingerprint, const QString &newFingerprint);

// Fills actor-independent fields of a rotation record whose seq, prev_hash and
// time are set: object id, before (old key), after (new key and signatures).
void fill(AuditRecord &record, const Ed25519Key &oldKey, const Ed25519Key &newKey);

struct Check
{
    QByteArray oldKey; // 32 raw bytes, empty when unreadable
    QByteArray newKey;
    QString problem; // empty when both signatures hold
};
// Reads a rotation record and checks both signatures against the keys it
// names. Whether the old key is the one in force is the caller's question.
Check check(const AuditRecord &record);

} // namespace keyrotation
} // namespace gatehouse
