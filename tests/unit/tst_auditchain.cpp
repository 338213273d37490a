#include "audit/AuditRecord.h"
#include "audit/Ed25519Key.h"
#include "audit/SignedHead.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {
QList<AuditRecord> chain(int n)
{
    QList<AuditRecord> out;
    QString prev = kGenesisHash;
    for (int i = 1; i <= n; ++i) {
        AuditRecord r;
        r.seq = i;
        r.time = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000 + i * 1000, Qt::UTC);
        r.actor = u"alice"_qs;
        r.action = u"grant.created"_qs;
        r.objectType = u"grant"_qs;
        r.objectId = u"g%1"_qs.arg(i);
        r.before = QJsonValue(QJsonValue::Null);
        r.after = QJsonObject{{u"subject"_qs, u"bob"_qs}, {u"methods"_qs, QJsonArray{u"GET"_qs}}};
        r.prevHash = prev;
        r.hash = r.computeHash();
        prev = r.hash;
        out.append(r);
    }
    return out;
}
// SHA-256 of `bytes` as an independent tool computes it (hex), or empty.
QString digestByTool(const QString &program, const QStringList &args, const QByteArray &bytes)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return {};
    QProcess p;
    p.start(path, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(bytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // "sha256sum -" and "openssl dgst -sha256 -r" both print "<hex> <name>".
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0).trimmed();
}
} // namespace

