#include "audit/AuditRecord.h"
#include "audit/ChainVerifier.h"
#include "audit/Checkpoint.h"
#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"
#include "audit/PinnedKey.h"
#include "audit/SignedHead.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);

// Three keys of a rotation chain (k0 -> k1 -> k2) and one outsider.
struct Keys
{
    QTemporaryDir dir;
    Ed25519Key k0 = Ed25519Key::loadOrCreate(dir.filePath(u"k0"_qs)).value();
    Ed25519Key k1 = Ed25519Key::loadOrCreate(dir.filePath(u"k1"_qs)).value();
    Ed25519Key k2 = Ed25519Key::loadOrCreate(dir.filePath(u"k2"_qs)).value();
    Ed25519Key outsider = Ed25519Key::loadOrCreate(dir.filePath(u"outsider"_qs)).value();

    QString pemFile(const Ed25519Key &key, const QString &name) const
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(key.publicKeyPem());
        return f.fileName();
    }
};

AuditRecord grantRecord(qint64 seq)
{
    AuditRecord r;
    r.seq = seq;
    r.time = kStart.addSecs(seq);
    r.actor = u"alice"_qs;
    r.action = u"grant.created"_qs;
    r.objectType = u"grant"_qs;
    r.objectId = u"g%1"_qs.arg(seq);
    r.before = QJsonValue(QJsonValue::Null);
    r.after = QJsonObject{{u"subject"_qs, u"bob"_qs}};
    return r;
}

// A chain of `n` records; at each seq in `rotations` the key in force hands
// over to the next one (signed with `signer` when given, to forge).
QList<AuditRecord>
chainWith(int n, const QList<std::pair<qint64, std::pair<const Ed25519Key *, const Ed25519Key *>>>
                     &rotations = {})
{
    QList<AuditRecord> out;
    QString prev = kGenesisHash;
    for (int seq = 1; seq <= n; ++seq) {
        AuditRecord r = grantRecord(seq);
        r.prevHash = prev;
        for (const auto &[at, keys] : rotations)
            if (at == seq) {
                r.actor = u"operator"_qs;
                keyrotation::fill(r, *keys.first, *keys.second);
            }
        r.hash = r.computeHash();
        prev = r.hash;
        out.append(r);
    }
    return out;
}

SignedHead headOf(const QList<AuditRecord> &records, qint64 seq, const Ed25519Key &key)
{
    return SignedHead::sign(seq, records.at(seq - 1).hash, kStart.addSecs(1000 + seq), key);
}

TrustReport verify(const QList<AuditRecord> &records, std::optional<PinnedKey> pin,
                   std::optional<SignedHead> head, const QList<Checkpoint> &checkpoints = {})
{
    ChainVerifier verifier(std::move(pin));
    if (head)
        verifier.setHead(*head);
    verifier.setCheckpoints(checkpoints);
    (void)verifier.add(records);
    return verifier.finish();
}

