#include "StoreChange.h"

#include <QTest>

using namespace gatehouse::server;

// The NOTIFY payload replicas exchange: what one writes the others read
// back; anything else on the channel is refused, never half-read.
class TestStoreChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const StoreChange sent{41, u"grant.revoked"_qs, u"grant"_qs,
                               u"0b6d3f5e-8f0e-4c43-9a51-5a1f0e2b7c11"_qs};
        const QByteArray payload = sent.toPayload();
        // PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
        QVERIFY(payload.size() < 8000);
        StoreChange read;
        QVERIFY(StoreChange::fromPayload(payload, &read));
        QCOMPARE(read.seq, sent.seq);
        QCOMPARE(read.action, sent.action);
        QCOMPARE(read.objectType, sent.objectType);
        QCOMPARE(read.objectId, sent.objectId);
    }

    void foreignPayloadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("grant.revoked 41");
        QTest::newRow("array") << QByteArray("[41]");
        QTest::newRow("no seq") << QByteArray(R"({"type":"grant","id":"x"})");
        QTest::newRow("seq zero") << QByteArray(R"({"seq":0,"type":"grant","id":"x"})");
        QTest::newRow("seq text") << QByteArray(R"({"seq":"41","type":"grant","id":"x"})");
        QTest::newRow("no type") << QByteArray(R"({"seq":41,"id":"x"})");
    }

    void foreignPayloadsAreRefused()
    {
        QFETCH(QByteArray, payload);
        StoreChange read;
        QVERIFY(!StoreChange::fromPayload(payload, &read));
    }
};

QTEST_GUILESS_MAIN(TestStoreChange)
#include "tst_storechange.moc"
