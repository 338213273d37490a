#include "CaddyfileWriter.h"
#include "ServerConfig.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

namespace {
const QByteArray kMinimal = "[identity]\nissuer = \"https://idp.example.test\"\n";
}

class TestServerConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalUsesSafeDefaults()
    {
        const auto config = ServerConfig::parse(kMinimal, u"/etc/gatehouse/gatehoused.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config->storeUrl, u"sqlite:/etc/gatehouse/gatehouse.db"_qs);
        QCOMPARE(config->auditSigningKeyPath, u"/etc/gatehouse/audit-signing.key"_qs);
        QCOMPARE(config->apiAudiences, QStringList{u"urn:gatehouse:api"_qs});
        QCOMPARE(config->claims.subjectClaim, u"sub"_qs);
        QVERIFY(config->services.isEmpty());
        QVERIFY(!config->adjustableClock); // a test-only clock is never on by default
    }

    void demoCatalogLoads()
    {
        QFile catalog(QString::fromLatin1(test::kSourceDir) + u"/resources/demo/catalog.toml"_qs);
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        const auto config = ServerConfig::parse(kMinimal + catalog.readAll(), u"demo.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->services.size(), 20);
        QSet<QString> teams;
        for (const auto &s : config->services)
            teams.insert(s.team);
        QCOMPARE(teams.size(), 3);
        const auto payments = std::find_if(config->services.begin(), config->services.end(),
                                           [](const Service &s) { return s.name == u"payments"; });
        QVERIFY(payments != config->services.end());
        QVERIFY(payments->owners.contains(u"alice"_qs));
        QCOMPARE(payments->edgeHosts, QStringList{u"payments.localhost"_qs});
        QCOMPARE(payments->maxGrantDuration, std::chrono::hours(4));
        QVERIFY(payments->approval == ApprovalRule::None);
    }

    void errorsNameFileLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("TOML syntax") << QByteArray("[identity\nissuer = 1\n") << 1 << u""_qs;
        QTest::newRow("no identity")
            << QByteArray("[server]\nlisten = \"127.0.0.1:1\"\n") << 1 << u"missing [identity]"_qs;
        QTest::newRow("http issuer off loopback")
            << QByteArray("[identity]\nissuer = \"http://idp.example.test\"\n") << 2
            << u"must use https"_qs;
        QTest::newRow("bad listen") << QByteArray(kMinimal + "[server]\nlisten = \"localhost\"\n")
                                    << 4 << u"'listen' must be an IP address and port"_qs;
        QTest::newRow("unknown key") << QByteArray(kMinimal + "[server]\nlisen = \"x\"\n") << 4
                                     << u"unknown key 'lisen' in [server]"_qs;
        QTest::newRow("bad store url") << QByteArray(kMinimal + "[store]\nurl = \"mysql://x\"\n")
                                       << 4 << u"sqlite: or postgresql://"_qs;
        const QByteArray service =
            "\n[[services]]\nname = \"pay\"\nteam = \"t\"\nowners = [\"a\"]\n";
        QTest::newRow("bad duration")
            << QByteArray(kMinimal + service + "max_grant = \"forever\"\n") << 8
            << u"'max_grant' must be a duration"_qs;
        QTest::newRow("bad approval") << QByteArray(kMinimal + service + "approval = \"maybe\"\n")
                                      << 8 << u"'approval' must be"_qs;
        QTest::newRow("bad name") << QByteArray(kMinimal +
                                                "\n[[services]]\nname = \"Pay_ments\"\nteam = "
                                                "\"t\"\nowners = [\"a\"]\n")
                                  << 5 << u"service name 'Pay_ments'"_qs;
        QTest::newRow("no owners")
            << QByteArray(kMinimal + "\n[[services]]\nname = \"pay\"\nteam = \"t\"\n") << 4
            << u"needs at least one owner"_qs;
        QTest::newRow("duplicate service")
            << QByteArray(kMinimal + service + service) << 9 << u"defined twice"_qs;
        QTest::newRow("host on two services")
            << QByteArray(kMinimal + service + "edge_hosts = [\"a.test\"]\n" +
                          "\n[[services]]\nname = \"other\"\nteam = \"t\"\nowners = [\"a\"]\n" +
                          "edge_hosts = [\"A.test\"]\n")
            << 10 << u"edge host 'A.test' belongs to two services"_qs;
        QTest::newRow("host on two services, another spelling")
            << QByteArray(kMinimal + service + "edge_hosts = [\"a.test\"]\n" +
                          "\n[[services]]\nname = \"other\"\nteam = \"t\"\nowners = [\"a\"]\n" +
                          "edge_hosts = [\"A.Test.:8443\"]\n")
            << 10 << u"edge host 'A.Test.:8443' belongs to two services"_qs;
        QTest::newRow("host not a host name")
            << QByteArray(kMinimal + service + "edge_hosts = [\"a.test/x\"]\n") << 4
            << u"edge host 'a.test/x' is not a host name"_qs;
        QTest::newRow("access log from file and net")
            << QByteArray(kMinimal + "\n[edge]\naccess_log = \"a.log\"\n" +
                          "access_log_net = \"127.0.0.1:47190\"\n")
            << 6 << u"set 'access_log' (a file) or 'access_log_net'"_qs;
        for (const char *address : {"0.0.0.0:47190", "192.0.2.7:47190", "[::]:47190"})
            QTest::addRow("access_log_net %s", address)
                << QByteArray(kMinimal + "\n[edge]\naccess_log_net = \"" + address + "\"\n") << 5
                << u"'access_log_net' must be a loopback address"_qs;
        for (const char *address :
             {"localhost:47190", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000"})
            QTest::addRow("access_log_net %s", address)
                << QByteArray(kMinimal + "\n[edge]\naccess_log_net = \"" + address + "\"\n") << 5
                << u"'access_log_net' must be an IP address and port"_qs;
        for (const char *address : {"0.0.0.0:47103", "192.0.2.7:47103", "[::]:47103"})
            QTest::addRow("decision_listen %s", address)
                << QByteArray(kMinimal + "\n[edge]\ndecision_listen = \"" + address + "\"\n") << 5
                << u"'decision_listen' must be a loopback address"_qs;
        for (const char *address : {"localhost:47103", "127.0.0.1", "127.0.0.1:0"})
            QTest::addRow("decision_listen %s", address)
                << QByteArray(kMinimal + "\n[edge]\ndecision_listen = \"" + address + "\"\n") << 5
                << u"'decision_listen' must be an IP address and port"_qs;
        for (const char *threads : {"0", "65", "\"2\""})
            QTest::addRow("decision_threads %s", threads)
                << QByteArray(kMinimal + "\n[edge]\ndecision_threads = " + threads + "\n") << 5
                << u"'decision_threads' must be a number from 1 to 64"_qs;
        QTest::newRow("owners not strings")
            << QByteArray(kMinimal + "\n[[services]]\nname = \"pay\"\nteam = \"t\"\nowners = [1]\n")
            << 7 << u"'owners' must contain only strings"_qs;
        QTest::newRow("adjustable clock off loopback")
            << QByteArray(kMinimal + "[server]\nlisten = \"0.0.0.0:47102\"\n" +
                          "[testing]\nadjustable_clock = true\n")
            << 6 << u"'adjustable_clock' is for tests and needs a loopback"_qs;
        QTest::newRow("adjustable clock not a boolean")
            << QByteArray(kMinimal + "[testing]\nadjustable_clock = \"yes\"\n") << 4
            << u"'adjustable_clock' must be true or false"_qs;
    }

    void errorsNameFileLineAndReason()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto config = ServerConfig::parse(toml, u"/etc/gatehouse/gatehoused.toml"_qs);
        QVERIFY(!config.ok());
        const QString message = config.error().message;
        QVERIFY2(message.startsWith(u"/etc/gatehouse/gatehoused.toml:%1: "_qs.arg(line)),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void accessLogFromCaddysNetWriter_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QHostAddress>("host");
        QTest::newRow("IPv4 loopback") << u"127.0.0.1:47190"_qs << QHostAddress(u"127.0.0.1"_qs);
        QTest::newRow("IPv6 loopback") << u"[::1]:47190"_qs << QHostAddress(u"::1"_qs);
    }
    void accessLogFromCaddysNetWriter()
    {
        QFETCH(QString, address);
        QFETCH(QHostAddress, host);
        const auto config = ServerConfig::parse(
            kMinimal + "\n[edge]\naccess_log_net = \"" + address.toUtf8() + "\"\n", u"g.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->edge.accessLogNetAddress, host);
        QCOMPARE(config->edge.accessLogNetPort, 47190);
        QVERIFY(config->edge.accessLog.isEmpty());
        QCOMPARE(hostPort(host, 47190), address);
    }

    // The decision listener is where the generated Caddyfile sends
    // forward_auth; without one, Caddy asks the API; authz_url wins over both.
    void caddyAsksTheDecisionListener_data()
    {
        QTest::addColumn<QByteArray>("edge");
        QTest::addColumn<QString>("asks");
        QTest::newRow("decision listener")
            << QByteArray("decision_listen = \"127.0.0.1:47103\"\ndecision_threads = 4\n")
            << u"forward_auth http://127.0.0.1:47103 {"_qs;
        QTest::newRow("IPv6 loopback") << QByteArray("decision_listen = \"[::1]:47103\"\n")
                                       << u"forward_auth http://[::1]:47103 {"_qs;
        QTest::newRow("none: the API")
            << QByteArray() << u"forward_auth http://127.0.0.1:47102 {"_qs;
        QTest::newRow("authz_url wins")
            << QByteArray("decision_listen = \"127.0.0.1:47103\"\n"
                          "authz_url = \"http://gatehoused.internal:9000\"\n")
            << u"forward_auth http://gatehoused.internal:9000 {"_qs;
    }
    void caddyAsksTheDecisionListener()
    {
        QFETCH(QByteArray, edge);
        QFETCH(QString, asks);
        const auto config = ServerConfig::parse(kMinimal + "\n[edge]\n" + edge, u"g.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        const QString caddy = caddyfile(config.value());
        QCOMPARE(caddy.count(asks), 2); // the services' sites and the catch-all
        if (edge.contains("decision_threads"))
            QCOMPARE(config->edge.decisionThreads, 4);
    }

    void identityClaimsAndAudiences_data()
    {
        QTest::addColumn<QByteArray>("identity"); // lines after the issuer
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("groups");
        QTest::addColumn<QStringList>("apiAudiences");
        QTest::newRow("defaults") << QByteArray() << u"sub"_qs << u"groups"_qs
                                  << QStringList{u"urn:gatehouse:api"_qs};
        QTest::newRow("Okta: email, groups")
            << QByteArray("subject_claim = \"email\"\napi_audience = \"api://gatehouse\"\n")
            << u"email"_qs << u"groups"_qs << QStringList{u"api://gatehouse"_qs};
        QTest::newRow("Entra: preferred_username, app roles, two audiences")
            << QByteArray("subject_claim = \"preferred_username\"\ngroups_claim = \"roles\"\n"
                          "api_audiences = [\"api://gatehouse-api\", "
                          "\"7d0a1a37-3c11-4b52-9d3a-1f1f1f1f1f1f\"]\n")
            << u"preferred_username"_qs << u"roles"_qs
            << QStringList{u"api://gatehouse-api"_qs, u"7d0a1a37-3c11-4b52-9d3a-1f1f1f1f1f1f"_qs};
        QTest::newRow("namespaced claim")
            << QByteArray("groups_claim = \"https://gatehouse.example/groups\"\n") << u"sub"_qs
            << u"https://gatehouse.example/groups"_qs << QStringList{u"urn:gatehouse:api"_qs};
    }
    void identityClaimsAndAudiences()
    {
        QFETCH(QByteArray, identity);
        const auto config = ServerConfig::parse(kMinimal + identity, u"x.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QTEST(config->claims.subjectClaim, "subject");
        QTEST(config->claims.groupsClaim, "groups");
        QTEST(config->apiAudiences, "apiAudiences");
    }

    void severalIssuersEachWithTheirOwnClaims()
    {
        const QByteArray toml = kMinimal + "subject_claim = \"email\"\n"
                                           "api_audiences = [\"urn:gatehouse:api\"]\n"
                                           "[[identity.issuers]]\n"
                                           "issuer = \"https://login.microsoftonline.com/t/v2.0\"\n"
                                           "subject_claim = \"preferred_username\"\n"
                                           "groups_claim = \"roles\"\n"
                                           "api_audience = \"api://gatehouse\"\n"
                                           "[[identity.issuers]]\n"
                                           "issuer = \"https://dex.example.com\"\n";
        const auto config = ServerConfig::parse(toml, u"x.toml"_qs);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        const auto issuers = config->trustedIssuers();
        QCOMPARE(issuers.size(), 3);
        QCOMPARE(issuers.at(0).issuer, QUrl(u"https://idp.example.test"_qs));
        QCOMPARE(issuers.at(0).claims.subjectClaim, u"email"_qs);
        QCOMPARE(issuers.at(1).claims.subjectClaim, u"preferred_username"_qs);
        QCOMPARE(issuers.at(1).claims.groupsClaim, u"roles"_qs);
        QCOMPARE(issuers.at(1).apiAudiences, QStringList{u"api://gatehouse"_qs});
        // Unset: the standard claims, and [identity]'s audiences.
        QCOMPARE(issuers.at(2).claims.subjectClaim, u"sub"_qs);
        QCOMPARE(issuers.at(2).apiAudiences, QStringList{u"urn:gatehouse:api"_qs});
        QCOMPARE(issuers.at(2).edgeAudiences, QStringList{u"urn:gatehouse:edge"_qs});
    }

    void identityMistakesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("line");
        QTest::newRow("empty claim") << QByteArray("subject_claim = \"\"\n")
                                     << u"'subject_claim' must name a token claim"_qs << 3;
        QTest::newRow("claim with space") << QByteArray("groups_claim = \"my groups\"\n")
                                          << u"'groups_claim' must name a token claim"_qs << 3;
        QTest::newRow("claim not a string")
            << QByteArray("email_claim = 1\n") << u"'email_claim' must be a string"_qs << 3;
        QTest::newRow("no audience") << QByteArray("api_audiences = []\n")
                                     << u"'api_audiences' must name at least one audience"_qs << 3;
        QTest::newRow("both audience keys")
            << QByteArray("api_audience = \"a\"\napi_audiences = [\"b\"]\n")
            << u"set 'api_audience' or 'api_audiences', not both"_qs << 4;
        QTest::newRow("issuer twice")
            << QByteArray("[[identity.issuers]]\nissuer = \"https://idp.example.test\"\n")
            << u"issuer 'https://idp.example.test' is configured twice"_qs << 4;
        QTest::newRow("other issuer over plain http")
            << QByteArray("[[identity.issuers]]\nissuer = \"http://dex.example.com\"\n")
            << u"The issuer address must use https"_qs << 4;
        QTest::newRow("other issuer's unknown key")
            << QByteArray("[[identity.issuers]]\nissuer = \"https://dex.example.com\"\n"
                          "roles = [\"a\"]\n")
            << u"unknown key 'roles' in [[identity.issuers]]"_qs << 5;
        QTest::newRow("unknown key") << QByteArray("subject = \"email\"\n")
                                     << u"unknown key 'subject' in [identity]"_qs << 3;
    }
    void identityMistakesAreRefused()
    {
        QFETCH(QByteArray, identity);
        QFETCH(QString, reason);
        QFETCH(int, line);
        const auto config = ServerConfig::parse(kMinimal + identity, u"x.toml"_qs);
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"x.toml:%1: "_qs.arg(line) + reason),
                 qPrintable(config.error().message));
    }

    // [audit]: what the verifier pins, and where and how often heads are
    // checkpointed; every mistake names its line.
    void auditSection_data()
    {
        QTest::addColumn<QByteArray>("audit");
        QTest::addColumn<QString>("publicKey"); // expected, or the error's reason
        QTest::addColumn<QString>("checkpointDir");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("intervalSeconds");
        const QString fp = u"3f2a"_qs + QString(60, u'0');
        QTest::newRow("defaults") << QByteArray() << QString() << u"/etc/gh/audit-checkpoints"_qs
                                  << 100 << 60;
        QTest::newRow("fingerprint pinned, checkpoints tuned")
            << ("public_key = \"sha256:" + fp.toLatin1() +
                "\"\ncheckpoint_dir = \"/srv/ckpt\"\ncheckpoint_every_records = 5\n"
                "checkpoint_interval = \"30s\"\n")
            << u"sha256:"_qs + fp << u"/srv/ckpt"_qs << 5 << 30;
        QTest::newRow("checkpoints off")
            << QByteArray("checkpoint_dir = \"\"\n") << QString() << QString() << 100 << 60;
        QTest::newRow("missing key file") << QByteArray("public_key = \"nope.pub\"\n")
                                          << u"error:gatehoused.toml:4: "_qs << QString() << 0 << 0;
        QTest::newRow("zero records") << QByteArray("checkpoint_every_records = 0\n")
                                      << u"error:whole number"_qs << QString() << 0 << 0;
        QTest::newRow("bad interval") << QByteArray("checkpoint_interval = \"soon\"\n")
                                      << u"error:'checkpoint_interval'"_qs << QString() << 0 << 0;
        QTest::newRow("unknown key") << QByteArray("checkpoints = \"x\"\n")
                                     << u"error:checkpoints"_qs << QString() << 0 << 0;
    }
    void auditSection()
    {
        QFETCH(QByteArray, audit);
        QFETCH(QString, publicKey);
        QFETCH(QString, checkpointDir);
        QFETCH(int, every);
        QFETCH(int, intervalSeconds);
        const auto config =
            ServerConfig::parse(kMinimal + "[audit]\n" + audit, u"/etc/gh/gatehoused.toml"_qs);
        if (publicKey.startsWith(u"error:")) {
            QVERIFY(!config.ok());
            QVERIFY2(config.error().message.contains(publicKey.mid(6)),
                     qPrintable(config.error().message));
            return;
        }
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->auditPublicKey, publicKey);
        QCOMPARE(config->auditCheckpointDir, checkpointDir);
        QCOMPARE(config->auditCheckpointEveryRecords, every);
        QCOMPARE(config->auditCheckpointInterval.count(), intervalSeconds);
    }

    void missingFileIsAnError()
    {
        const auto config = ServerConfig::load(u"/nonexistent/gatehoused.toml"_qs);
        QVERIFY(!config.ok());
        QVERIFY(config.error().message.startsWith(u"/nonexistent/gatehoused.toml: "_qs));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
