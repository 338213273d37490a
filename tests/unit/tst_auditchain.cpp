#include "audit/AuditRecord.h"
#include "audit/Ed25519Key.h"
#include "audit/SignedHead.h"

#include <QFileInfo>
#include <QJsonArray>
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
        QVERIFY(head.verify());
        const auto parsed = SignedHead::fromJson(head.toJson());
        QVERIFY(parsed.ok() && parsed->verify());
        SignedHead forged = parsed.value();
        forged.seq = 2;
        QVERIFY(!forged.verify());
        forged = parsed.value();
        forged.hash = records.at(1).hash;
        QVERIFY(!forged.verify());
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
