#include "ApiClient.h"
#include "CaddyFixture.h"
#include "GatehousedFixture.h"
#include "JsonLines.h"
#include "StaticIdp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// A request the client gives up on before the upstream answers, through real
// Caddy: Caddy logs it (with the status it had then), and gatehoused stores
// that line as Caddy wrote it.
class TestCaddyAborted : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    QTcpServer m_silent; // an upstream that takes requests and never answers
    QTemporaryDir m_dir;

    QString accessLog() const { return m_dir.filePath(u"access.log"_qs); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        const QString edge =
            u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n"
            "access_log = \"%3\"\n\n[edge.upstreams]\npayments = \"127.0.0.1:%4\"\n"_qs
                .arg(edgePort)
                .arg(adminPort)
                .arg(accessLog())
                .arg(m_silent.serverPort());
        m_gatehoused.setListenPort(freeLoopbackPort());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog() + edge),
                 qPrintable(m_gatehoused.diagnostics()));
        QString why;
        const QString caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));
    }

    void abortedRequestIsStoredAsCaddyLoggedIt()
    {
        ApiClient api(m_gatehoused.url());
        const QByteArray alice = m_idp.token(u"alice"_qs, {u"payments-team"_qs});
        const auto grant = api.post(u"/v1/grants"_qs, alice,
                                    {{u"subject"_qs, u"bob"_qs},
                                     {u"service"_qs, u"payments"_qs},
                                     {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                     {u"duration"_qs, u"30m"_qs},
                                     {u"reason"_qs, u"INC-9 slow upstream"_qs}});
        QCOMPARE(grant.status, 201);
        const QByteArray bob =
            m_idp.token(u"bob"_qs, {u"engineering"_qs}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});

        // The grant reaches the edge's decisions within a refresh.
        QVERIFY(pollUntil(
            [&] {
                return httpRequest("GET",
                                   QUrl(m_gatehoused.url().toString() + u"/v1/authz/caddy"_qs),
                                   {{"X-Forwarded-Method", "GET"},
                                    {"X-Forwarded-Host", "payments.localhost"},
                                    {"X-Forwarded-Uri", "/v1/charges"},
                                    {"Authorization", "Bearer " + bob}})
                           .status == 200;
            },
            std::chrono::seconds(10)));

        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_caddy.httpPort());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /v1/charges/aborted?token=secret HTTP/1.1\r\nHost: payments.localhost:" +
                     QByteArray::number(m_caddy.httpPort()) + "\r\nAuthorization: Bearer " + bob +
                     "\r\n\r\n");
        // Allowed at the edge: Caddy has reached the upstream, which says nothing.
        QVERIFY2(
            pollUntil([&] { return m_silent.hasPendingConnections(); }, std::chrono::seconds(20)),
            qPrintable(m_caddy.diagnostics()));
        client.abort();

        QJsonObject logged;
        QVERIFY2(
            pollUntil(
                [&] {
                    for (const QJsonObject &line : readJsonLines(accessLog())) {
                        const auto request = line.value(u"request").toObject();
                        if (request.value(u"uri").toString().startsWith(u"/v1/charges/aborted"_qs))
                            logged = line;
                    }
                    return !logged.isEmpty();
                },
                std::chrono::seconds(30)),
            qPrintable(m_caddy.diagnostics()));
        // Caddy 2.6.2 logs a request the client left before any answer with status 0.
        QCOMPARE(logged.value(u"status").toInt(-1), 0);

        QJsonObject stored;
        QVERIFY(pollUntil(
            [&] {
                const auto items = api.get(u"/v1/access-log?limit=1000"_qs,
                                           m_idp.token(u"carol"_qs, {u"auditors"_qs}))
                                       .json()
                                       .value(u"items")
                                       .toArray();
                for (const auto &item : items) {
                    if (item.toObject().value(u"path").toString() == u"/v1/charges/aborted")
                        stored = item.toObject();
                }
                return !stored.isEmpty();
            },
            std::chrono::seconds(30)));
        QCOMPARE(stored.value(u"status").toInt(), logged.value(u"status").toInt(-1));
        QCOMPARE(stored.value(u"method").toString(), u"GET"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCaddyAborted)
#include "tst_caddyaborted.moc"
