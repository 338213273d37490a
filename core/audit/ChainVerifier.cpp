#include "ChainVerifier.h"

#include "Ed25519Key.h"
#include "KeyRotation.h"

#include <algorithm>

namespace gatehouse {

namespace {

QString when(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_qs) + u" UTC"_qs;
}

QString keyName(const QString &fingerprint)
{
    return u"key "_qs + shortFingerprint(fingerprint);
}

} // namespace

ChainVerifier::ChainVerifier(std::optional<PinnedKey> pin, QString prevHash)
    : m_pin(std::move(pin))
    , m_prevHash(std::move(prevHash))
{
    if (m_pin)
        m_report.pinnedFingerprint = m_pin->fingerprint();
}

void ChainVerifier::setHead(const SignedHead &head)
{
    m_head = head;
    m_hashesWanted.insert(head.seq, QString());
}

void ChainVerifier::setCheckpoints(const QList<Checkpoint> &checkpoints)
{
    m_checkpoints = checkpoints;
    m_report.checkpointsGiven = int(checkpoints.size());
    for (const Checkpoint &c : checkpoints)
        m_hashesWanted.insert(c.head.seq, QString());
}

bool ChainVerifier::add(const QList<AuditRecord> &records)
{
    for (const AuditRecord &r : records)
        if (!add(r))
            return false;
    return true;
}

bool ChainVerifier::add(const AuditRecord &r)
{
    if (!m_report.chainOk())
        return false;
    if (m_nextSeq < 0) {
        // A whole chain starts at 1; a range wherever its first record is.
        m_nextSeq = m_prevHash == kGenesisHash ? 1 : r.seq;
        m_report.firstSeq = m_nextSeq;
    }
    if (r.seq > m_nextSeq) {
        markBroken(m_nextSeq, u"record is missing (deleted?)"_qs);
        return false;
    }
    QString problem;
    if (r.seq != m_nextSeq)
        problem = u"out of sequence: expected %1"_qs.arg(m_nextSeq);
    else if (r.prevHash != m_prevHash)
        problem = u"prev_hash does not match the hash of record %1 (a record before it was "
                  "removed, inserted or rehashed?)"_qs.arg(r.seq - 1);
    else if (r.computeHash() != r.hash)
        problem = u"content does not match its hash (record rewritten?)"_qs;
    else if (r.action == keyrotation::kAction) {
        const keyrotation::Check rotation = keyrotation::check(r);
        const QString oldFp = Ed25519Key::fingerprintOf(rotation.oldKey);
        if (!rotation.problem.isEmpty())
            problem = rotation.problem + u" (forged rotation?)"_qs;
        else if (!m_report.keys.isEmpty() && m_report.keys.constLast().second != oldFp)
            problem =
                u"key rotation hands over from %1, but %2 is in force (forged rotation?)"_qs.arg(
                    keyName(oldFp), keyName(m_report.keys.constLast().second));
        else {
            if (m_report.keys.isEmpty())
                m_report.keys.append({m_report.firstSeq, oldFp});
            m_report.keys.append({r.seq, Ed25519Key::fingerprintOf(rotation.newKey)});
            ++m_report.rotations;
        }
    }
    if (!problem.isEmpty()) {
        markBroken(r.seq, problem);
        return false;
    }
    if (m_hashesWanted.contains(r.seq))
        m_hashesWanted[r.seq] = r.hash;
    ++m_report.recordsChecked;
    m_report.lastSeq = r.seq;
    m_report.lastHash = r.hash;
    m_prevHash = r.hash;
    ++m_nextSeq;
    return true;
}

void ChainVerifier::markBroken(qint64 seq, const QString &reason)
{
    if (!m_report.chainOk())
        return;
    m_report.brokenSeq = seq;
    m_report.brokenReason = reason;
}

QString ChainVerifier::expectedFingerprintAt(qint64 seq) const
{
    QString fp;
    for (const auto &[from, fingerprint] : m_report.keys)
        if (from <= seq || fp.isEmpty())
            fp = fingerprint;
    return fp;
}

bool ChainVerifier::checkSignature(const SignedHead &head, const QString &claimedFingerprint,
                                   QString *problem)
{
    const QString expected = expectedFingerprintAt(head.seq);
    const QString actual = Ed25519Key::fingerprintOf(head.publicKey);
    if (claimedFingerprint != actual) {
        *problem = u"it names %1 but carries another key"_qs.arg(keyName(claimedFingerprint));
        return false;
    }
    if (actual != expected) {
        *problem = u"signed by %1, but %2 was in force at seq %3"_qs
                       .arg(keyName(actual), keyName(expected))
                       .arg(head.seq);
        return false;
    }
    const auto key = Ed25519Key::fromPublicKey(head.publicKey);
    if (!key || !head.verify(key.value())) {
        *problem = u"the signature does not verify with %1"_qs.arg(keyName(actual));
        return false;
    }
    return true;
}

