#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"
#include "audit/Checkpoint.h"
#include "audit/SignedHead.h"

#include <QList>

namespace gatehouse {

// What the control plane hands out for an evidence pack (POST
// /v1/audit/evidence): the chain segment from the first record of the period
// to the record of this export, signed heads at both ends, the checkpoints
// that fall inside it and every key rotation of the chain, so a verifier who
// pinned any key of the rotation chain can tell which key was in force.
namespace evidence {

inline const QString kExportAction = u"evidence.exported"_qs;
inline const QString kSealAction = u"evidence.sealed"_qs;

struct Bundle
{
    QList<AuditRecord> records; // the segment; the last one is the export record
    SignedHead startHead;       // at seq first - 1 (0 with the genesis hash)
    SignedHead endHead;         // at the export record
    QList<Checkpoint> checkpoints;
    QList<AuditRecord> keyHistory; // every audit.key_rotated record
    // The record just before the segment (none when it starts at seq 1): its
    // time, before the period, shows the segment starts where the period does.
    QList<AuditRecord> before;

    const AuditRecord &exportRecord() const { return records.constLast(); }
    QJsonObject toJson() const;
    static Result<Bundle> fromJson(const QJsonObject &object);
};

// The statement the audit key signs over a pack's manifest. It names the
// export record it belongs to, so it cannot be taken for a signed head.
QByteArray sealStatement(qint64 exportSeq, const QString &manifestSha256);
// Reads a statement back; false when it is not one.
bool parseSealStatement(const QByteArray &text, qint64 *exportSeq, QString *manifestSha256);

} // namespace evidence
} // namespace gatehouse
