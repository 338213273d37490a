#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// The decision listener ([edge] decision_listen) answers Caddy's questions
// exactly as the API's /v1/authz/caddy does: same status, body and headers
// for every kind of question, connections kept open, every decision recorded.
class TestEdgeListener : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;

    QByteArray bearer(const QString &kind) const
    {
        if (kind == u"bob")
            return m_idp.token(u"bob"_qs, {u"developers"_qs, u"readers"_qs},
                               {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        if (kind == u"mallory")
            return m_idp.token(u"mallory"_qs, {}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        if (kind == u"oncall")
            return m_idp.token(u"olga"_qs, {u"oncall"_qs}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        if (kind == u"api")
            return m_idp.token(u"bob"_qs, {}); // for gatehoused's API, not the edge
        if (kind == u"forged")
            return m_idp.forgedToken(u"bob"_qs, {});
        return {};
    }

    static HttpResult ask(const QUrl &base, const QString &path, const QByteArray &method,
                          const QByteArray &host, const QByteArray &uri, const QByteArray &token)
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"X-Forwarded-Method", method}, {"X-Forwarded-Host", host}, {"X-Forwarded-Uri", uri}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        return httpRequest("GET", QUrl(base.toString() + path), headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        m_gatehoused.setListenPort(freeLoopbackPort());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(),
                                    demoCatalog() + u"\n[edge]\nlisten = \"127.0.0.1:%1\"\n"_qs.arg(
                                                        freeLoopbackPort())),
                 qPrintable(m_gatehoused.diagnostics()));
        QVERIFY(m_gatehoused.decisionUrl().isValid());
        m_api.setBase(m_gatehoused.url());
        const auto granted =
            m_api.post(u"/v1/grants"_qs, m_idp.token(u"alice"_qs, {u"payments-team"_qs}),
                       {{u"subject"_qs, u"bob"_qs},
                        {u"service"_qs, u"payments"_qs},
                        {u"methods"_qs, QJsonArray{u"GET"_qs}},
                        {u"path_prefixes"_qs, QJsonArray{u"/v1/charges"_qs}},
                        {u"duration"_qs, u"1h"_qs},
                        {u"reason"_qs, u"INC-12 listener check"_qs}});
        QVERIFY2(granted.status == 201, granted.body.constData());
        // The API's endpoint re-reads grants at most every 250 ms.
        QVERIFY(pollUntil(
            [&] {
                return ask(m_gatehoused.url(), u"/v1/authz/caddy"_qs, "GET", "payments.localhost",
                           "/v1/charges", bearer(u"bob"_qs))
                           .status == 200;
            },
            std::chrono::seconds(5)));
    }

    void sameAnswerAsTheApiEndpoint_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<QByteArray>("uri");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        const QString routed = u"/v1/authz/caddy"_qs;
        const QString unrouted = u"/v1/authz/caddy/unrouted"_qs;
        QTest::newRow("granted") << routed << QByteArray("GET") << QByteArray("payments.localhost")
                                 << QByteArray("/v1/charges/7") << u"bob"_qs << 200;
        QTest::newRow("granted, host with port and dot")
            << routed << QByteArray("GET") << QByteArray("Payments.Localhost.:47180")
            << QByteArray("/v1/charges") << u"bob"_qs << 200;
        QTest::newRow("granted, HEAD")
            << routed << QByteArray("HEAD") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges") << u"bob"_qs << 200;
        QTest::newRow("standing access")
            << routed << QByteArray("GET") << QByteArray("metrics.localhost") << QByteArray("/")
            << u"oncall"_qs << 200;
        QTest::newRow("method not granted")
            << routed << QByteArray("POST") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges") << u"bob"_qs << 403;
        QTest::newRow("path not granted")
            << routed << QByteArray("GET") << QByteArray("payments.localhost")
            << QByteArray("/v1/refunds") << u"bob"_qs << 403;
        QTest::newRow("ambiguous path")
            << routed << QByteArray("GET") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges/../refunds") << u"bob"_qs << 403;
        QTest::newRow("other service")
            << routed << QByteArray("GET") << QByteArray("ledger.localhost") << QByteArray("/")
            << u"bob"_qs << 403;
        QTest::newRow("unknown host")
            << routed << QByteArray("GET") << QByteArray("nowhere.localhost") << QByteArray("/")
            << u"bob"_qs << 403;
        QTest::newRow("nobody's grant")
            << routed << QByteArray("GET") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges") << u"mallory"_qs << 403;
        QTest::newRow("no token") << routed << QByteArray("GET") << QByteArray("payments.localhost")
                                  << QByteArray("/v1/charges") << u"none"_qs << 401;
        QTest::newRow("API token")
            << routed << QByteArray("GET") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges") << u"api"_qs << 401;
        QTest::newRow("forged token")
            << routed << QByteArray("GET") << QByteArray("payments.localhost")
            << QByteArray("/v1/charges") << u"forged"_qs << 401;
        QTest::newRow("unrouted") << unrouted << QByteArray("GET") << QByteArray("127.0.0.1")
                                  << QByteArray("/") << u"bob"_qs << 403;
        QTest::newRow("unrouted, no token")
            << unrouted << QByteArray("GET") << QByteArray("evil.example") << QByteArray("/")
            << u"none"_qs << 403;
    }

    void sameAnswerAsTheApiEndpoint()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, uri);
        QFETCH(QString, caller);
        QFETCH(int, status);
        const QByteArray token = bearer(caller);
        const HttpResult api = ask(m_gatehoused.url(), path, method, host, uri, token);
        const HttpResult listener =
            ask(m_gatehoused.decisionUrl(), path + u"?"_qs, method, host, uri, token);
        QCOMPARE(api.status, status);
        QCOMPARE(listener.status, status);
        QCOMPARE(listener.body, api.body);
        for (const QByteArray name :
             {"X-Gatehouse-User", "X-Gatehouse-Groups", "X-Gatehouse-Grant", "X-Gatehouse-Decision",
              "WWW-Authenticate", "Cache-Control", "Content-Type"})
            QCOMPARE(listener.header(name), api.header(name));
        // A time-ordered (version 7) UUID, as RFC 9562 spells it, whose
        // first 48 bits are the time of the decision in milliseconds.
        static const QRegularExpression uuid7(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_qs);
        const QString id = QString::fromLatin1(listener.header("X-Gatehouse-Decision-Id"));
        QVERIFY2(uuid7.match(id).hasMatch(), qPrintable(id));
        const qint64 idMs = QString(id.left(8) + id.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY2(qAbs(idMs - QDateTime::currentMSecsSinceEpoch()) < 60'000, qPrintable(id));
        QVERIFY(listener.header("X-Gatehouse-Decision-Id") !=
                api.header("X-Gatehouse-Decision-Id"));
        if (status == 200) {
            QCOMPARE(listener.header("X-Gatehouse-User").isEmpty(), false);
            QCOMPARE(listener.header("X-Gatehouse-Decision"), QByteArray("allow"));
        } else {
            QCOMPARE(listener.header("X-Gatehouse-Decision"), QByteArray("deny"));
        }
    }

    // Caddy keeps its connections open: many questions on one connection,
    // each answered in turn; anything but the two forward_auth paths is a 404.
    void answersManyQuestionsOnOneConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_gatehoused.decisionUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray token = bearer(u"bob"_qs);
        const auto exchange = [&](const QByteArray &target, const QByteArray &forwardedMethod) {
            socket.write("GET " + target +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "X-Forwarded-Method: " +
                         forwardedMethod +
                         "\r\n"
                         "X-Forwarded-Host: payments.localhost\r\n"
                         "X-Forwarded-Uri: /v1/charges\r\n"
                         "Authorization: Bearer " +
                         token + "\r\n\r\n");
            QByteArray reply;
            // Read one response: headers, then Content-Length bytes.
            while (true) {
                const qsizetype end = reply.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const qsizetype at = reply.toLower().indexOf("content-length:");
                    const qsizetype eol = reply.indexOf("\r\n", at);
                    const int length = reply.mid(at + 15, eol - at - 15).trimmed().toInt();
                    if (reply.size() >= end + 4 + length)
                        break;
                }
                if (!socket.waitForReadyRead(5000))
                    return QByteArray("no answer");
                reply += socket.readAll();
            }
            return reply.left(reply.indexOf("\r\n"));
        };
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(exchange("/v1/authz/caddy?", "GET"), QByteArray("HTTP/1.1 200 OK"));
            QCOMPARE(exchange("/v1/authz/caddy", "DELETE"), QByteArray("HTTP/1.1 403 Forbidden"));
        }
        QCOMPARE(exchange("/v1/grants", "GET"), QByteArray("HTTP/1.1 404 Not Found"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    // A service added or removed through the catalog API is known to the
    // listener when the API's answer arrives.
    void catalogChangesApplyBeforeTheAnswer()
    {
        const QByteArray admin = m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs});
        const auto question = [&] {
            return ask(m_gatehoused.decisionUrl(), u"/v1/authz/caddy"_qs, "GET", "zz-new.localhost",
                       "/", bearer(u"bob"_qs))
                .body;
        };
        QCOMPARE(question(),
                 QByteArray("Forbidden: no service is published at zz-new.localhost\n"));
        for (int round = 0; round < 5; ++round) {
            const auto saved = m_api.put(u"/v1/services/zz-new"_qs, admin,
                                         {{u"team"_qs, u"new-team"_qs},
                                          {u"owners"_qs, QJsonArray{u"erin"_qs}},
                                          {u"edge_hosts"_qs, QJsonArray{u"zz-new.localhost"_qs}}});
            QVERIFY2(saved.status == 201, saved.body.constData());
            QCOMPARE(question(),
                     QByteArray("Forbidden: no grant covers GET / on zz-new for bob\n"));
            const auto removed = m_api.remove(u"/v1/services/zz-new"_qs, admin);
            QVERIFY2(removed.status == 200, removed.body.constData());
            QCOMPARE(question(),
                     QByteArray("Forbidden: no service is published at zz-new.localhost\n"));
        }
    }

    // A decision made on the listener is in the decision log, with its id.
    void decisionsAreRecorded()
    {
        const HttpResult allowed = ask(m_gatehoused.decisionUrl(), u"/v1/authz/caddy"_qs, "GET",
                                       "payments.localhost", "/v1/charges/99", bearer(u"bob"_qs));
        QCOMPARE(allowed.status, 200);
        const QString id = QString::fromLatin1(allowed.header("X-Gatehouse-Decision-Id"));
        QJsonObject found;
        QVERIFY(pollUntil(
            [&] {
                const auto items = m_api
                                       .get(u"/v1/decisions?limit=1000"_qs,
                                            m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs}))
                                       .json()
                                       .value(u"items")
                                       .toArray();
                for (const auto &item : items) {
                    if (item.toObject().value(u"id").toString() == id)
                        found = item.toObject();
                }
                return !found.isEmpty();
            },
            std::chrono::seconds(10)));
        QCOMPARE(found.value(u"subject").toString(), u"bob"_qs);
        QCOMPARE(found.value(u"service").toString(), u"payments"_qs);
        QCOMPARE(found.value(u"path").toString(), u"/v1/charges/99"_qs);
        QCOMPARE(found.value(u"allowed").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestEdgeListener)
#include "tst_edgelistener.moc"