QByteArray runTool(const QString &program, const QStringList &args, const QByteArray &input,
                   int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(program), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace

// Verification with the trust anchor on the verifier's side: a pinned key,
// the rotation chain from it, and checkpoints kept outside the database.
class TestAuditTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The fingerprint is SHA-256 of the SubjectPublicKeyInfo DER, as openssl
    // and sha256sum compute it from the key file.
    void fingerprintIsSha256OfSpkiByOpenssl()
    {
        Keys keys;
        int rc = -1;
        const QByteArray der = runTool(u"openssl"_qs,
                                       {u"pkey"_qs, u"-in"_qs, keys.dir.filePath(u"k0"_qs),
                                        u"-pubout"_qs, u"-outform"_qs, u"DER"_qs},
                                       {}, &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(der.size(), 44);
        const QString bySha256sum =
            QString::fromLatin1(runTool(u"sha256sum"_qs, {u"-"_qs}, der)).section(u' ', 0, 0);
        QCOMPARE(keys.k0.fingerprint(), bySha256sum);
        // The PEM we export is the one openssl derives from the private key.
        const QByteArray pem = runTool(
            u"openssl"_qs, {u"pkey"_qs, u"-in"_qs, keys.dir.filePath(u"k0"_qs), u"-pubout"_qs}, {});
        QCOMPARE(keys.k0.publicKeyPem(), pem);
    }

    // A head's signature checks with openssl against the exported public key.
    void headSignatureVerifiesWithOpenssl()
    {
        Keys keys;
        const auto records = chainWith(3);
        const SignedHead head = headOf(records, 3, keys.k0);
        const QString pub = keys.pemFile(keys.k0, u"k0.pub"_qs);
        QFile msg(keys.dir.filePath(u"msg"_qs)), sig(keys.dir.filePath(u"sig"_qs));
        QVERIFY(msg.open(QIODevice::WriteOnly) && sig.open(QIODevice::WriteOnly));
        // The message as the README spells it out for auditors.
        msg.write("gatehouse-audit-head/v1\n3\n" + records.at(2).hash.toLatin1() + '\n' +
                  "2027-01-15T08:16:43.000Z");
        sig.write(head.signature);
        msg.close();
        sig.close();
        const QStringList verifyArgs{
            u"pkeyutl"_qs, u"-verify"_qs, u"-pubin"_qs,   u"-inkey"_qs,   pub,
            u"-rawin"_qs,  u"-in"_qs,     msg.fileName(), u"-sigfile"_qs, sig.fileName()};
        int rc = -1;
        runTool(u"openssl"_qs, verifyArgs, {}, &rc);
        QCOMPARE(rc, 0);
        // And openssl refuses it under another key.
        const QString other = keys.pemFile(keys.outsider, u"outsider.pub"_qs);
        QStringList otherArgs = verifyArgs;
        otherArgs[4] = other;
        runTool(u"openssl"_qs, otherArgs, {}, &rc);
        QVERIFY(rc != 0);
    }

    void pinnedKeyParses_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        const QString fp = u"3f2a"_qs + QString(60, u'b');
        QTest::newRow("hex") << fp << true;
        QTest::newRow("upper case, sha256: prefix") << u"sha256:"_qs + fp.toUpper() << true;
        QTest::newRow("colons") << fp.left(2) + u':' + fp.mid(2) << true;
        QTest::newRow("too short") << fp.left(63) << false;
        QTest::newRow("missing file") << u"/nonexistent/audit.pub"_qs << false;
    }
    void pinnedKeyParses()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        const auto pin = PinnedKey::parse(spec);
        QCOMPARE(pin.ok(), ok);
        if (ok)
            QCOMPARE(pin->fingerprint(), u"3f2a"_qs + QString(60, u'b'));
    }

    // A head verifies only when signed by the pinned key, given as a PEM file
    // or as its fingerprint; a head signed by any other key fails, even one
    // that is consistent with itself.
    void headAgainstPinnedKey_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("claims");
        QTest::addColumn<QString>("pinAs");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("genuine, pinned by PEM")
            << u"k0"_qs << u"k0"_qs << u"pem"_qs << true << u"matches the pinned key"_qs;
        QTest::newRow("genuine, pinned by fingerprint")
            << u"k0"_qs << u"k0"_qs << u"fingerprint"_qs << true << u"matches the pinned key"_qs;
        QTest::newRow("forged with another key") << u"outsider"_qs << u"outsider"_qs << u"pem"_qs
                                                 << false << u"do not include the pinned key"_qs;
        QTest::newRow("forged, naming the pinned key")
            << u"outsider"_qs << u"k0"_qs << u"fingerprint"_qs << false
            << u"the signature does not verify"_qs;
        QTest::newRow("pinned, but nothing signed to check")
            << u""_qs << u""_qs << u"fingerprint"_qs << true
            << u"NOT CHECKED against the pinned key"_qs;
        QTest::newRow("not pinned: only consistency")
            << u"outsider"_qs << u"outsider"_qs << u"none"_qs << true << u"NO KEY PINNED"_qs;
    }
    void headAgainstPinnedKey()
    {
        QFETCH(QString, signer);
        QFETCH(QString, claims);
        QFETCH(QString, pinAs);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        Keys keys;
        const auto byName = [&](const QString &n) -> const Ed25519Key & {
            return n == u"k0" ? keys.k0 : keys.outsider;
        };
        const auto records = chainWith(5);
        std::optional<SignedHead> head;
        if (!signer.isEmpty()) {
            head = headOf(records, 5, byName(signer));
            head->publicKey = byName(claims).publicKey();
        }
        std::optional<PinnedKey> pin;
        if (pinAs == u"pem")
            pin = PinnedKey::parse(keys.pemFile(keys.k0, u"pinned.pub"_qs)).value();
        else if (pinAs == u"fingerprint")
            pin = PinnedKey::parse(keys.k0.fingerprint()).value();
        const TrustReport report = verify(records, pin, head);
        const QString text = report.summary().join(u"; "_qs);
        QCOMPARE(report.ok(), ok);
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(report.chainOk(), qPrintable(text));
        QCOMPARE(report.lastSeq, 5);
    }

    // k0 -> k1 at seq 4, k1 -> k2 at seq 8: pinning any key of the chain
    // verifies a head signed by k2; an unrelated pin does not.
    void rotationChainFromAPinnedKey_data()
    {
        QTest::addColumn<QString>("pinned");
        QTest::addColumn<bool>("ok");
        QTest::newRow("first key") << u"k0"_qs << true;
        QTest::newRow("middle key") << u"k1"_qs << true;
        QTest::newRow("current key") << u"k2"_qs << true;
        QTest::newRow("unrelated key") << u"outsider"_qs << false;
    }
    void rotationChainFromAPinnedKey()
    {
        QFETCH(QString, pinned);
        QFETCH(bool, ok);
        Keys keys;
        const auto records = chainWith(10, {{4, {&keys.k0, &keys.k1}}, {8, {&keys.k1, &keys.k2}}});
        const Ed25519Key &pin = pinned == u"k0"   ? keys.k0
                                : pinned == u"k1" ? keys.k1
                                : pinned == u"k2" ? keys.k2
                                                  : keys.outsider;
        // Checkpoints signed by the key in force at each point.
        const QList<Checkpoint> checkpoints{Checkpoint::of(headOf(records, 3, keys.k0)),
                                            Checkpoint::of(headOf(records, 6, keys.k1)),
                                            Checkpoint::of(headOf(records, 9, keys.k2))};
        const TrustReport report = verify(records, PinnedKey::fromFingerprint(pin.fingerprint()),
                                          headOf(records, 10, keys.k2), checkpoints);
        const QString text = report.summary().join(u"; "_qs);
        QCOMPARE(report.ok(), ok);
        QCOMPARE(report.rotations, 2);
        QCOMPARE(report.keys.size(), 3);
        QCOMPARE(report.keys.at(2), (QPair<qint64, QString>(8, keys.k2.fingerprint())));
        if (ok) {
            QVERIFY2(text.contains(u"through 2 key rotation(s)"_qs), qPrintable(text));
            QCOMPARE(report.checkpointsAgree, 3);
        } else {
            QCOMPARE(report.pin, TrustReport::Pin::Mismatch);
        }
    }

    // A rotation not signed by the key in force breaks the chain at that
    // record, named; so does one signed by a key that was never in force.
    void forgedRotationFails_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("reason");
        QTest::newRow("signed by another key, naming the old key")
            << u"wrong signer"_qs << u"not signed by the previous key"_qs;
        QTest::newRow("handed over from a key never in force")
            << u"outsider chain"_qs << u"but key"_qs;
        QTest::newRow("new key did not sign")
            << u"no new signature"_qs << u"not signed by the new key"_qs;
    }
    void forgedRotationFails()
    {
        QFETCH(QString, forgery);
        QFETCH(QString, reason);
        Keys keys;
        auto records = chainWith(10, {{4, {&keys.k0, &keys.k1}}});
        // The attacker appends a rotation at seq 8 to a key of their own.
        AuditRecord &r = records[7];
        if (forgery == u"wrong signer") {
            keyrotation::fill(r, keys.outsider, keys.k2);
            QJsonObject before = r.before.toObject();
            before.insert(u"public_key"_qs, records[3].after.toObject().value(u"public_key"));
            before.insert(u"fingerprint"_qs, keys.k1.fingerprint());
            r.before = before;
        } else if (forgery == u"outsider chain") {
            keyrotation::fill(r, keys.outsider, keys.k2);
        } else {
            keyrotation::fill(r, keys.k1, keys.k2);
            QJsonObject after = r.after.toObject();
            after.insert(u"signed_by_new"_qs, after.value(u"signed_by_previous"));
            r.after = after;
        }
        // Every hash after it recomputed, as an attacker with the database would.
        for (qsizetype i = 7; i < records.size(); ++i) {
            records[i].prevHash = records[i - 1].hash;
            records[i].hash = records[i].computeHash();
        }
        const TrustReport report =
            verify(records, PinnedKey::fromFingerprint(keys.k0.fingerprint()),
                   headOf(records, 10, keys.k2));
        QVERIFY(!report.ok());
        QCOMPARE(report.brokenSeq, 8);
        QVERIFY2(report.brokenReason.contains(reason), qPrintable(report.brokenReason));
        QVERIFY2(report.summary().constFirst().startsWith(u"BROKEN at seq 8: "_qs),
                 qPrintable(report.summary().join(u"; "_qs)));
    }

    // An attacker who rewrites a record, recomputes every hash after it and
    // re-signs the head with the (stolen) signing key passes every check but
    // one: the checkpoints taken before the rewrite disagree, and are named.
    void checkpointsCatchARewrite_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<qint64>("badCheckpointSeq");
        QTest::addColumn<QString>("says");
        QTest::newRow("record 12 rewritten and rehashed")
            << u"rewrite"_qs << qint64(15) << u"disagrees with the database"_qs;
        QTest::newRow("tail from 17 removed")
            << u"truncate"_qs << qint64(20) << u"beyond the end of the chain (seq 16)"_qs;
        QTest::newRow("checkpoint signed by another key")
            << u"foreign checkpoint"_qs << qint64(10) << u"not signed by the key in force"_qs;
        QTest::newRow("untouched") << u"none"_qs << qint64(-1) << u"4 checkpoint(s) agree"_qs;
    }
    void checkpointsCatchARewrite()
    {
        QFETCH(QString, attack);
        QFETCH(qint64, badCheckpointSeq);
        QFETCH(QString, says);
        Keys keys;
        auto records = chainWith(20);
        QList<Checkpoint> checkpoints;
        for (qint64 seq : {5, 10, 15, 20})
            checkpoints.append(Checkpoint::of(
                headOf(records, seq,
                       attack == u"foreign checkpoint" && seq == 10 ? keys.outsider : keys.k0)));
        if (attack == u"rewrite") {
            records[11].actor = u"mallory"_qs;
            for (qsizetype i = 11; i < records.size(); ++i) {
                records[i].prevHash = records[i - 1].hash;
                records[i].hash = records[i].computeHash();
            }
        } else if (attack == u"truncate") {
            records = records.mid(0, 16);
        }
        const TrustReport report =
            verify(records, PinnedKey::fromFingerprint(keys.k0.fingerprint()),
                   headOf(records, records.size(), keys.k0), checkpoints);
        const QString text = report.summary().join(u"; "_qs);
        // The chain and the re-signed head alone look fine.
        QVERIFY2(report.chainOk() && report.headOk, qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        if (badCheckpointSeq < 0) {
            QVERIFY(report.ok());
            QVERIFY(!report.badCheckpoint);
            return;
        }
        QVERIFY(!report.ok());
        QVERIFY(report.badCheckpoint);
        QCOMPARE(report.badCheckpoint->head.seq, badCheckpointSeq);
        QVERIFY2(text.startsWith(u"checkpoint at seq %1 (2027-01-15 08:"_qs.arg(badCheckpointSeq)),
                 qPrintable(text));
    }

    // The checkpoint file's lines go out and come back unchanged; a damaged
    // line is named by number.
    void checkpointLinesRoundTrip()
    {
        Keys keys;
        const auto records = chainWith(4);
        const Checkpoint c = Checkpoint::of(headOf(records, 4, keys.k0));
        const QByteArray line = c.toLine();
        QCOMPARE(line.count(' '), 5);
        const QByteArray expectedStart = "4 " + records.at(3).hash.toLatin1() +
                                         " 2027-01-15T08:16:44.000Z " +
                                         keys.k0.fingerprint().toLatin1() + ' ';
        QVERIFY(line.startsWith(expectedStart));
        const auto back = Checkpoint::fromLine(line);
        QVERIFY(back.ok());
        QCOMPARE(back->toLine(), line);
        QVERIFY(back->head.verify(keys.k0));

        QFile file(keys.dir.filePath(kCheckpointFile));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(line + '\n' + line.left(40) + '\n');
        file.close();
        const auto read = readCheckpoints(keys.dir.path());
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(u"line 2"_qs), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAuditTrust)
#include "tst_audittrust.moc"
