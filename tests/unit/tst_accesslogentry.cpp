#include "logs/AccessLogEntry.h"

#include <QTest>

using namespace gatehouse;

// An access-log line as the API sends it, read back. Times are checked
// against milliseconds since the epoch computed by Python's datetime.
class TestAccessLogEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheApisTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs"); // -1: unreadable
        QTest::newRow("api form") << u"2026-11-30T04:09:01.104Z"_qs << qint64(1796011741104);
        QTest::newRow("leap day") << u"2024-02-29T23:59:59.999Z"_qs << qint64(1709251199999);
        QTest::newRow("epoch") << u"1970-01-01T00:00:00.000Z"_qs << qint64(0);
        QTest::newRow("2000-03-01") << u"2000-03-01T12:00:00.001Z"_qs << qint64(951912000001);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59.500Z"_qs << qint64(-500);
        QTest::newRow("offset (general parser)")
            << u"2026-11-30T05:09:01.104+01:00"_qs << qint64(1796011741104);
        QTest::newRow("no leap day in 2025") << u"2025-02-29T00:00:00.000Z"_qs << qint64(-1);
        QTest::newRow("month 13") << u"2025-13-01T00:00:00.000Z"_qs << qint64(-1);
        QTest::newRow("not digits") << u"2025-0a-01T00:00:00.000Z"_qs << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void readsTheApisTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        const auto e = AccessLogEntry::fromJson({{u"id"_qs, u"x:1"_qs}, {u"logged_at"_qs, text}});
        if (msecs == -1) {
            QVERIFY(!e);
            return;
        }
        QVERIFY(e);
        QCOMPARE(e->loggedAt.toMSecsSinceEpoch(), msecs);
        QCOMPARE(e->loggedAt.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogEntry)
#include "tst_accesslogentry.moc"
