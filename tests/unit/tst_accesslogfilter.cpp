#include "logs/AccessLogFilter.h"

#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::AccessLogFilter::Field)
Q_DECLARE_METATYPE(gatehouse::AccessLogFilter::Op)

// The access log's filter language: what parses into which terms, and what is
// refused with the column the error points at.
class TestAccessLogFilter : public QObject
{
    Q_OBJECT

    using Field = AccessLogFilter::Field;
    using Op = AccessLogFilter::Op;

private Q_SLOTS:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("terms");   // in the first group
        QTest::addColumn<Field>("field"); // of the first term
        QTest::addColumn<Op>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");

        QTest::newRow("user and status") << u"user = bob and status >= 500"_qs << 1 << 2
                                         << Field::User << Op::Equal << u"bob"_qs << 0 << 0;
        QTest::newRow("service") << u"service = payments"_qs << 1 << 1 << Field::Service
                                 << Op::Equal << u"payments"_qs << 0 << 0;
        QTest::newRow("decision deny") << u"decision = deny"_qs << 1 << 1 << Field::Decision
                                       << Op::Equal << u"deny"_qs << 0 << 0;
        QTest::newRow("decision denied is deny")
            << u"decision=DENIED"_qs << 1 << 1 << Field::Decision << Op::Equal << u"deny"_qs << 0
            << 0;
        QTest::newRow("path contains") << u"path ~ /v1/charges"_qs << 1 << 1 << Field::Path
                                       << Op::Contains << u"/v1/charges"_qs << 0 << 0;
        QTest::newRow("grant") << u"grant = 42"_qs << 1 << 1 << Field::Grant << Op::Equal
                               << u"42"_qs << 0 << 0;
        QTest::newRow("free text") << u"/v1/refunds"_qs << 1 << 1 << Field::Text << Op::Contains
                                   << u"/v1/refunds"_qs << 0 << 0;
        QTest::newRow("quoted free text") << u"\"a b\" and method = get"_qs << 1 << 2 << Field::Text
                                          << Op::Contains << u"a b"_qs << 0 << 0;
        QTest::newRow("status exact") << u"status = 404"_qs << 1 << 1 << Field::Status << Op::Equal
                                      << u"404"_qs << 404 << 404;
        QTest::newRow("status class") << u"status != 5xx"_qs << 1 << 1 << Field::Status
                                      << Op::NotEqual << u"5xx"_qs << 500 << 599;
        QTest::newRow("status no spaces")
            << u"status<400"_qs << 1 << 1 << Field::Status << Op::Less << u"400"_qs << 400 << 400;
        QTest::newRow("method upper-cased")
            << u"method = post"_qs << 1 << 1 << Field::Method << Op::Equal << u"POST"_qs << 0 << 0;
        QTest::newRow("flag forged")
            << u"flag = forged"_qs << 1 << 1 << Field::Flag << Op::Equal << u"forged"_qs << 0 << 0;
        QTest::newRow("deny reason quoted")
            << u"reason = \"no grant\""_qs << 1 << 1 << Field::Reason << Op::Equal << u"no grant"_qs
            << 0 << 0;
        QTest::newRow("or, and binds tighter")
            << u"user = bob and decision = deny or service = ledger"_qs << 2 << 2 << Field::User
            << Op::Equal << u"bob"_qs << 0 << 0;
        QTest::newRow("upper-case keywords and field")
            << u"USER = bob OR Ip = 10.0.0.1"_qs << 2 << 1 << Field::User << Op::Equal << u"bob"_qs
            << 0 << 0;
        QTest::newRow("injection is a value")
            << u"user = \"x' OR 1=1 --\""_qs << 1 << 1 << Field::User << Op::Equal
            << u"x' OR 1=1 --"_qs << 0 << 0;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(int, groups);
        QFETCH(int, terms);
        QFETCH(Field, field);
        QFETCH(Op, op);
        QFETCH(QString, value);
        QFETCH(int, low);
        QFETCH(int, high);
        const auto parsed = AccessLogFilter::parse(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().detail));
        QCOMPARE(parsed->groups().size(), groups);
        QCOMPARE(parsed->groups().first().size(), terms);
        const auto &term = parsed->groups().first().first();
        QCOMPARE(term.field, field);
        QCOMPARE(term.op, op);
        QCOMPARE(term.value, value);
        QCOMPARE(term.low, low);
        QCOMPARE(term.high, high);
    }

    void emptyKeepsEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_qs;
    }
    void emptyKeepsEverything()
    {
        QFETCH(QString, text);
        const auto parsed = AccessLogFilter::parse(text);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->isEmpty());
    }

    void refusesWithColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unknown field") << u"usr = bob"_qs << 1 << u"usr"_qs;
        QTest::newRow("unknown field after and")
            << u"user = bob and sttus >= 500"_qs << 16 << u"sttus"_qs;
        QTest::newRow("unknown operator") << u"status => 500"_qs << 8 << u"=>"_qs;
        QTest::newRow("missing value") << u"user ="_qs << 7 << u"="_qs;
        QTest::newRow("keyword as value") << u"user = and"_qs << 8 << u"="_qs;
        QTest::newRow("not a status") << u"status >= fivehundred"_qs << 11 << u"fivehundred"_qs;
        QTest::newRow("status out of range") << u"status = 700"_qs << 10 << u"700"_qs;
        QTest::newRow("status class with order") << u"status > 4xx"_qs << 10 << u"4xx"_qs;
        QTest::newRow("status contains") << u"status ~ 50"_qs << 8 << u"status"_qs;
        QTest::newRow("ordered text") << u"user > bob"_qs << 6 << u"user"_qs;
        QTest::newRow("ordered text, value named like the field")
            << u"user > user"_qs << 6 << u"user"_qs;
        QTest::newRow("not a decision") << u"decision = maybe"_qs << 12 << u"maybe"_qs;
        QTest::newRow("not a flag") << u"flag = odd"_qs << 8 << u"odd"_qs;
        QTest::newRow("unclosed quote") << u"path ~ \"/v1"_qs << 8 << u"8"_qs;
        QTest::newRow("missing and") << u"user = bob status = 500"_qs << 12 << u"status"_qs;
        QTest::newRow("dangling and") << u"user = bob and"_qs << 15 << u"15"_qs;
        QTest::newRow("leading operator") << u"= bob"_qs << 1 << u"user"_qs;
        QTest::newRow("quoted field") << u"\"user\" = bob"_qs << 1 << u"user"_qs;
    }
    void refusesWithColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const auto parsed = AccessLogFilter::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(AccessLogFilter::errorColumn(parsed.error()), column);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogFilter)
#include "tst_accesslogfilter.moc"
