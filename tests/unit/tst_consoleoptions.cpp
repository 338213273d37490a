#include "ConsoleOptions.h"

#include <QTemporaryFile>
#include <QTest>

using namespace gatehouse;

using Env = QHash<QString, QString>;

class TestConsoleOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsPointAtTheDemoStack()
    {
        const auto o = ConsoleOptions::parse({u"gatehouse"_qs}, {});
        QVERIFY(o.ok());
        QCOMPARE(o->profile.controlPlaneUrl, QUrl(u"http://127.0.0.1:47102"_qs));
        QCOMPARE(o->profile.issuer, QUrl(u"http://127.0.0.1:47101"_qs));
        QCOMPARE(o->profile.clientId, u"gatehouse-console"_qs);
        QVERIFY(o->profile.scopes.contains(u"openid"_qs));
    }

    void precedence()
    {
        QTemporaryFile demo;
        QVERIFY(demo.open());
        demo.write("GATEHOUSE_URL=http://127.0.0.1:1\nGATEHOUSE_IDP_ISSUER=http://127.0.0.1:2\n");
        demo.flush();

        // demo env file only
        auto o = ConsoleOptions::parse({u"gatehouse"_qs, u"--demo-env"_qs, demo.fileName()}, {});
        QVERIFY(o.ok());
        QCOMPARE(o->profile.controlPlaneUrl.port(), 1);
        QCOMPARE(o->profile.issuer.port(), 2);

        // environment beats the file
        const Env env{{u"GATEHOUSE_CONTROL_PLANE"_qs, u"https://gatehouse.example.test"_qs},
                      {u"GATEHOUSE_DEMO_ENV"_qs, demo.fileName()}};
        o = ConsoleOptions::parse({u"gatehouse"_qs}, env);
        QVERIFY(o.ok());
        QCOMPARE(o->profile.controlPlaneUrl.host(), u"gatehouse.example.test"_qs);
        QCOMPARE(o->profile.issuer.port(), 2);

        // command line beats both
        o = ConsoleOptions::parse(
            {u"gatehouse"_qs, u"--control-plane"_qs, u"https://cli.example.test"_qs}, env);
        QVERIFY(o.ok());
        QCOMPARE(o->profile.controlPlaneUrl.host(), u"cli.example.test"_qs);
    }

    void refusesPlainHttpOffLoopback_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("http control plane")
            << QStringList{u"gatehouse"_qs, u"--control-plane"_qs, u"http://gatehouse.example"_qs}
            << u"url.insecure"_qs;
        QTest::newRow("http issuer")
            << QStringList{u"gatehouse"_qs, u"--issuer"_qs, u"http://idp.example"_qs}
            << u"url.insecure"_qs;
        QTest::newRow("ftp") << QStringList{u"gatehouse"_qs, u"--issuer"_qs, u"ftp://127.0.0.1"_qs}
                             << u"url.insecure"_qs;
        QTest::newRow("not a url")
            << QStringList{u"gatehouse"_qs, u"--issuer"_qs, u"::"_qs} << u"url.invalid"_qs;
        QTest::newRow("unknown option")
            << QStringList{u"gatehouse"_qs, u"--frobnicate"_qs} << u"usage"_qs;
        QTest::newRow("stray argument") << QStringList{u"gatehouse"_qs, u"extra"_qs} << u"usage"_qs;
        QTest::newRow("missing demo env")
            << QStringList{u"gatehouse"_qs, u"--demo-env"_qs, u"/nonexistent/demo.env"_qs}
            << u"env.read"_qs;
    }
    void refusesPlainHttpOffLoopback()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        const auto o = ConsoleOptions::parse(args, {});
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, code);
        QVERIFY(!o.error().message.isEmpty());
    }

    void loopbackHttpIsAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ipv4") << u"http://127.0.0.1:9"_qs;
        QTest::newRow("ipv6") << u"http://[::1]:9"_qs;
        QTest::newRow("localhost") << u"http://localhost:9"_qs;
    }
    void loopbackHttpIsAccepted()
    {
        QFETCH(QString, url);
        const auto o = ConsoleOptions::parse({u"gatehouse"_qs, u"--issuer"_qs, url}, {});
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    }

    void evidenceCommands()
    {
        const auto exp = ConsoleOptions::parse(
            {u"gatehouse"_qs, u"evidence"_qs, u"export"_qs, u"--period"_qs, u"2026-Q4"_qs,
             u"--out"_qs, u"/tmp/pack"_qs, u"--services"_qs, u"payments, ledger"_qs},
            {});
        QVERIFY2(exp.ok(), qPrintable(exp.ok() ? QString() : exp.error().message));
        QCOMPARE(exp->command, ConsoleOptions::Command::EvidenceExport);
        QCOMPARE(exp->evidencePeriod, u"2026-Q4"_qs);
        QCOMPARE(exp->evidenceDir, u"/tmp/pack"_qs);
        QCOMPARE(exp->evidenceServices, (QStringList{u"payments"_qs, u"ledger"_qs}));

        const auto verify = ConsoleOptions::parse(
            {u"gatehouse"_qs, u"evidence"_qs, u"verify"_qs, u"pack"_qs, u"--key"_qs, u"k.pem"_qs},
            {});
        QVERIFY(verify.ok());
        QCOMPARE(verify->command, ConsoleOptions::Command::EvidenceVerify);
        QCOMPARE(verify->evidenceDir, u"pack"_qs);
        QCOMPARE(verify->evidenceKey, u"k.pem"_qs);
    }

    void evidenceUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without period")
            << QStringList{u"evidence"_qs, u"export"_qs, u"--out"_qs, u"x"_qs};
        QTest::newRow("export without out")
            << QStringList{u"evidence"_qs, u"export"_qs, u"--period"_qs, u"2026"_qs};
        QTest::newRow("verify without key") << QStringList{u"evidence"_qs, u"verify"_qs, u"x"_qs};
        QTest::newRow("verify without folder")
            << QStringList{u"evidence"_qs, u"verify"_qs, u"--key"_qs, u"k"_qs};
        QTest::newRow("unknown") << QStringList{u"evidence"_qs, u"print"_qs};
        QTest::newRow("bare") << QStringList{u"evidence"_qs};
    }
    void evidenceUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto o = ConsoleOptions::parse(QStringList{u"gatehouse"_qs} + args, {});
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code, u"usage"_qs);
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "tst_consoleoptions.moc"
