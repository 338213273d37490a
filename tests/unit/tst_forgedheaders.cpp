#include "logs/CaddyAccessLine.h"
#include "logs/ForgedHeaders.h"

#include <QTest>

using namespace gatehouse;

// Which access-log lines are flagged: request headers as Caddy 2.6 logs them
// (canonical names, every value in an array), the decided identity, the flag.
class TestForgedHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flags_data()
    {
        QTest::addColumn<QByteArray>("headers"); // the "headers" object of Caddy's line
        QTest::addColumn<QString>("decided");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("reasonNames");

        QTest::newRow("none") << QByteArray(R"({"User-Agent":["curl"]})") << u"bob"_qs << false
                              << QString();
        QTest::newRow("other user") << QByteArray(R"({"X-Gatehouse-User":["mallory"]})")
                                    << u"bob"_qs << true << u"'mallory'"_qs;
        QTest::newRow("empty, then another") << QByteArray(R"({"X-Gatehouse-User":["","mallory"]})")
                                             << u"bob"_qs << true << u"'', 'mallory'"_qs;
        QTest::newRow("empty alone") << QByteArray(R"({"X-Gatehouse-User":[""]})") << u"bob"_qs
                                     << true << u"X-Gatehouse-User ''"_qs;
        QTest::newRow("own name") << QByteArray(R"({"X-Gatehouse-User":["bob"]})") << u"bob"_qs
                                  << true << u"'bob'"_qs;
        QTest::newRow("groups") << QByteArray(R"({"X-Gatehouse-Groups":["gatehouse-admins"]})")
                                << u"bob"_qs << true << u"X-Gatehouse-Groups"_qs;
        QTest::newRow("grant") << QByteArray(R"({"X-Gatehouse-Grant":["g-1"]})") << u"bob"_qs
                               << true << u"X-Gatehouse-Grant"_qs;
        QTest::newRow("decision") << QByteArray(R"({"X-Gatehouse-Decision":["allow"]})")
                                  << u"bob"_qs << true << u"X-Gatehouse-Decision 'allow'"_qs;
        QTest::newRow("decision id") << QByteArray(R"({"X-Gatehouse-Decision-Id":["d-9"]})")
                                     << u"bob"_qs << true << u"X-Gatehouse-Decision-Id"_qs;
        QTest::newRow("any edge header") << QByteArray(R"({"X-Gatehouse-Role":["admin"]})")
                                         << u"bob"_qs << true << u"X-Gatehouse-Role"_qs;
        QTest::newRow("not decided (refused)") << QByteArray(R"({"X-Gatehouse-User":["alice"]})")
                                               << QString() << true << u"decided identity none"_qs;
        QTest::newRow("look-alike name")
            << QByteArray(R"({"X-Gatehouseuser":["x"]})") << u"bob"_qs << false << QString();
    }

    void flags()
    {
        QFETCH(QByteArray, headers);
        QFETCH(QString, decided);
        QFETCH(bool, flagged);
        QFETCH(QString, reasonNames);
        const QByteArray text =
            R"({"level":"info","ts":1796668425.5,"logger":"http.log.access.log0",)"
            R"("msg":"handled request","request":{"method":"GET","host":"x",)"
            R"("uri":"/","headers":)" +
            headers + R"(},"status":200})";
        const ParsedCaddyLine line = parseCaddyLine({text.constData(), size_t(text.size())});
        QVERIFY2(line.kind == ParsedCaddyLine::Kind::Access, qPrintable(line.reason));
        const ForgeryFlag flag = forgeryFlag(line.access.clientIdentity, decided);
        QCOMPARE(flag.flagged, flagged);
        QVERIFY2(flag.reason.contains(reasonNames), qPrintable(flag.reason));
    }

    // Lines stored before every header was kept hold the X-Gatehouse-User value.
    void earlierLinesKeepTheirFlag()
    {
        QVERIFY(forgeryFlag(u"mallory"_qs, u"bob"_qs).flagged);
        QVERIFY(!forgeryFlag(u"bob"_qs, u"bob"_qs).flagged);
        QVERIFY(!forgeryFlag(QString(), u"bob"_qs).flagged);
    }
};

QTEST_GUILESS_MAIN(TestForgedHeaders)
#include "tst_forgedheaders.moc"
