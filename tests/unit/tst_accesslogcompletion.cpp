#include "logs/AccessLogCompletion.h"

#include <QTest>

using namespace gatehouse;
using Kind = AccessLogCompletion::Kind;
using Field = AccessLogFilter::Field;

Q_DECLARE_METATYPE(AccessLogCompletion::Kind)

// What the filter bar offers at the cursor, and how values are written.
class TestAccessLogCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindAtTheCursor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cursor"); // -1: at the end
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<int>("start");
        QTest::newRow("empty") << QString() << -1 << Kind::Field << QString() << QString() << 0;
        QTest::newRow("a field begun")
            << u"se"_qs << -1 << Kind::Field << QString() << u"se"_qs << 0;
        QTest::newRow("after a field")
            << u"status "_qs << -1 << Kind::Operator << u"status"_qs << QString() << 7;
        QTest::newRow("field in capitals")
            << u"STATUS "_qs << -1 << Kind::Operator << u"status"_qs << QString() << 7;
        QTest::newRow("operator begun")
            << u"status >"_qs << -1 << Kind::Operator << u"status"_qs << u">"_qs << 7;
        QTest::newRow("value") << u"user = b"_qs << -1 << Kind::Value << u"user"_qs << u"b"_qs << 7;
        QTest::newRow("after a term")
            << u"user = bob "_qs << -1 << Kind::Keyword << QString() << QString() << 11;
        QTest::newRow("after and")
            << u"user = bob and "_qs << -1 << Kind::Field << QString() << QString() << 15;
        QTest::newRow("after OR") << u"user = bob OR ser"_qs << -1 << Kind::Field << QString()
                                  << u"ser"_qs << 14;
        QTest::newRow("quoted value before") << u"reason = \"no grant\" and "_qs << -1
                                             << Kind::Field << QString() << QString() << 24;
        QTest::newRow("cursor in the middle")
            << u"user = bob and service = pay"_qs << 8 << Kind::Value << u"user"_qs << u"b"_qs << 7;
        QTest::newRow("free text then more")
            << u"refunds "_qs << -1 << Kind::Keyword << QString() << QString() << 8;
    }
    void kindAtTheCursor()
    {
        QFETCH(QString, text);
        QFETCH(int, cursor);
        QFETCH(Kind, kind);
        QFETCH(QString, field);
        QFETCH(QString, prefix);
        QFETCH(int, start);
        const auto c = AccessLogCompletion::at(text, cursor < 0 ? int(text.size()) : cursor);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.prefix, prefix);
        QCOMPARE(c.start, start);
        if (field.isEmpty())
            QVERIFY(!c.field);
        else
            QCOMPARE(c.field, AccessLogCompletion::fieldNamed(field));
    }

    // Whatever completion writes parses back to the value it offered.
    void valuesAreWrittenSoTheyParse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"bob"_qs << u"bob"_qs;
        QTest::newRow("space") << u"no grant"_qs << u"\"no grant\""_qs;
        QTest::newRow("keyword") << u"and"_qs << u"\"and\""_qs;
        QTest::newRow("operator inside") << u"a=b"_qs << u"\"a=b\""_qs;
        QTest::newRow("double quote") << u"say \"hi\""_qs << u"'say \"hi\"'"_qs;
        QTest::newRow("dash") << u"deploy-bot"_qs << u"deploy-bot"_qs;
    }
    void valuesAreWrittenSoTheyParse()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(AccessLogCompletion::valueText(value), written);
        const auto parsed = AccessLogFilter::parse(u"reason = "_qs + written);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed.value().groups().value(0).value(0).value, value);
    }

    // Every offered operator and fixed value is accepted by the parser.
    void offeredOperatorsAndValuesParse()
    {
        for (const QString &name : AccessLogFilter::fieldNames()) {
            const Field field = *AccessLogCompletion::fieldNamed(name);
            QStringList values = AccessLogCompletion::fixedValues(field);
            if (values.isEmpty())
                values = {u"x"_qs};
            for (const QString &op : AccessLogCompletion::operatorsFor(field))
                for (const QString &v : values) {
                    if (field == Field::Status && op != u"=" && op != u"!=" && v.endsWith(u"xx"))
                        continue; // a class compares with = or != only
                    const QString text = name + u' ' + op + u' ' + v;
                    const auto parsed = AccessLogFilter::parse(
                        field == Field::Status && v == u"x" ? name + u" = 500"_qs : text);
                    QVERIFY2(parsed, qPrintable(text + u": "_qs +
                                                (parsed ? QString() : parsed.error().message)));
                }
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessLogCompletion)
#include "tst_accesslogcompletion.moc"
