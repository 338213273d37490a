#include "AccessLogFacets.h"
#include "AccessLogHistogram.h"
#include "logs/AccessLogFilter.h"

#include <QTest>

using namespace gatehouse;

// What clicking a facet writes into the filter bar, and the histogram's
// bucket length for a range.
class TestAccessLogFacets : public QObject
{
    Q_OBJECT

    // The filter's meaning as or-of-ands of "field op value", to compare a
    // narrowed text with the one a person would write.
    static QStringList meaning(const QString &text)
    {
        const auto parsed = AccessLogFilter::parse(text);
        if (!parsed)
            return {u"error: "_qs + parsed.error().message};
        QStringList groups;
        for (const auto &group : parsed->groups()) {
            QStringList terms;
            for (const auto &t : group)
                terms.append(u"%1 %2 %3"_qs.arg(int(t.field)).arg(int(t.op)).arg(t.value));
            groups.append(terms.join(u" & "_qs));
        }
        return groups;
    }

private Q_SLOTS:
    void narrowedFilterKeepsTheOldOneAndAddsTheValue_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // as a person would write it

        QTest::newRow("empty filter") << QString() << u"user"_qs << u"bob"_qs << u"user = bob"_qs;
        QTest::newRow("blank filter")
            << u"   "_qs << u"status"_qs << u"503"_qs << u"status = 503"_qs;
        QTest::newRow("and") << u"decision = deny"_qs << u"service"_qs << u"payments"_qs
                             << u"decision = deny and service = payments"_qs;
        QTest::newRow("value with spaces and an apostrophe")
            << u"user = bob"_qs << u"reason"_qs << u"no grant covers POST; bob's grant"_qs
            << u"user = bob and reason = \"no grant covers POST; bob's grant\""_qs;
        QTest::newRow("value with a double quote")
            << QString() << u"reason"_qs << u"header \"X\" forged"_qs
            << u"reason = 'header \"X\" forged'"_qs;
        QTest::newRow("value with an operator")
            << QString() << u"user"_qs << u"a=b"_qs << u"user = \"a=b\""_qs;
        QTest::newRow("keyword as a value")
            << QString() << u"user"_qs << u"or"_qs << u"user = \"or\""_qs;
        QTest::newRow("empty value") << QString() << u"user"_qs << QString() << u"user = \"\""_qs;
        QTest::newRow("every or branch")
            << u"user = alice or user = carol"_qs << u"service"_qs << u"ledger"_qs
            << u"user = alice and service = ledger or user = carol and service = ledger"_qs;
        QTest::newRow("or inside quotes is text")
            << u"path ~ \"a or b\""_qs << u"status"_qs << u"200"_qs
            << u"path ~ \"a or b\" and status = 200"_qs;
        QTest::newRow("OR in capitals")
            << u"user = alice OR decision = deny"_qs << u"status"_qs << u"403"_qs
            << u"user = alice and status = 403 or decision = deny and status = 403"_qs;
        QTest::newRow("word containing or") << u"user = oracle"_qs << u"status"_qs << u"200"_qs
                                            << u"user = oracle and status = 200"_qs;
    }
    void narrowedFilterKeepsTheOldOneAndAddsTheValue()
    {
        QFETCH(QString, filter);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString narrowed = filterNarrowedTo(filter, field, value);
        QCOMPARE(meaning(narrowed), meaning(expected));
        QVERIFY(!meaning(narrowed).first().startsWith(u"error"));
    }

    void valueWithBothQuotesLeavesTheFilterAlone()
    {
        QCOMPARE(filterNarrowedTo(u"user = bob"_qs, u"reason"_qs, u"a \"b\" 'c'"_qs),
                 u"user = bob"_qs);
    }

    void bucketLengthFollowsTheRange_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<qint64>("bucketMs");
        constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
        QTest::newRow("15 min") << 15 * m << 30 * s;
        QTest::newRow("1 h") << 1 * h << 1 * m;
        QTest::newRow("24 h") << 24 * h << 30 * m;
        QTest::newRow("7 days") << 7 * d << d;
        QTest::newRow("a minute") << 1 * m << 1 * s;
        QTest::newRow("3 h") << 3 * h << 5 * m;
        QTest::newRow("12 h") << 12 * h << 30 * m;
    }
    void bucketLengthFollowsTheRange()
    {
        QFETCH(qint64, spanMs);
        QFETCH(qint64, bucketMs);
        QCOMPARE(AccessLogHistogram::bucketMsFor(spanMs), bucketMs);
        QVERIFY(spanMs / bucketMs <= 60);
    }
};

QTEST_MAIN(TestAccessLogFacets)
#include "tst_accesslogfacets.moc"
