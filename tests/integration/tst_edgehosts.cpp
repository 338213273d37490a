#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// A host belongs to one service, however it is spelled: the clash check of
// the catalog API, the edge decider and a restart agree on who holds it, and
// the configured catalog wins over services added through the API.
class TestEdgeHosts : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;
    QString m_baseConfig;

    QByteArray admin() const { return m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs}); }
    QByteArray owner() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }

    static QJsonObject serviceBody(const QString &host)
    {
        return {{u"team"_qs, u"shadow-team"_qs},
                {u"owners"_qs, QJsonArray{u"mallory"_qs}},
                {u"edge_hosts"_qs, QJsonArray{host}}};
    }

    // Which service holds each edge host, as /v1/services tells it.
    QHash<QString, QStringList> holders() const
    {
        QHash<QString, QStringList> out;
        const auto items = m_api.get(u"/v1/services"_qs, owner()).json().value(u"items").toArray();
        for (const auto &item : items) {
            const auto s = item.toObject();
            for (const auto &h : s.value(u"edge_hosts").toArray())
                out[h.toString()].append(s.value(u"name").toString());
        }
        return out;
    }

    // The edge's own question, as Caddy's forward_auth asks it.
    HttpResult askEdge(const QByteArray &host, const QByteArray &bearer)
    {
        return httpRequest("GET", QUrl(m_gatehoused.url().toString() + u"/v1/authz/caddy"_qs),
                           {{"X-Forwarded-Method", "GET"},
                            {"X-Forwarded-Host", host},
                            {"X-Forwarded-Uri", "/v1/charges"},
                            {"Authorization", "Bearer " + bearer}});
    }

    QByteArray edgeToken(const QString &user) const
    {
        return m_idp.token(user, {}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
    }

    bool restartWith(const QString &config)
    {
        m_gatehoused.process().stop();
        QFile file(m_gatehoused.configPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        return m_gatehoused.restart();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        m_gatehoused.setListenPort(freeLoopbackPort());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
        QFile file(m_gatehoused.configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_baseConfig = QString::fromUtf8(file.readAll());
    }

    void init()
    {
        // Every function starts from the demo catalog, whatever the last one changed.
        if (!m_gatehoused.process().isRunning())
            QVERIFY(restartWith(m_baseConfig));
    }

    void anotherSpellingOfAHostIsAClash_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("port suffix") << u"payments.localhost:1"_qs;
        QTest::newRow("edge port") << u"payments.localhost:8443"_qs;
        QTest::newRow("upper case") << u"PAYMENTS.localhost"_qs;
        QTest::newRow("trailing dot") << u"payments.localhost."_qs;
        QTest::newRow("trailing dot and port") << u"Payments.Localhost.:443"_qs;
    }

    void anotherSpellingOfAHostIsAClash()
    {
        QFETCH(QString, host);
        const auto r = m_api.put(u"/v1/services/zz-shadow"_qs, admin(), serviceBody(host));
        QCOMPARE(r.status, 409);
        const QString message = r.json().value(u"error").toObject().value(u"message").toString();
        QVERIFY2(message.contains(u"payments"_qs), qPrintable(message));
        QCOMPARE(holders().value(u"payments.localhost"_qs), QStringList{u"payments"_qs});
        QVERIFY(!holders().contains(host));
        // The edge still sends payments' traffic to payments' rules.
        const auto decided = askEdge("payments.localhost:8443", edgeToken(u"nobody"_qs));
        QCOMPARE(decided.status, 403);
        QVERIFY2(decided.body.contains("on payments for nobody"), decided.body.constData());
    }

    void hostsAreStoredInOneSpelling()
    {
        const auto r = m_api.put(u"/v1/services/spelled"_qs, admin(),
                                 serviceBody(u"Spelled.Example.COM.:8080"_qs));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"edge_hosts").toArray(), QJsonArray{u"spelled.example.com"_qs});
        // Another spelling of the same host, by another service, is a clash.
        const auto other = m_api.put(u"/v1/services/spelled-too"_qs, admin(),
                                     serviceBody(u"spelled.example.com"_qs));
        QCOMPARE(other.status, 409);
        QVERIFY(other.json()
                    .value(u"error")
                    .toObject()
                    .value(u"message")
                    .toString()
                    .contains(u"spelled"_qs));
        QCOMPARE(m_api.remove(u"/v1/services/spelled"_qs, admin()).status, 200);
    }

    void aHostTakenBeforeIsReturnedOnRestart()
    {
        // A service stored with a port-suffixed spelling of payments' host
        // (as earlier versions accepted) must not hold it after a restart.
        m_gatehoused.process().stop();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tst_edgehosts"_qs);
            db.setDatabaseName(m_gatehoused.storePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO services (name, team, description, mesh, kuma_service, "
                           "max_grant_seconds, approval, ticket_required, sensitivity, source) "
                           "VALUES ('zz-legacy', 'shadow-team', '', 'default', 'zz-legacy', "
                           "3600, 'none', 0, 'low', 'api')"_qs));
            QVERIFY(q.exec(u"INSERT INTO service_hosts (service, host) VALUES ('zz-legacy', "
                           "'payments.localhost:1')"_qs));
            QVERIFY(q.exec(u"INSERT INTO service_owners (service, owner) VALUES ('zz-legacy', "
                           "'mallory')"_qs));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tst_edgehosts"_qs);
        QVERIFY(restartWith(m_baseConfig));

        const auto names = holders();
        QCOMPARE(names.value(u"payments.localhost"_qs), QStringList{u"payments"_qs});
        QVERIFY2(!names.contains(u"payments.localhost:1"_qs),
                 qPrintable(names.value(u"payments.localhost:1"_qs).join(u',')));
        const auto decided = askEdge("payments.localhost:1", edgeToken(u"nobody"_qs));
        QCOMPARE(decided.status, 403);
        QVERIFY2(decided.body.contains("on payments for nobody"), decided.body.constData());
    }

    void configuredCatalogWinsAcrossRestart()
    {
        const auto r =
            m_api.put(u"/v1/services/scratch"_qs, admin(), serviceBody(u"scratch.localhost"_qs));
        QCOMPARE(r.status, 201);
        // The operator then configures the same host, spelled differently.
        const QString configured =
            m_baseConfig + u"\n[[services]]\nname = \"scratch-config\"\nteam = \"platform\"\n"
                           "edge_hosts = [\"Scratch.Localhost.:8443\"]\n"
                           "owners = [\"alice\"]\n"_qs;
        QVERIFY2(restartWith(configured), qPrintable(m_gatehoused.diagnostics()));
        const auto names = holders();
        QCOMPARE(names.value(u"scratch.localhost"_qs), QStringList{u"scratch-config"_qs});
        // And an API service still cannot take it back.
        QCOMPARE(
            m_api.put(u"/v1/services/scratch"_qs, admin(), serviceBody(u"scratch.localhost:80"_qs))
                .status,
            409);
        QVERIFY(restartWith(m_baseConfig));
    }
};

QTEST_GUILESS_MAIN(TestEdgeHosts)
#include "tst_edgehosts.moc"
