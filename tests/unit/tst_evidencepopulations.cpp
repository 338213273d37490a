#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidencePeriod.h"
#include "evidence/PackFiles.h"
#include "evidence/PackVerifier.h"
#include "evidence/Populations.h"
#include "grants/Grant.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::evidence;

namespace {

QDateTime at(const char *text)
{
    return parseTime(QString::fromLatin1(text));
}

struct Chain
{
    QList<AuditRecord> records;
    AuditRecord &append(const QString &action, const QString &type, const QString &id,
                        const QJsonObject &after, const char *time)
    {
        AuditRecord r;
        r.seq = records.size() + 1;
        r.time = at(time);
        r.actor = u"alice"_qs;
        r.action = action;
        r.objectType = type;
        r.objectId = id;
        r.before = QJsonValue(QJsonValue::Null);
        r.after = after;
        r.prevHash = records.isEmpty() ? kGenesisHash : records.constLast().hash;
        r.hash = r.computeHash();
        records.append(r);
        return records.last();
    }
    void grant(const QString &action, const QString &service, const char *time)
    {
        append(
            action, u"grant"_qs, u"g-"_qs + QString::number(records.size()),
            {{u"service"_qs, service}, {u"subject"_qs, u"bob"_qs}, {u"requested_by"_qs, u"bob"_qs}},
            time);
    }
    void exportRecord(const QStringList &services, const char *time, const QJsonArray &reviews = {})
    {
        append(kExportAction, u"evidence"_qs, u"2026-Q4"_qs,
               {{u"period"_qs, u"2026-Q4"_qs},
                {u"from"_qs, u"2026-10-01T00:00:00.000Z"_qs},
                {u"to"_qs, u"2027-01-01T00:00:00.000Z"_qs},
                {u"services"_qs, QJsonArray::fromStringList(services)},
                {u"purpose"_qs, u""_qs},
                {u"standing_permissions"_qs, QJsonArray()},
                {u"catalog"_qs, QJsonArray()},
                {u"access_reviews"_qs, reviews}},
               time);
    }
};

int rows(const QList<Population> &populations, const QString &file)
{
    for (const Population &p : populations)
        if (p.file == file)
            return p.rows;
    return -1;
}

} // namespace

