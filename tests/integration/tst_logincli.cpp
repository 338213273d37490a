#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "TestEnvironment.h"
#include "session/KeychainJob.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// `gatehouse login | whoami | logout` as a person runs them: a real process,
// the real dev IdP, the scripted browser, the keychain of a private D-Bus
// session; each outcome has its own exit code.
class TestLoginCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    DevIdp m_idp;
    QTemporaryDir m_home;

    Run gatehouse(const QStringList &args, const QHash<QString, QString> &extraEnv = {})
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, m_home.filePath(u"config"_qs));
        env.insert(u"GATEHOUSE_ISSUER"_qs, m_idp.issuer().toString());
        env.insert(u"GATEHOUSE_BROWSER"_qs, DevIdp::browserCommand());
        env.insert(u"QT_LOGGING_RULES"_qs, u"gatehouse.*=true"_qs); // everything it would log
        env.remove(u"DISPLAY"_qs);
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QString::fromLatin1(kBinDir) + u"/gatehouse"_qs, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QByteArray storedRefreshToken()
    {
        Profile p;
        p.name = u"Demo"_qs;
        p.issuer = m_idp.issuer();
        Session session(p, nullptr);
        std::unique_ptr<KeychainJob> job(KeychainJob::read(session.keychainKey()));
        QSignalSpy done(job.get(), &KeychainJob::finished);
        job->start();
        if (!done.wait(15000) || job->outcome() != KeychainJob::Outcome::Ok)
            return {};
        return job->secret();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics())); }

    void loginWhoamiLogout()
    {
        Run login = gatehouse({u"login"_qs});
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.out.contains("Signed in as Alice Adams"), login.out.constData());
        QVERIFY(login.out.contains("alice@example.test"));
        QVERIFY(login.err.contains("Sign in in your browser"));

        const QByteArray token = storedRefreshToken();
        QVERIFY(!token.isEmpty());
        // Not in what it printed or logged (debug logging on), not in its settings.
        QVERIFY(!login.out.contains(token) && !login.err.contains(token));

        Run whoami = gatehouse({u"whoami"_qs});
        QCOMPARE(whoami.exitCode, 0);
        QVERIFY(whoami.out.contains("Signed in as Alice Adams"));
        QVERIFY(whoami.out.contains("session ends:"));
        QVERIFY(!whoami.err.contains(storedRefreshToken()));

        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(!text.contains(token) && !text.contains(storedRefreshToken()),
                     qPrintable(f.fileName()));
        }

        Run logout = gatehouse({u"logout"_qs});
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(logout.out.contains("revoked"));
        QVERIFY(storedRefreshToken().isEmpty());

        Run after = gatehouse({u"whoami"_qs});
        QCOMPARE(after.exitCode, int(signin::ExitNotSignedIn));
        QVERIFY(after.err.contains("Not signed in"));
    }

    // `gatehouse evidence export` with the saved session of an auditor,
    // against a real gatehoused, then `evidence verify` with the key openssl
    // reads from the server's key file; an owner who is no auditor is refused.
    void evidenceExportAndVerify()
    {
        GatehousedFixture g;
        QVERIFY2(g.start(m_idp.issuer(),
                         u"[audit]\nsigning_key = \"audit-signing.key\"\n\n"_qs + demoCatalog()),
                 qPrintable(g.diagnostics()));
        const QHash<QString, QString> carol{{u"GATEHOUSE_DEV_USER"_qs, u"carol"_qs},
                                            {u"GATEHOUSE_CONTROL_PLANE"_qs, g.url().toString()}};
        QCOMPARE(gatehouse({u"login"_qs}, carol).exitCode, 0);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString month = today.toString(u"yyyy-MM"_qs);
        const QString out = m_home.filePath(u"pack"_qs);
        const Run exported = gatehouse(
            {u"evidence"_qs, u"export"_qs, u"--period"_qs, month, u"--out"_qs, out}, carol);
        QVERIFY2(exported.exitCode == 0, QByteArray(exported.out + exported.err).constData());
        QVERIFY2(exported.out.contains(
                     QByteArray("Evidence pack for " + month.toUtf8() + " written to")),
                 exported.out.constData());
        QVERIFY(QFile::exists(out + u".zip"_qs));

        QProcess openssl;
        openssl.start(u"openssl"_qs, {u"pkey"_qs, u"-in"_qs, g.signingKeyPath(), u"-pubout"_qs,
                                      u"-out"_qs, m_home.filePath(u"audit.pub"_qs)});
        QVERIFY(openssl.waitForFinished(10000) && openssl.exitCode() == 0);
        const Run verified = gatehouse(
            {u"evidence"_qs, u"verify"_qs, out, u"--key"_qs, m_home.filePath(u"audit.pub"_qs)});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QVERIFY(verified.out.contains("VERIFIED"));
        QCOMPARE(gatehouse({u"logout"_qs}, carol).exitCode, 0);

        const QHash<QString, QString> alice{{u"GATEHOUSE_CONTROL_PLANE"_qs, g.url().toString()}};
        QCOMPARE(gatehouse({u"login"_qs}, alice).exitCode, 0);
        const Run refused = gatehouse({u"evidence"_qs, u"export"_qs, u"--period"_qs, month,
                                       u"--out"_qs, m_home.filePath(u"refused"_qs)},
                                      alice);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Only auditors and admins can export evidence."),
                 refused.err.constData());
        QCOMPARE(gatehouse({u"logout"_qs}, alice).exitCode, 0);
    }

    void failuresHaveTheirOwnExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("env"); // KEY=VALUE
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("access denied")
            << QStringList{u"login"_qs} << QStringList{u"GATEHOUSE_DEV_DENY=1"_qs}
            << int(signin::ExitDenied) << u"declined"_qs;
        QTest::newRow("IdP unreachable")
            << QStringList{u"login"_qs} << QStringList{u"GATEHOUSE_ISSUER=http://127.0.0.1:1"_qs}
            << int(signin::ExitUnreachable) << u"could not be reached"_qs;
        QTest::newRow("insecure issuer")
            << QStringList{u"login"_qs}
            << QStringList{u"GATEHOUSE_ISSUER=http://idp.example.com"_qs} << 78
            << u"must use https"_qs;
        QTest::newRow("no keychain: login")
            << QStringList{u"login"_qs}
            << QStringList{u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"_qs}
            << int(signin::ExitKeychainUnavailable) << u"keychain"_qs;
        QTest::newRow("no keychain: whoami")
            << QStringList{u"whoami"_qs}
            << QStringList{u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus"_qs}
            << int(signin::ExitKeychainUnavailable) << u"keychain"_qs;
        QTest::newRow("unknown profile") << QStringList{u"whoami"_qs, u"--profile"_qs, u"nope"_qs}
                                         << QStringList{} << 78 << u"no profile named nope"_qs;
        QTest::newRow("unknown command")
            << QStringList{u"signin"_qs} << QStringList{} << 64 << u"Unexpected argument"_qs;
    }
    void failuresHaveTheirOwnExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, env);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QHash<QString, QString> extra;
        for (const QString &kv : env)
            extra.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        const Run r = gatehouse(args, extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(says, Qt::CaseInsensitive), r.err.constData());
    }

    void helpListsTheExitCodes()
    {
        const Run r = gatehouse({u"--help"_qs});
        QCOMPARE(r.exitCode, 0);
        for (const char *code : {"10 identity provider unreachable", "13 access denied",
                                 "17 keychain unavailable", "19 not signed in"})
            QVERIFY2(r.out.simplified().contains(code), code);
    }
};

QTEST_GUILESS_MAIN(TestLoginCli)
#include "tst_logincli.moc"
