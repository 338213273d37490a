#include "CaddyFixture.h"
#include "GatehousedFixture.h"
#include "JsonLines.h"
#include "SyncHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gatehouse::test;

// Real Caddy in front of a real gatehoused: a request goes through the edge,
// reaches the upstream, and shows up in Caddy's JSON access log.
class TestCaddyEdge : public QObject
{
    Q_OBJECT

    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;

    QList<QJsonObject> accessLog() const { return readJsonLines(m_caddy.accessLogPath()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_gatehoused.start(QUrl(u"https://idp.example.test"_qs)),
                 qPrintable(m_gatehoused.diagnostics()));
        const QString sites = u"http://127.0.0.1:{HTTP_PORT} {\n"
                              "\tbind 127.0.0.1\n"
                              "\tlog {\n\t\toutput file {ACCESS_LOG}\n\t\tformat json\n\t}\n"
                              "\treverse_proxy %1\n"
                              "}\n"_qs.arg(m_gatehoused.url().authority());
        QVERIFY2(m_caddy.start(sites), qPrintable(m_caddy.diagnostics()));
    }

    void requestPassesThroughTheEdge()
    {
        const QUrl url(u"http://127.0.0.1:%1/healthz?probe=edge-test"_qs.arg(m_caddy.httpPort()));
        const auto r = httpGet(url, {{"User-Agent", "gatehouse-edge-test"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Server"), QByteArray("Caddy"));
        const auto body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"status").toString(), u"ok"_qs);
        QCOMPARE(body.value(u"store").toString(), u"sqlite"_qs);
    }

    void requestIsInTheAccessLog()
    {
        QJsonObject entry;
        const bool found = pollUntil(
            [&] {
                for (const auto &line : accessLog()) {
                    const auto request = line.value(u"request").toObject();
                    if (request.value(u"uri").toString() == u"/healthz?probe=edge-test") {
                        entry = line;
                        return true;
                    }
                }
                return false;
            },
            std::chrono::seconds(10));
        QVERIFY2(found, qPrintable(m_caddy.diagnostics()));
        QCOMPARE(entry.value(u"status").toInt(), 200);
        QCOMPARE(entry.value(u"msg").toString(), u"handled request"_qs);
        const auto request = entry.value(u"request").toObject();
        QCOMPARE(request.value(u"method").toString(), u"GET"_qs);
        QCOMPARE(request.value(u"remote_ip").toString(), u"127.0.0.1"_qs);
        QCOMPARE(
            request.value(u"headers").toObject().value(u"User-Agent").toArray().first().toString(),
            u"gatehouse-edge-test"_qs);
        QVERIFY(entry.value(u"duration").toDouble() >= 0.0);
    }

    void unknownPathComesBackAsGatehouseError()
    {
        const auto r = httpGet(QUrl(u"http://127.0.0.1:%1/nope"_qs.arg(m_caddy.httpPort())));
        QCOMPARE(r.status, 404);
        const auto error = QJsonDocument::fromJson(r.body).object().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"not_found"_qs);
    }

    void cleanupTestCase() { QCOMPARE(m_caddy.stop(), 0); }
};

QTEST_GUILESS_MAIN(TestCaddyEdge)
#include "tst_caddyedge.moc"