// Populations, periods and CSV cells, and the verifier's walk along key
// rotations that happened before the exported segment.
class TestEvidencePopulations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("quarter") << u"2026-Q4"_qs << u"2026-10-01T00:00:00.000Z"_qs
                                 << u"2027-01-01T00:00:00.000Z"_qs;
        QTest::newRow("first quarter")
            << u"2026-q1"_qs << u"2026-01-01T00:00:00.000Z"_qs << u"2026-04-01T00:00:00.000Z"_qs;
        QTest::newRow("month") << u"2026-02"_qs << u"2026-02-01T00:00:00.000Z"_qs
                               << u"2026-03-01T00:00:00.000Z"_qs;
        QTest::newRow("year") << u"2026"_qs << u"2026-01-01T00:00:00.000Z"_qs
                              << u"2027-01-01T00:00:00.000Z"_qs;
        QTest::newRow("Q5") << u"2026-Q5"_qs << QString() << QString();
        QTest::newRow("month 13") << u"2026-13"_qs << QString() << QString();
        QTest::newRow("words") << u"last quarter"_qs << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void periods()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        const auto p = EvidencePeriod::parse(text);
        QCOMPARE(p.ok(), !from.isEmpty());
        if (p) {
            QCOMPARE(formatTime(p->from), from);
            QCOMPARE(formatTime(p->to), to);
        }
    }

    void csvCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"payments"_qs << u"payments"_qs;
        QTest::newRow("comma") << u"a,b"_qs << u"\"a,b\""_qs;
        QTest::newRow("quote") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
        QTest::newRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::newRow("formula") << u"=HYPERLINK(1)"_qs << u"'=HYPERLINK(1)"_qs;
        QTest::newRow("plus") << u"+1"_qs << u"'+1"_qs;
        QTest::newRow("minus") << u"-1"_qs << u"'-1"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("formula with comma") << u"=1,2"_qs << u"\"'=1,2\""_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void csvCells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csvCell(value), cell);
    }

    // Every item of each campaign the export record carries, in scope, with
    // its decision; an item decided inside the segment names its record.
    void accessReviewsFromTheExportRecord()
    {
        Chain c;
        QJsonObject kept{{u"id"_qs, u"1"_qs},
                         {u"kind"_qs, u"grant"_qs},
                         {u"service"_qs, u"payments"_qs},
                         {u"subject_kind"_qs, u"user"_qs},
                         {u"subject"_qs, u"bob"_qs},
                         {u"grant_id"_qs, u"g-7"_qs},
                         {u"decision"_qs, u"keep"_qs},
                         {u"reason"_qs, u"=on call, \"Q4\""_qs},
                         {u"decided_by"_qs, u"alice"_qs},
                         {u"decided_at"_qs, u"2026-11-02T10:00:00.000Z"_qs}};
        QJsonObject pending{{u"id"_qs, u"2"_qs},
                            {u"kind"_qs, u"standing"_qs},
                            {u"service"_qs, u"ledger"_qs},
                            {u"subject_kind"_qs, u"service"_qs},
                            {u"subject"_qs, u"refunds"_qs},
                            {u"decision"_qs, u"pending"_qs}};
        c.append(u"review.decided"_qs, u"review_item"_qs, u"c1/1"_qs, kept,
                 "2026-11-02T10:00:00.000Z");
        const QJsonArray reviews{QJsonObject{{u"id"_qs, u"c1"_qs},
                                             {u"name"_qs, u"Q4 review"_qs},
                                             {u"period"_qs, u"2026-Q4"_qs},
                                             {u"state"_qs, u"open"_qs},
                                             {u"items"_qs, QJsonArray{kept, pending}}}};
        c.exportRecord({}, "2026-12-01T00:00:00.000Z", reviews);
        const auto all = buildPopulations(c.records);
        QCOMPARE(rows(all, u"access-reviews.csv"_qs), 2);
        QByteArray csv;
        for (const Population &p : all)
            if (p.file == u"access-reviews.csv")
                csv = p.csv;
        QVERIFY(!csv.contains("NOT SUPPORTED"));
        // The reason is quoted and defused; the decision names record 1.
        const QByteArray keptRow =
            ",keep,\"'=on call, \"\"Q4\"\"\",alice,2026-11-02T10:00:00.000Z,1," +
            c.records.first().hash.toLatin1() + "\r\n";
        QVERIFY2(csv.contains(keptRow), csv.constData());
        QVERIFY2(csv.contains(",pending,,,,,\r\n"), csv.constData());

        c.records.removeLast();
        c.exportRecord({u"ledger"_qs}, "2026-12-01T00:00:00.000Z", reviews);
        QCOMPARE(rows(buildPopulations(c.records), u"access-reviews.csv"_qs), 1);
    }

    // Only records in the period and in scope are counted; the same segment
    // always gives the same bytes.
    void periodAndScope()
    {
        Chain c;
        c.grant(u"grant.created"_qs, u"payments"_qs, "2026-09-30T23:59:59.999Z"); // before
        c.grant(u"grant.created"_qs, u"payments"_qs, "2026-10-01T00:00:00.000Z");
        c.grant(u"grant.created"_qs, u"ledger"_qs, "2026-11-01T00:00:00.000Z");
        c.grant(u"grant.denied"_qs, u"ledger"_qs, "2026-11-02T00:00:00.000Z");
        c.grant(u"grant.created"_qs, u"payments"_qs, "2027-01-01T00:00:00.000Z"); // after
        c.exportRecord({}, "2027-01-02T00:00:00.000Z");
        const auto all = buildPopulations(c.records);
        QCOMPARE(rows(all, u"grants-created.csv"_qs), 2);
        QCOMPARE(rows(all, u"grants-denied.csv"_qs), 1);
        QCOMPARE(rows(all, u"denied-requests-summary.csv"_qs), 1);
        QCOMPARE(rows(all, u"access-reviews.csv"_qs), 0);
        QCOMPARE(buildPopulations(c.records).constFirst().csv, all.constFirst().csv);

        c.records.removeLast();
        c.exportRecord({u"payments"_qs}, "2027-01-02T00:00:00.000Z");
        const auto payments = buildPopulations(c.records);
        QCOMPARE(rows(payments, u"grants-created.csv"_qs), 1);
        QCOMPARE(rows(payments, u"grants-denied.csv"_qs), 0);
        QVERIFY(payments.constFirst().csv.contains(
            "# parameters: period=2026-Q4; services=payments\n"));
    }

    // A pack whose segment starts after a key rotation: pinning the retired
    // key or the new one verifies (the key history walks there), a key that
    // is not in the history does not, and a history with the rotation left
    // out fails rather than trusting the old key for the new key's heads.
    void keyHistoryBeforeTheSegment()
    {
        QTemporaryDir dir;
        const auto oldKey = Ed25519Key::loadOrCreate(dir.filePath(u"old.key"_qs));
        const auto newKey = Ed25519Key::loadOrCreate(dir.filePath(u"new.key"_qs));
        const auto stranger = Ed25519Key::loadOrCreate(dir.filePath(u"other.key"_qs));
        QVERIFY(oldKey && newKey && stranger);

        Chain c;
        c.grant(u"grant.created"_qs, u"payments"_qs, "2026-09-01T00:00:00.000Z");
        AuditRecord rotation;
        rotation.seq = 2;
        rotation.time = at("2026-09-02T00:00:00.000Z");
        rotation.actor = u"gatehoused"_qs;
        rotation.action = keyrotation::kAction;
        rotation.objectType = keyrotation::kObjectType;
        rotation.prevHash = c.records.constLast().hash;
        keyrotation::fill(rotation, oldKey.value(), newKey.value());
        rotation.hash = rotation.computeHash();
        c.records.append(rotation);
        c.grant(u"grant.created"_qs, u"payments"_qs, "2026-10-05T00:00:00.000Z");
        c.exportRecord({}, "2026-12-01T00:00:00.000Z");

        const QString pack = dir.filePath(u"pack"_qs);
        QStringList written;
        // Writes a pack of `b` as the control plane and the exporter would.
        const auto writePack = [&](Bundle b) {
            const QDateTime now = at("2026-12-01T00:00:01.000Z");
            b.startHead = SignedHead::sign(b.records.constFirst().seq - 1,
                                           b.records.constFirst().prevHash, now, newKey.value());
            b.endHead = SignedHead::sign(b.records.constLast().seq, b.records.constLast().hash, now,
                                         newKey.value());
            QDir(pack).removeRecursively();
            auto files = writeChainAndPopulations(pack, b);
            QVERIFY(files);
            written = files.value();
            const auto manifest = manifestFor(pack, written);
            QVERIFY(manifest);
            QVERIFY(writePackFile(pack, files::kManifest, manifest.value()).isNull());
            const QByteArray statement =
                sealStatement(b.records.constLast().seq, sha256Hex(manifest.value()));
            QVERIFY(writePackFile(pack, files::kStatement, statement).isNull());
            QVERIFY(writePackFile(pack, files::kSignature, newKey->sign(statement)).isNull());
        };
        Bundle b;
        b.records = c.records.mid(2); // the period starts after the rotation
        b.keyHistory = {rotation};
        b.before = {rotation};
        writePack(b);
        if (QTest::currentTestFailed())
            return;

        for (const auto *key : {&oldKey.value(), &newKey.value()}) {
            const auto report = verifyPack(pack, PinnedKey::fromFingerprint(key->fingerprint()));
            QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        }
        const auto other = verifyPack(pack, PinnedKey::fromFingerprint(stranger->fingerprint()));
        QVERIFY(!other.ok());
        QVERIFY(other.problems.join(u'\n').contains(u"the pinned key"_qs));

        // The rotation left out of the history (and the manifest redone):
        // pinning the old key no longer reaches the new key's heads.
        QVERIFY(writePackFile(pack, files::kKeyHistory, {}).isNull());
        const auto redone = manifestFor(pack, written);
        QVERIFY(writePackFile(pack, files::kManifest, redone.value()).isNull());
        const QByteArray restated = sealStatement(4, sha256Hex(redone.value()));
        QVERIFY(writePackFile(pack, files::kStatement, restated).isNull());
        QVERIFY(writePackFile(pack, files::kSignature, newKey->sign(restated)).isNull());
        const auto stripped = verifyPack(pack, PinnedKey::fromFingerprint(oldKey->fingerprint()));
        QVERIFY(!stripped.ok());
        QVERIFY2(stripped.problems.join(u'\n').contains(files::kSegment),
                 qPrintable(stripped.problems.join(u'\n')));

        // A segment that leaves out the period's first record (seq 3): the
        // record before it is inside the period, and verify says so.
        Bundle late = b;
        late.records = c.records.mid(3);
        late.before = {c.records.at(2)};
        writePack(late);
        const auto cut = verifyPack(pack, PinnedKey::fromFingerprint(newKey->fingerprint()));
        QVERIFY(!cut.ok());
        QVERIFY2(cut.problems.join(u'\n').contains(
                     u"chain/before-segment.jsonl: record 3 is inside the period"_qs),
                 qPrintable(cut.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestEvidencePopulations)
#include "tst_evidencepopulations.moc"