// The audit chain's verification and the signed head, as an auditor holding
// an export would run them.
class TestAuditChain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intactChainVerifies()
    {
        const auto records = chain(5);
        const ChainVerdict v = verifyChain(records);
        QVERIFY(v.ok);
        QCOMPARE(v.recordsChecked, 5);
        // An exported range verifies from the hash of the record before it.
        QVERIFY(verifyChain(records.mid(2), records.at(1).hash).ok);
        QVERIFY(!verifyChain(records.mid(2)).ok);
    }

    void canonicalFormIsStable()
    {
        const auto r = chain(1).constFirst();
        QCOMPARE(r.canonicalBytes(),
                 QByteArray("{\"action\":\"grant.created\",\"actor\":\"alice\",\"after\":{"
                            "\"methods\":[\"GET\"],\"subject\":\"bob\"},\"before\":null,"
                            "\"object_id\":\"g1\",\"object_type\":\"grant\",\"prev_hash\":\"") +
                     kGenesisHash.toLatin1() +
                     "\",\"seq\":\"1\",\"time\":\"2027-01-15T08:00:01.000Z\"}");
        // Through JSON and back, the hash still matches.
        const auto again = AuditRecord::fromJson(r.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->computeHash(), r.hash);
    }

    // The record hash is SHA-256 of the canonical bytes, as tools outside
    // this code base compute it: a fixed value computed once with
    // `openssl dgst -sha256`, and sha256sum and openssl run now.
    void hashIsSha256OfCanonicalBytes_data()
    {
        QTest::addColumn<AuditRecord>("record");
        QTest::addColumn<QByteArray>("canonical"); // written out by hand
        QTest::addColumn<QString>("knownSha256");
        QTest::newRow("grant created")
            << chain(1).constFirst()
            << QByteArray("{\"action\":\"grant.created\",\"actor\":\"alice\",\"after\":{"
                          "\"methods\":[\"GET\"],\"subject\":\"bob\"},\"before\":null,"
                          "\"object_id\":\"g1\",\"object_type\":\"grant\",\"prev_hash\":\"" +
                          kGenesisHash.toLatin1() +
                          "\",\"seq\":\"1\",\"time\":\"2027-01-15T08:00:01.000Z\"}")
            << u"e1a7c05f081770b8589528be1f571075ed10d45aa5b2d611c08a580fd8b7e8f2"_qs;
        AuditRecord unicode;
        unicode.seq = 42;
        unicode.time = QDateTime::fromMSecsSinceEpoch(1'800'000'123'456, Qt::UTC);
        unicode.actor = u"zo\u00eb"_qs;
        unicode.action = u"grant.revoked"_qs;
        unicode.objectType = u"grant"_qs;
        unicode.objectId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_qs;
        unicode.before = QJsonObject{{u"reason"_qs, u"caf\u00e9 \u2014 \"quoted\"\ttab"_qs},
                                     {u"state"_qs, u"active"_qs}};
        unicode.after = QJsonObject{{u"state"_qs, u"revoked"_qs}};
        unicode.prevHash = u"e1a7c05f081770b8589528be1f571075ed10d45aa5b2d611c08a580fd8b7e8f2"_qs;
        QTest::newRow("non-ASCII and escapes")
            << unicode
            << QByteArray("{\"action\":\"grant.revoked\",\"actor\":\"zo\xc3\xab\",\"after\":{"
                          "\"state\":\"revoked\"},\"before\":{\"reason\":\"caf\xc3\xa9 "
                          "\xe2\x80\x94 \\\"quoted\\\"\\ttab\",\"state\":\"active\"},"
                          "\"object_id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\","
                          "\"object_type\":\"grant\",\"prev_hash\":"
                          "\"e1a7c05f081770b8589528be1f571075ed10d45aa5b2d611c08a580fd8b7e8f2\","
                          "\"seq\":\"42\",\"time\":\"2027-01-15T08:02:03.456Z\"}")
            << u"476f8c313fe36ebf7aee4dc6cac76d69ce14094ed37504312946ce0f9365cd3e"_qs;
    }
    void hashIsSha256OfCanonicalBytes()
    {
        QFETCH(AuditRecord, record);
        QFETCH(QByteArray, canonical);
        QFETCH(QString, knownSha256);
        const QByteArray bytes = record.canonicalBytes();
        QCOMPARE(bytes, canonical);
        QCOMPARE(record.computeHash(), knownSha256);
        const QString bySha256sum = digestByTool(u"sha256sum"_qs, {u"-"_qs}, bytes);
        const QString byOpenssl =
            digestByTool(u"openssl"_qs, {u"dgst"_qs, u"-sha256"_qs, u"-r"_qs}, bytes);
        QVERIFY2(!bySha256sum.isEmpty() && !byOpenssl.isEmpty(),
                 "sha256sum and openssl must be installed");
        QCOMPARE(record.computeHash(), bySha256sum);
        QCOMPARE(record.computeHash(), byOpenssl);
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("what");
        QTest::addColumn<qint64>("brokenSeq");
        QTest::addColumn<QString>("reason");
        QTest::newRow("actor changed")
            << 2 << u"actor"_qs << qint64(3) << u"content does not match its hash"_qs;
        QTest::newRow("after changed")
            << 0 << u"after"_qs << qint64(1) << u"content does not match its hash"_qs;
        QTest::newRow("rehashed, link broken")
            << 3 << u"rehash"_qs << qint64(5) << u"prev_hash does not match"_qs;
        QTest::newRow("record removed")
            << 1 << u"remove"_qs << qint64(2) << u"record is missing"_qs;
        QTest::newRow("first record removed")
            << 0 << u"remove"_qs << qint64(1) << u"record is missing"_qs;
        QTest::newRow("records swapped") << 1 << u"swap"_qs << qint64(2) << u"record is missing"_qs;
    }
    void tamperingIsNamed()
    {
        QFETCH(int, index);
        QFETCH(QString, what);
        QFETCH(qint64, brokenSeq);
        QFETCH(QString, reason);
        auto records = chain(6);
        if (what == u"actor")
            records[index].actor = u"mallory"_qs;
        else if (what == u"after")
            records[index].after = QJsonObject{{u"subject"_qs, u"mallory"_qs}};
        else if (what == u"rehash") {
            records[index].actor = u"mallory"_qs;
            records[index].hash = records[index].computeHash(); // the next link breaks
        } else if (what == u"remove")
            records.removeAt(index);
        else if (what == u"swap")
            records.swapItemsAt(index, index + 1);
        const ChainVerdict v = verifyChain(records);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, brokenSeq);
        QVERIFY2(v.reason.startsWith(reason), qPrintable(v.reason));
    }

    void signingKeyIsPrivateAndStable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.key"_qs);
        const auto created = Ed25519Key::loadOrCreate(path);
        QVERIFY(created.ok());
        const auto perms = QFileInfo(path).permissions();
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(perms & others, QFileDevice::Permissions());
        const auto loaded = Ed25519Key::loadOrCreate(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publicKey(), created->publicKey());
        // A key file others can read is refused.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        const auto exposed = Ed25519Key::loadOrCreate(path);
        QVERIFY(!exposed.ok());
        QVERIFY(exposed.error().detail.contains(u"chmod 600"_qs));
    }

    void signedHeadVerifies()
    {
        QTemporaryDir dir;
        const auto key = Ed25519Key::loadOrCreate(dir.filePath(u"k"_qs));
        const auto records = chain(3);
        const SignedHead head = SignedHead::sign(3, records.constLast().hash,
                                                 QDateTime::currentDateTimeUtc(), key.value());
        QVERIFY(head.verify(key.value()));
        const auto parsed = SignedHead::fromJson(head.toJson());
        QVERIFY(parsed.ok() && parsed->verify(key.value()));
        SignedHead forged = parsed.value();
        forged.seq = 2;
        QVERIFY(!forged.verify(key.value()));
        forged = parsed.value();
        forged.hash = records.at(1).hash;
        QVERIFY(!forged.verify(key.value()));
    }

    // A head verifies only against the key the verifier trusts, never
    // against the key the head names, however the forger put it together.
    void forgedSignatureFails()
    {
        QTemporaryDir dir;
        const auto genuine = Ed25519Key::loadOrCreate(dir.filePath(u"genuine"_qs));
        const auto forger = Ed25519Key::loadOrCreate(dir.filePath(u"forger"_qs));
        QVERIFY(genuine.ok() && forger.ok());
        QVERIFY(genuine->publicKey() != forger->publicKey());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        const QString hash = chain(2).constLast().hash;
        const SignedHead real = SignedHead::sign(2, hash, at, genuine.value());
        QVERIFY(real.verify(genuine.value()));

        // Signed by the forger and naming the forger's key: consistent with
        // itself, and still refused by a verifier that trusts the genuine key.
        SignedHead claimed = SignedHead::sign(2, hash, at, forger.value());
        QVERIFY(!claimed.verify(genuine.value()));
        // Signed by the forger, naming the genuine key.
        claimed.publicKey = genuine->publicKey();
        QVERIFY(!claimed.verify(genuine.value()));

        // The genuine signature, naming the forger's key.
        SignedHead swapped = real;
        swapped.publicKey = forger->publicKey();
        QVERIFY(!swapped.verify(genuine.value()));
        QVERIFY(!swapped.verify(forger.value()));

        // One bit of the signature flipped, through JSON as an export carries it.
        SignedHead flipped = real;
        flipped.signature[10] = char(flipped.signature.at(10) ^ 0x01);
        const auto parsed = SignedHead::fromJson(flipped.toJson());
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->verify(genuine.value()));

        // A truncated or empty signature is refused, not accepted.
        SignedHead truncated = real;
        truncated.signature.chop(1);
        QVERIFY(!truncated.verify(genuine.value()));
        SignedHead empty = real;
        empty.signature.clear();
        QVERIFY(!empty.verify(genuine.value()));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
