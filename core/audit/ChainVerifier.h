#pragma once

#include "audit/AuditRecord.h"
#include "audit/Checkpoint.h"
#include "audit/PinnedKey.h"
#include "audit/SignedHead.h"

#include <QHash>
#include <QList>

#include <optional>

namespace gatehouse {

// What a verification found, for sentences (summary()) and for widgets.
struct TrustReport
{
    // Unchecked: a key was pinned but nothing signed (head, checkpoint,
    // rotation) was there to check against it.
    enum class Pin { NotPinned, Matches, Mismatch, Unchecked };

    // The chain itself.
    qint64 firstSeq = 0; // 0 when no record was read
    qint64 lastSeq = 0;  // last record that verified
    qint64 recordsChecked = 0;
    QString lastHash;
    qint64 brokenSeq = -1; // first bad record, -1 when none
    QString brokenReason;

    // Keys: the fingerprint in force from each seq (the first from seq 1).
    QList<QPair<qint64, QString>> keys;
    int rotations = 0;

    // The head, when one was given.
    bool headChecked = false;
    bool headOk = false;
    qint64 headSeq = 0;
    QString headFingerprint;
    QString headProblem;

    Pin pin = Pin::NotPinned;
    QString pinnedFingerprint;

    // Checkpoints, when given.
    int checkpointsGiven = 0;
    int checkpointsAgree = 0;
    std::optional<Checkpoint> lastCheckpoint; // the last one that agrees
    std::optional<Checkpoint> badCheckpoint;  // the first one that does not
    QString checkpointProblem;

    bool chainOk() const { return brokenSeq < 0; }
    bool ok() const
    {
        return chainOk() && pin != Pin::Mismatch && (!headChecked || headOk) && !badCheckpoint;
    }
    // One sentence per finding, the most important first.
    QStringList summary() const;
};

// Verifies the audit chain as someone who does not trust the server would:
// every link and hash, each key rotation (signed by the key before it and the
// key after it), the signed head and every checkpoint, with the trust anchor
// (a pinned key) coming from the verifier. Records are fed in order, page by
// page, so chains of any length verify in constant memory (one hash per
// checkpoint is kept).
class ChainVerifier
{
public:
    // `prevHash`: what the first record fed must point at (genesis for a
    // whole chain, or the hash of the record before an exported range).
    explicit ChainVerifier(std::optional<PinnedKey> pin, QString prevHash = kGenesisHash);

    // Before the records: a head to check (its seq must be among them) and
    // checkpoints to compare with them.
    void setHead(const SignedHead &head);
    void setCheckpoints(const QList<Checkpoint> &checkpoints);

    // Returns false once the chain is broken; later records are ignored.
    bool add(const AuditRecord &record);
    bool add(const QList<AuditRecord> &records);
    // A finding from outside the records (e.g. the stored head says the chain
    // is longer than its records: the tail was removed).
    void markBroken(qint64 seq, const QString &reason);

    // Call once, after the last record.
    TrustReport finish();

private:
    QString expectedFingerprintAt(qint64 seq) const;
    bool checkSignature(const SignedHead &head, const QString &claimedFingerprint,
                        QString *problem);

    std::optional<PinnedKey> m_pin;
    QString m_prevHash;
    qint64 m_nextSeq = -1;
    TrustReport m_report;
    std::optional<SignedHead> m_head;
    QList<Checkpoint> m_checkpoints;
    QHash<qint64, QString> m_hashesWanted; // seq -> hash, for the head and checkpoints
    QString m_firstKey;                    // fingerprint in force before any rotation, if known
};

} // namespace gatehouse
