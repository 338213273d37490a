#include "DurationText.h"

#include <QTest>

using namespace gatehouse;
using namespace std::chrono_literals;

class TestDurationText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("seconds") << u"90s"_qs << qint64(90);
        QTest::newRow("minutes") << u"30m"_qs << qint64(1800);
        QTest::newRow("hours") << u"8h"_qs << qint64(28800);
        QTest::newRow("days") << u"2d"_qs << qint64(172800);
        QTest::newRow("combined") << u"1h30m"_qs << qint64(5400);
        QTest::newRow("spaces trimmed") << u" 20s "_qs << qint64(20);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("zero") << u"0s"_qs << qint64(-1);
        QTest::newRow("no unit") << u"30"_qs << qint64(-1);
        QTest::newRow("unknown unit") << u"3w"_qs << qint64(-1);
        QTest::newRow("units out of order") << u"30m1h"_qs << qint64(-1);
        QTest::newRow("unit twice") << u"1h1h"_qs << qint64(-1);
        QTest::newRow("negative") << u"-5m"_qs << qint64(-1);
        QTest::newRow("huge") << u"999999999999d"_qs << qint64(-1);
        // Only ASCII digits: other scripts' digits are not numbers here.
        QTest::newRow("fullwidth digit") << u"\uff15m"_qs << qint64(-1);
        QTest::newRow("arabic-indic digit") << u"\u0663h"_qs << qint64(-1);
        QTest::newRow("devanagari digit") << u"1\u0966m"_qs << qint64(-1);
        QTest::newRow("superscript digit") << u"\u00b2m"_qs << qint64(-1);
        QTest::newRow("fullwidth unit") << u"5\uff4d"_qs << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = parseDuration(text);
        if (seconds < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), seconds);
            QCOMPARE(parseDuration(formatDuration(*parsed)), parsed);
        }
    }
    void format()
    {
        QCOMPARE(formatDuration(5400s), u"1h30m"_qs);
        QCOMPARE(formatDuration(86400s + 1s), u"1d1s"_qs);
        QCOMPARE(formatDuration(0s), u"0s"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
