#include "PackVerifier.h"

#include "PackFiles.h"
#include "Populations.h"
#include "audit/ChainVerifier.h"
#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"
#include "grants/Grant.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace gatehouse::evidence {

namespace {

struct Reader
{
    QString dir;
    PackReport *report;

    std::optional<QByteArray> read(const QString &relative) const
    {
        QFile f(QDir(dir).filePath(relative));
        if (!f.open(QIODevice::ReadOnly)) {
            report->problems << u"%1: missing or unreadable"_qs.arg(relative);
            return std::nullopt;
        }
        return f.readAll();
    }
};

// The key in force just before `seq`, walked from the pinned key along the
// rotation records (each signed by both of its keys). Empty when the pinned
// key is not in the history.
QString keyBefore(qint64 seq, const QList<AuditRecord> &history, const PinnedKey &pin,
                  QStringList *problems)
{
    QStringList chain; // fingerprints in order
    QList<qint64> from;
    for (const AuditRecord &r : history) {
        const keyrotation::Check c = keyrotation::check(r);
        if (r.computeHash() != r.hash || !c.problem.isEmpty()) {
            *problems << u"%1: rotation record seq %2 does not verify (%3)"_qs.arg(
                files::kKeyHistory, QString::number(r.seq),
                c.problem.isEmpty() ? u"its hash"_qs : c.problem);
            return {};
        }
        const QString oldFp = Ed25519Key::fingerprintOf(c.oldKey);
        if (chain.isEmpty()) {
            chain << oldFp;
            from << 0;
        } else if (chain.constLast() != oldFp) {
            *problems << u"%1: rotation at seq %2 hands over from a key that was not in force"_qs
                             .arg(files::kKeyHistory)
                             .arg(r.seq);
            return {};
        }
        chain << Ed25519Key::fingerprintOf(c.newKey);
        from << r.seq;
    }
    if (chain.isEmpty())
        return pin.fingerprint();
    if (!chain.contains(pin.fingerprint())) {
        *problems << u"%1: the pinned key %2 is not among the audit keys of this chain"_qs.arg(
            files::kKeyHistory, shortFingerprint(pin.fingerprint()));
        return {};
    }
    QString key = chain.constFirst();
    for (int i = 1; i < chain.size(); ++i)
        if (from[i] < seq)
            key = chain[i];
    return key;
}

void checkManifest(const Reader &in, const QByteArray &manifest, PackReport *report)
{
    QSet<QString> listed;
    int good = 0;
    for (const QByteArray &line : manifest.split('\n')) {
        if (line.isEmpty())
            continue;
        const QString hex = QString::fromLatin1(line.left(64));
        const QString path = QString::fromUtf8(line.mid(66));
        if (line.size() < 67 || line.mid(64, 2) != "  " || path.contains(u"..") ||
            QDir::isAbsolutePath(path)) {
            report->problems << u"%1: a line is not '<sha256>  <file>'"_qs.arg(files::kManifest);
            continue;
        }
        listed.insert(path);
        const auto bytes = in.read(path);
        if (!bytes)
            continue;
        if (sha256Hex(*bytes) != hex)
            report->problems << u"%1: SHA-256 does not match the manifest (file changed)"_qs.arg(
                path);
        else
            ++good;
    }
    QDirIterator it(in.dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QSet<QString> own{files::kManifest, files::kStatement, files::kSignature};
    while (it.hasNext()) {
        const QString relative = QDir(in.dir).relativeFilePath(it.next());
        if (!listed.contains(relative) && !own.contains(relative))
            report->problems << u"%1: not listed in the manifest (added after signing)"_qs.arg(
                relative);
    }
    if (good == listed.size())
        report->findings << u"files: all %1 files match the SHA-256 in the manifest"_qs.arg(good);
}

void checkPopulations(const Reader &in, const QList<AuditRecord> &segment, PackReport *report)
{
    int rows = 0;
    int files = 0;
    bool allOk = true;
    QSet<QString> expected;
    for (const Population &p : buildPopulations(segment)) {
        const QString relative = files::kPopulations + p.file;
        expected.insert(relative);
        const auto bytes = in.read(relative);
        if (!bytes) {
            allOk = false;
            continue;
        }
        if (*bytes != p.csv) {
            allOk = false;
            const QList<QByteArray> have = bytes->split('\n');
            const QList<QByteArray> want = p.csv.split('\n');
            int line = 0;
            while (line < have.size() && line < want.size() && have[line] == want[line])
                ++line;
            report->problems << u"%1: line %2 is not what the chain segment says"_qs.arg(
                relative, QString::number(line + 1));
            continue;
        }
        rows += p.rows;
        ++files;
    }
    const QDir populations(QDir(in.dir).filePath(files::kPopulations));
    for (const QString &name : populations.entryList(QDir::Files))
        if (!expected.contains(files::kPopulations + name)) {
            allOk = false;
            report->problems << u"%1%2: not a population this pack computes"_qs.arg(
                files::kPopulations, name);
        }
    if (allOk)
        report->findings << u"populations: all %1 CSV files are exactly what the chain segment "
                            "says (%2 rows)"_qs.arg(files)
                                .arg(rows);
}

} // namespace

PackReport verifyPack(const QString &dir, const PinnedKey &pin)
{
    PackReport report;
    const Reader in{QDir(dir).absolutePath(), &report};
    const auto manifest = in.read(files::kManifest);
    const auto statement = in.read(files::kStatement);
    const auto signature = in.read(files::kSignature);
    const auto segmentText = in.read(files::kSegment);
    const auto headsText = in.read(files::kHeads);
    const auto checkpointText = in.read(files::kCheckpoints);
    const auto historyText = in.read(files::kKeyHistory);
    const auto beforeText = in.read(files::kBefore);
    if (!manifest || !statement || !signature || !segmentText || !headsText || !checkpointText ||
        !historyText || !beforeText)
        return report;

    // Files first: a changed file is named by its hash before anything else.
    checkManifest(in, *manifest, &report);

    auto segment = parseRecordLines(*segmentText, files::kSegment);
    auto history = parseRecordLines(*historyText, files::kKeyHistory);
    const QJsonObject heads = QJsonDocument::fromJson(*headsText).object();
    auto start = SignedHead::fromJson(heads.value(u"start").toObject());
    auto end = SignedHead::fromJson(heads.value(u"end").toObject());
    QList<Checkpoint> checkpoints;
    int cpLine = 0;
    for (const QByteArray &line : checkpointText->split('\n')) {
        ++cpLine;
        if (line.isEmpty())
            continue;
        auto c = Checkpoint::fromLine(line);
        if (!c)
            report.problems
                << u"%1 line %2: unreadable checkpoint"_qs.arg(files::kCheckpoints).arg(cpLine);
        else
            checkpoints << c.value();
    }
    if (!segment || segment->isEmpty()) {
        report.problems << (segment ? u"%1: empty"_qs.arg(files::kSegment)
                                    : segment.error().message);
        return report;
    }
    if (!history) {
        report.problems << history.error().message;
        return report;
    }
    if (!start || !end) {
        report.problems << u"%1: the signed heads are unreadable"_qs.arg(files::kHeads);
        return report;
    }

    // The chain, from the key in force before its first record.
    const qint64 firstSeq = segment->constFirst().seq;
    const QString startKey = keyBefore(firstSeq, history.value(), pin, &report.problems);
    if (startKey.isEmpty())
        return report;
    ChainVerifier chain(PinnedKey::fromFingerprint(startKey), start->hash);
    chain.setHead(end.value());
    chain.setCheckpoints(checkpoints);
    (void)chain.add(segment.value());
    const TrustReport trust = chain.finish();
    const AuditRecord &exportRecord = segment->constLast();
    if (!trust.ok())
        report.problems << files::kSegment + u": "_qs + trust.summary().join(u"; "_qs);
    else if (end->seq != exportRecord.seq || exportRecord.action != kExportAction)
        report.problems << u"%1: the segment does not end at the signed export record"_qs.arg(
            files::kSegment);
    else
        report.findings << u"chain: "_qs + trust.summary().join(u"; "_qs);

    // Both heads are signed at the export by the key then in force (which
    // signed the end head): the start head ties the segment's first link to
    // what the control plane said came before it.
    const auto startPublic = Ed25519Key::fromPublicKey(start->publicKey);
    if (start->seq != firstSeq - 1 || start->hash != segment->constFirst().prevHash)
        report.problems << u"%1: the start head is not at the record before the segment"_qs.arg(
            files::kHeads);
    else if (!trust.headOk || start->publicKey != end->publicKey || !startPublic ||
             !start->verify(startPublic.value()))
        report.problems << u"%1: the start head at seq %2 is not signed by the key that signed "
                           "the end head"_qs.arg(files::kHeads)
                               .arg(start->seq);
    else
        report.findings << u"start head at seq %1 (the record before the segment) signed by key "
                           "%2"_qs.arg(start->seq)
                               .arg(shortFingerprint(start->fingerprint()));

    // The manifest's signature: by the key that signed the end head.
    qint64 sealedSeq = 0;
    QString sealedDigest;
    const auto signer = Ed25519Key::fromPublicKey(end->publicKey);
    if (!parseSealStatement(*statement, &sealedSeq, &sealedDigest))
        report.problems << u"%1: not a manifest statement"_qs.arg(files::kStatement);
    else if (!trust.headOk || !signer || !signer->verify(*statement, *signature))
        report.problems << u"%1: the signature does not verify with the audit key in force at "
                           "the export (%2)"_qs.arg(files::kSignature,
                                                    shortFingerprint(trust.headFingerprint));
    else if (sealedSeq != exportRecord.seq)
        report.problems << u"%1: it seals export record %2, but this segment ends at %3"_qs.arg(
            files::kStatement, QString::number(sealedSeq), QString::number(exportRecord.seq));
    else if (sealedDigest != sha256Hex(*manifest))
        report.problems << u"%1: its SHA-256 is not the one the signed statement names (manifest "
                           "changed)"_qs.arg(files::kManifest);
    else
        report.findings << u"manifest: signed by audit key %1 (reached from the pinned key %2) "
                           "for export record %3"_qs
                               .arg(shortFingerprint(trust.headFingerprint),
                                    shortFingerprint(pin.fingerprint()))
                               .arg(sealedSeq);

    // Where the segment starts: the record before it is older than the
    // period (so no record of the period was left out at the front).
    const ExportScope scope = ExportScope::of(exportRecord);
    const auto before = parseRecordLines(*beforeText, files::kBefore);
    if (!before)
        report.problems << before.error().message;
    else if (firstSeq == 1 ? !before->isEmpty() : before->size() != 1)
        report.problems << u"%1: must hold the one record before the segment"_qs.arg(
            files::kBefore);
    else if (firstSeq > 1) {
        const AuditRecord &r = before->constFirst();
        if (r.seq != firstSeq - 1 || r.computeHash() != r.hash || r.hash != start->hash)
            report.problems << u"%1: it is not the record the start head signs"_qs.arg(
                files::kBefore);
        else if (!scope.from.isValid() || r.time >= scope.from)
            report.problems << u"%1: record %2 is inside the period, so the segment leaves out "
                               "the start of the period"_qs.arg(files::kBefore)
                                   .arg(r.seq);
        else
            report.findings << u"start: the record before the segment (seq %1, %2) is older "
                               "than the period"_qs.arg(r.seq)
                                   .arg(formatTime(r.time));
    }
    if (segment->constFirst().time < scope.from && firstSeq > 1)
        report.problems << u"%1: its first record is older than the period"_qs.arg(files::kSegment);

    checkPopulations(in, segment.value(), &report);
    if (report.ok())
        report.findings << u"%1: its SHA-256 matches; its text is a summary of the files above "
                           "and is not recomputed"_qs.arg(files::kMemo);
    return report;
}

} // namespace gatehouse::evidence