TrustReport ChainVerifier::finish()
{
    TrustReport &r = m_report;
    // Which key was in force at the start, when no rotation record says.
    if (r.keys.isEmpty()) {
        QString first;
        if (m_pin)
            first = m_pin->fingerprint();
        else if (m_head)
            first = m_head->fingerprint();
        else if (!m_checkpoints.isEmpty())
            first = m_checkpoints.constFirst().fingerprint;
        if (!first.isEmpty())
            r.keys.append({std::max<qint64>(r.firstSeq, 1), first});
    }
    if (m_pin) {
        const bool inChain = std::any_of(r.keys.cbegin(), r.keys.cend(), [&](const auto &k) {
            return k.second == m_pin->fingerprint();
        });
        r.pin = inChain ? TrustReport::Pin::Matches : TrustReport::Pin::Mismatch;
    }

    if (m_head) {
        r.headChecked = true;
        r.headSeq = m_head->seq;
        r.headFingerprint = m_head->fingerprint();
        const bool covered =
            r.recordsChecked > 0 && m_head->seq >= r.firstSeq && m_head->seq <= r.lastSeq;
        QString problem;
        if (!r.chainOk() && !covered)
            problem = u"not checked: the chain is broken before it"_qs;
        else if (!covered)
            problem = u"it is at seq %1, beyond the last record (%2): records were removed"_qs
                          .arg(m_head->seq)
                          .arg(r.lastSeq);
        else if (m_hashesWanted.value(m_head->seq) != m_head->hash)
            problem = u"its hash is not record %1's"_qs.arg(m_head->seq);
        else if (checkSignature(*m_head, r.headFingerprint, &problem))
            r.headOk = true;
        r.headProblem = problem;
        if (m_pin && r.pin == TrustReport::Pin::Matches &&
            r.headFingerprint != expectedFingerprintAt(m_head->seq))
            r.pin = TrustReport::Pin::Mismatch;
    }

    for (const Checkpoint &c : m_checkpoints) {
        const qint64 seq = c.head.seq;
        if (seq < r.firstSeq || seq == 0)
            continue; // before the range verified
        QString problem;
        if (seq > r.lastSeq) {
            if (!r.chainOk())
                continue; // the break is reported; no chain to compare with
            problem = u"is beyond the end of the chain (seq %1): records were removed after "
                      "it"_qs.arg(r.lastSeq);
        } else if (m_hashesWanted.value(seq) != c.head.hash)
            problem = u"disagrees with the database: the chain was rewritten after it"_qs;
        else if (QString why; !checkSignature(c.head, c.fingerprint, &why))
            problem = u"is not signed by the key in force: "_qs + why;
        if (problem.isEmpty()) {
            ++r.checkpointsAgree;
            if (!r.lastCheckpoint || c.head.signedAt >= r.lastCheckpoint->head.signedAt)
                r.lastCheckpoint = c;
        } else if (!r.badCheckpoint) {
            r.badCheckpoint = c;
            r.checkpointProblem = problem;
        }
    }
    if (r.pin == TrustReport::Pin::Matches && !r.headOk && r.checkpointsAgree == 0 &&
        r.rotations == 0)
        r.pin = TrustReport::Pin::Unchecked;
    return r;
}

QStringList TrustReport::summary() const
{
    QStringList out;
    if (!chainOk())
        out << u"BROKEN at seq %1: %2"_qs.arg(brokenSeq).arg(brokenReason);
    if (badCheckpoint)
        out << u"checkpoint at seq %1 (%2, %3:%4) %5"_qs.arg(badCheckpoint->head.seq)
                   .arg(when(badCheckpoint->head.signedAt), kCheckpointFile)
                   .arg(badCheckpoint->line)
                   .arg(checkpointProblem);
    if (headChecked && !headOk)
        out << u"head at seq %1 REJECTED: %2"_qs.arg(headSeq).arg(headProblem);
    if (pin == Pin::Mismatch)
        out << u"the keys that signed this chain (%1) do not include the pinned key %2"_qs.arg(
            [this] {
                QStringList names;
                for (const auto &k : keys)
                    names << shortFingerprint(k.second);
                if (headChecked && !names.contains(shortFingerprint(headFingerprint)))
                    names << shortFingerprint(headFingerprint);
                return names.join(u", "_qs);
            }(),
            shortFingerprint(pinnedFingerprint));

    if (chainOk())
        out << (recordsChecked == 0
                    ? u"chain is empty"_qs
                    : u"chain intact from seq %1 to %2"_qs.arg(firstSeq).arg(lastSeq));
    if (headChecked && headOk)
        out << u"head at seq %1 signed by key %2"_qs.arg(headSeq).arg(
            shortFingerprint(headFingerprint));
    if (pin == Pin::Matches)
        out << (rotations == 0 ? u"matches the pinned key"_qs
                               : u"matches the pinned key %1 through %2 key rotation(s)"_qs
                                     .arg(shortFingerprint(pinnedFingerprint))
                                     .arg(rotations));
    else if (pin == Pin::Unchecked)
        out << u"NOT CHECKED against the pinned key: no signed head or checkpoint to check"_qs;
    else if (pin == Pin::NotPinned)
        out << u"NO KEY PINNED: this only shows the chain is consistent with itself, not who "
               "signed it"_qs;
    if (checkpointsGiven == 0)
        out << u"no checkpoints given: a rewrite re-signed with the signing key would not be "
               "noticed"_qs;
    else if (checkpointsAgree > 0 && lastCheckpoint)
        out << u"%1 checkpoint(s) agree, last at %2 (seq %3)"_qs.arg(checkpointsAgree)
                   .arg(when(lastCheckpoint->head.signedAt))
                   .arg(lastCheckpoint->head.seq);
    else if (!badCheckpoint)
        out << u"no checkpoint falls inside the records checked"_qs;
    return out;
}

} // namespace gatehouse
