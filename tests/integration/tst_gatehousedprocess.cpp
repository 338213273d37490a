#include "GatehousedFixture.h"
#include "SyncHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

// gatehoused and gatehouse as programs: command line, exit codes, readiness,
// loopback-only listening and clean shutdown.
class TestGatehousedProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandLine_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectOut");
        QTest::addColumn<QString>("expectErr");
        QTest::newRow("gatehoused --help") << gatehousedPath() << QStringList{u"--help"_qs} << 0
                                           << u"--config <file>"_qs << QString();
        QTest::newRow("gatehoused --version") << gatehousedPath() << QStringList{u"--version"_qs}
                                              << 0 << u"gatehoused 0.1.0"_qs << QString();
        QTest::newRow("gatehoused without config")
            << gatehousedPath() << QStringList{} << 64 << QString() << u"--config FILE"_qs;
        QTest::newRow("gatehoused unknown option")
            << gatehousedPath() << QStringList{u"--frob"_qs} << 64 << QString()
            << u"Unknown option 'frob'"_qs;
        QTest::newRow("gatehoused missing config file")
            << gatehousedPath() << QStringList{u"--config"_qs, u"/nonexistent.toml"_qs} << 78
            << QString() << u"/nonexistent.toml"_qs;
        QTest::newRow("gatehouse --version") << gatehousePath() << QStringList{u"--version"_qs} << 0
                                             << u"gatehouse 0.1.0"_qs << QString();
        QTest::newRow("gatehouse --help")
            << gatehousePath() << QStringList{u"--help"_qs} << 0 << u"Exit codes"_qs << QString();
        QTest::newRow("gatehouse insecure control plane")
            << gatehousePath()
            << QStringList{u"--control-plane"_qs, u"http://gatehouse.example.test"_qs} << 78
            << QString() << u"must use https"_qs;
        QTest::newRow("gatehouse unknown option") << gatehousePath() << QStringList{u"--frob"_qs}
                                                  << 64 << QString() << u"Unknown option"_qs;
    }
    void commandLine()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expectOut);
        QFETCH(QString, expectErr);
        const Run r = run(program, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(expectOut), qPrintable(r.out));
        QVERIFY2(r.err.contains(expectErr), qPrintable(r.err));
    }

    void consoleCommandLineNeedsNoDisplay()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_qs);
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        const Run version = run(gatehousePath(), {u"--version"_qs}, env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, u"gatehouse 0.1.0\n"_qs);
        QCOMPARE(run(gatehousePath(), {u"--help"_qs}, env).exitCode, 0);
    }

    void consoleIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << u"de"_qs << u"Exit-Codes"_qs;
        QTest::newRow("fr") << u"fr"_qs << u"Codes de sortie"_qs;
        QTest::newRow("ja") << u"ja"_qs << u"終了コード"_qs;
    }
    void consoleIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_qs, language);
        const Run help = run(gatehousePath(), {u"--help"_qs}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(expected), qPrintable(help.out));
    }

    void badConfigNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.toml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[identity]\nissuer = \"https://idp.example.test\"\n\n[server]\n"
                   "listen = \"0.0.0.0\"\n");
        file.close();
        const Run r = run(gatehousedPath(), {u"--config"_qs, path});
        QCOMPARE(r.exitCode, 78);
        QVERIFY2(r.err.contains(path + u":5: 'listen' must be an IP address and port"_qs),
                 qPrintable(r.err));
        // --check-config reports the same without starting.
        const Run check = run(gatehousedPath(), {u"--check-config"_qs, u"--config"_qs, path});
        QCOMPARE(check.exitCode, 78);
    }

    void servesHealthOnLoopbackAndStopsCleanly()
    {
        GatehousedFixture daemon;
        QVERIFY2(daemon.start(QUrl(u"https://idp.example.test"_qs)),
                 qPrintable(daemon.diagnostics()));
        QCOMPARE(daemon.url().host(), u"127.0.0.1"_qs);

        const auto health = httpGet(QUrl(daemon.url().toString() + u"/healthz"_qs));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(health.header("Cache-Control"), QByteArray("no-store"));
        const auto body = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(body.value(u"status").toString(), u"ok"_qs);
        QCOMPARE(body.value(u"version").toString(), u"0.1.0"_qs);

        // Bound to loopback only: not reachable on any other local address.
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QUrl other = daemon.url();
            other.setHost(address.toString());
            const auto r = httpRequest("GET", other.resolved(QUrl(u"/healthz"_qs)), {}, {},
                                       std::chrono::seconds(3));
            QVERIFY2(r.status == 0, qPrintable(address.toString()));
        }

        // The store file exists and is a WAL database.
        QVERIFY(QFile::exists(daemon.storePath()));
        QVERIFY(QFile::exists(daemon.storePath() + u"-wal"_qs));

        QCOMPARE(daemon.process().stop(), 0);
        QVERIFY(daemon.process().errors().contains(u"catalog loaded: 0 services"_qs));
    }

    void secondInstanceOnSamePortFails()
    {
        GatehousedFixture first;
        QVERIFY2(first.start(QUrl(u"https://idp.example.test"_qs)),
                 qPrintable(first.diagnostics()));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"second.toml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"[server]\nlisten = \"127.0.0.1:%1\"\n[store]\nurl = \"sqlite:s.db\"\n"
                   "[identity]\nissuer = \"https://idp.example.test\"\n"_qs.arg(first.url().port())
                       .toUtf8());
        file.close();
        const Run r = run(gatehousedPath(), {u"--config"_qs, path});
        QCOMPARE(r.exitCode, 69);
        QVERIFY2(r.err.contains(u"Cannot listen on 127.0.0.1:%1"_qs.arg(first.url().port())),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestGatehousedProcess)
#include "tst_gatehousedprocess.moc"
