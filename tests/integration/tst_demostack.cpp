#include "ApiClient.h"
#include "DemoEnv.h"
#include "ManagedProcess.h"
#include "SyncHttp.h"
#include "TestEnvironment.h"
#include "identity/TokenValidator.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gatehouse;
using namespace gatehouse::test;

// The README's demo commands, for real: `scripts/demo --headless` brings the
// stack up, `scripts/dev-token alice` prints a verifiable JWT, Caddy serves the
// demo services, and `scripts/demo --stop` leaves no process behind.
class TestDemoStack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> m_endpoints;
    QList<qint64> m_pids;
    QMap<QString, quint16> m_ports;

    QString script(const QString &name) const
    {
        return QString::fromLatin1(kSourceDir) + u"/scripts/"_qs + name;
    }

    int runScript(const QString &name, const QStringList &args, QByteArray *out = nullptr,
                  QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(script(name), args);
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        else
            qInfo().noquote() << p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        for (const char *name : {"GATEHOUSE_IDP_PORT", "GATEHOUSE_PORT", "GATEHOUSE_CADDY_PORT",
                                 "GATEHOUSE_CADDY_ADMIN_PORT", "GATEHOUSE_UPSTREAM_PORT_1",
                                 "GATEHOUSE_UPSTREAM_PORT_2"}) {
            quint16 port = freeLoopbackPort();
            while (std::find(m_ports.cbegin(), m_ports.cend(), port) != m_ports.cend())
                port = freeLoopbackPort();
            m_ports.insert(QLatin1String(name), port);
            m_env.insert(QLatin1String(name), QString::number(port));
        }
        m_env.insert(u"GATEHOUSE_DEMO_DIR"_qs, m_state.path());
        m_env.insert(u"GATEHOUSE_BUILD_DIR"_qs, QString::fromLatin1(kBinaryDir));
        m_env.insert(u"GATEHOUSE_DEMO_NO_BUILD"_qs, u"1"_qs);
        m_env.remove(u"GATEHOUSE_IDP_ISSUER"_qs);
    }

    void headlessStartWritesEndpoints()
    {
        QCOMPARE(runScript(u"demo"_qs, {u"--headless"_qs}), 0);
        auto env = readEnvFile(m_state.filePath(u"demo.env"_qs));
        QVERIFY2(env.ok(), qPrintable(env.ok() ? QString() : env.error().message));
        m_endpoints = env.value();
        QCOMPARE(m_endpoints.value(u"GATEHOUSE_IDP_ISSUER"_qs),
                 u"http://127.0.0.1:%1"_qs.arg(m_ports.value(u"GATEHOUSE_IDP_PORT"_qs)));
        QCOMPARE(m_endpoints.value(u"GATEHOUSE_URL"_qs),
                 u"http://127.0.0.1:%1"_qs.arg(m_ports.value(u"GATEHOUSE_PORT"_qs)));
        QVERIFY(m_endpoints.contains(u"GATEHOUSE_CADDY_URL"_qs));

        const QDir pids(m_state.filePath(u"pids"_qs));
        const auto files = pids.entryList({u"*.pid"_qs}, QDir::Files);
        QCOMPARE(files.size(), 5);
        for (const QString &f : files) {
            QFile file(pids.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_pids.append(file.readAll().trimmed().toLongLong());
        }
    }

    void devTokenVerifiesAgainstTheIdpKeys()
    {
        QByteArray token;
        QByteArray err;
        QCOMPARE(runScript(u"dev-token"_qs, {u"alice"_qs}, &token, &err), 0);
        token = token.trimmed();
        QCOMPARE(token.count('.'), 2);

        const QString issuer = m_endpoints.value(u"GATEHOUSE_IDP_ISSUER"_qs);
        const auto discovery = QJsonDocument::fromJson(
            httpGet(QUrl(issuer + u"/.well-known/openid-configuration"_qs)).body);
        const auto jwks = httpGet(QUrl(discovery.object().value(u"jwks_uri").toString()));
        QCOMPARE(jwks.status, 200);
        TokenRules rules;
        rules.issuer = issuer;
        rules.audiences = {u"urn:gatehouse:api"_qs};
        rules.type = u"at+jwt"_qs;
        const auto validated = validateToken(
            token, JwkSet::fromJson(QJsonDocument::fromJson(jwks.body).object()), rules);
        QVERIFY2(validated.ok(),
                 qPrintable(validated.ok() ? QString() : validated.error().logText()));
        QCOMPARE(validated->claimString(u"iss"), issuer);
        QCOMPARE(validated->subject, u"alice"_qs);

        QByteArray edge;
        QCOMPARE(runScript(u"dev-token"_qs, {u"bob"_qs, u"--audience"_qs, u"edge"_qs}, &edge), 0);
        rules.audiences = {u"urn:gatehouse:edge"_qs};
        QVERIFY(validateToken(edge.trimmed(),
                              JwkSet::fromJson(QJsonDocument::fromJson(jwks.body).object()), rules)
                    .ok());
    }

    // The demo's Caddy runs the Caddyfile gatehoused writes: a service answers
    // only a caller that a grant covers.
    void servicesAnswerThroughCaddyWhenGranted()
    {
        QByteArray bob;
        QByteArray alice;
        QCOMPARE(runScript(u"dev-token"_qs, {u"bob"_qs, u"--audience"_qs, u"edge"_qs}, &bob), 0);
        QCOMPARE(runScript(u"dev-token"_qs, {u"alice"_qs}, &alice), 0);
        const quint16 port = m_ports.value(u"GATEHOUSE_CADDY_PORT"_qs);
        const auto call = [&](const QString &service) {
            return httpGet(
                QUrl(u"http://127.0.0.1:%1/orders/42"_qs.arg(port)),
                {{"Host", (service + u".localhost:"_qs + QString::number(port)).toLatin1()},
                 {"Authorization", "Bearer " + bob.trimmed()}});
        };
        QCOMPARE(call(u"payments"_qs).status, 403);

        ApiClient api(QUrl(m_endpoints.value(u"GATEHOUSE_URL"_qs)));
        for (const QString &service : {u"payments"_qs, u"ledger"_qs}) {
            const auto grant = api.post(u"/v1/grants"_qs, alice.trimmed(),
                                        {{u"subject"_qs, u"bob"_qs},
                                         {u"service"_qs, service},
                                         {u"duration"_qs, u"10m"_qs},
                                         {u"reason"_qs, u"demo check"_qs}});
            QCOMPARE(grant.status, 201);
        }
        HttpResult payments;
        QVERIFY(pollUntil(
            [&] {
                payments = call(u"payments"_qs);
                return payments.status == 200;
            },
            std::chrono::seconds(5)));
        const auto body = payments.json();
        QCOMPARE(body.value(u"service").toString(), u"payments"_qs);
        QCOMPARE(body.value(u"path").toString(), u"/orders/42"_qs);
        QCOMPARE(body.value(u"identity").toObject().value(u"x-gatehouse-user").toString(),
                 u"bob"_qs);
        // ledger needs another owner's approval: alice's grant waits, bob stays out.
        QCOMPARE(call(u"ledger"_qs).status, 403);
    }

    void startingTwiceIsRefused()
    {
        QByteArray err;
        QCOMPARE(runScript(u"demo"_qs, {u"--headless"_qs}, nullptr, &err), 1);
        QVERIFY2(err.contains("already running"), err.constData());
    }

    void stopLeavesNoProcess()
    {
        QCOMPARE(runScript(u"demo"_qs, {u"--stop"_qs}), 0);
        for (qint64 pid : std::as_const(m_pids))
            QVERIFY2(::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)));
        QVERIFY(!QFile::exists(m_state.filePath(u"demo.env"_qs)));
        for (auto it = m_ports.cbegin(); it != m_ports.cend(); ++it) {
            const auto r = httpRequest("GET", QUrl(u"http://127.0.0.1:%1/"_qs.arg(it.value())), {},
                                       {}, std::chrono::seconds(2));
            QVERIFY2(r.status == 0, qPrintable(it.key()));
        }
    }

    void cleanupTestCase()
    {
        // Whatever failed above, leave nothing running.
        runScript(u"demo"_qs, {u"--stop"_qs});
    }
};

QTEST_GUILESS_MAIN(TestDemoStack)
#include "tst_demostack.moc"
