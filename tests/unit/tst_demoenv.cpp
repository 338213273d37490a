#include "DemoEnv.h"

#include <QTest>

using namespace gatehouse;

using Env = QHash<QString, QString>;

class TestDemoEnv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<Env>("expected");
        QTest::newRow("simple") << QByteArray("A=1\nB=two\n") << true
                                << Env{{u"A"_qs, u"1"_qs}, {u"B"_qs, u"two"_qs}};
        QTest::newRow("comments and blanks")
            << QByteArray("# endpoints\n\nA=1\n  # indented\n") << true << Env{{u"A"_qs, u"1"_qs}};
        QTest::newRow("export and quotes")
            << QByteArray("export A=\"http://127.0.0.1:1\"\nB='x y'\n") << true
            << Env{{u"A"_qs, u"http://127.0.0.1:1"_qs}, {u"B"_qs, u"x y"_qs}};
        QTest::newRow("equals in value")
            << QByteArray("A=k=v\n") << true << Env{{u"A"_qs, u"k=v"_qs}};
        QTest::newRow("later wins") << QByteArray("A=1\nA=2\n") << true << Env{{u"A"_qs, u"2"_qs}};
        QTest::newRow("no equals") << QByteArray("A\n") << false << Env{};
        QTest::newRow("bad key") << QByteArray("1A=x\n") << false << Env{};
    }
    void parse()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, valid);
        QFETCH(Env, expected);
        const auto result = parseEnvFile(content);
        QCOMPARE(result.ok(), valid);
        if (valid)
            QCOMPARE(result.value(), expected);
        else
            QVERIFY(result.error().message.contains(u"Line"_qs));
    }
};

QTEST_GUILESS_MAIN(TestDemoEnv)
#include "tst_demoenv.moc"
