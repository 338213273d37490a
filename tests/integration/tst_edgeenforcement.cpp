#include "ApiClient.h"
#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "JsonLines.h"
#include "TestEnvironment.h"
#include "grants/Grant.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// A grant means something only when traffic obeys it: real Caddy (with the
// Caddyfile gatehoused writes), the real dev IdP and gatehoused, a demo
// upstream that echoes the identity it was handed.
class TestEdgeEnforcement : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    DemoUpstream m_upstream;
    ApiClient m_api;
    QTemporaryDir m_dir;
    QByteArray m_bobEdge;
    QByteArray m_aliceApi;

    QByteArray token(const QString &user, const QString &audience)
    {
        QString error;
        const auto r = m_idp.signIn(user, audience, &error);
        if (r.isEmpty())
            qWarning() << "sign-in failed:" << error;
        return r.value(u"access_token").toString().toLatin1();
    }

    HttpResult throughEdge(const QByteArray &method, const QString &path, const QByteArray &bearer,
                           QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Host", "payments.localhost:" + QByteArray::number(m_caddy.httpPort())});
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        return httpRequest(
            method, QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_caddy.httpPort()).arg(path)), headers);
    }

    QString grantBobGet(const QString &duration)
    {
        const auto r = m_api.post(u"/v1/grants"_qs, m_aliceApi,
                                  {{u"subject"_qs, u"bob"_qs},
                                   {u"service"_qs, u"payments"_qs},
                                   {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                   {u"duration"_qs, duration},
                                   {u"reason"_qs, u"INC-77 read-only look"_qs}});
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }

    QList<QJsonObject> accessLog() const { return readJsonLines(m_dir.filePath(u"access.log"_qs)); }

private Q_SLOTS:
    // Moves gatehoused's adjustable clock forward to `to` (never back).
    QDateTime advanceClock(const QDateTime &to)
    {
        const auto now = m_api.post(u"/v1/testing/clock"_qs, token(u"erin"_qs, u"api"_qs),
                                    {{u"advance_ms"_qs, qint64(1)}});
        const QDateTime current = parseTime(now.json().value(u"now").toString());
        const qint64 step = current.isValid() ? current.msecsTo(to) : 0;
        const auto r = m_api.post(u"/v1/testing/clock"_qs, token(u"erin"_qs, u"api"_qs),
                                  {{u"advance_ms"_qs, std::max<qint64>(step, 1)}});
        if (r.status != 200) {
            qWarning() << "moving the clock failed:" << r.status << r.body.left(300);
            return {};
        }
        return parseTime(r.json().value(u"now").toString());
    }

    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_upstream.start(u"payments"_qs), qPrintable(m_upstream.diagnostics()));

        const quint16 apiPort = freeLoopbackPort();
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        m_gatehoused.setListenPort(apiPort);
        const QString edge =
            u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n"
            "access_log = \"%3\"\n\n[edge.upstreams]\npayments = \"%4\"\n"_qs.arg(edgePort)
                .arg(adminPort)
                .arg(m_dir.filePath(u"access.log"_qs), m_upstream.address());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), u"[testing]\nadjustable_clock = true\n\n"_qs +
                                                        demoCatalog() + edge),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());

        QString why;
        const QString caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        QVERIFY(caddyfile.contains(u"uri /v1/authz/caddy?"_qs));
        QVERIFY(caddyfile.contains(u"request_header -X-Gatehouse-*"_qs));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));

        m_bobEdge = token(u"bob"_qs, u"edge"_qs);
        m_aliceApi = token(u"alice"_qs, u"api"_qs);
        QVERIFY(!m_bobEdge.isEmpty() && !m_aliceApi.isEmpty());
    }

    void withoutGrantBobIsRefused()
    {
        const auto r = throughEdge("GET", u"/v1/charges"_qs, m_bobEdge);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains("no grant covers GET /v1/charges on payments for bob"),
                 r.body.constData());
        const auto anonymous = throughEdge("GET", u"/v1/charges"_qs, {});
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
        // A token for gatehoused's API is not a token for the edge.
        QCOMPARE(throughEdge("GET", u"/v1/charges"_qs, token(u"bob"_qs, u"api"_qs)).status, 401);
    }

    void grantOpensOnlyItsScopeAndEndsOnTime()
    {
        const QString id = grantBobGet(u"1h"_qs);
        QVERIFY(!id.isEmpty());
        QElapsedTimer sinceGrant;
        sinceGrant.start();
        HttpResult allowed;
        QVERIFY(pollUntil(
            [&] {
                allowed = throughEdge("GET", u"/v1/charges/42?token=must-not-leak"_qs, m_bobEdge,
                                      {{"X-Gatehouse-User", "mallory"}});
                return allowed.status == 200;
            },
            std::chrono::seconds(5)));
        QVERIFY2(sinceGrant.elapsed() < 1000, qPrintable(QString::number(sinceGrant.elapsed())));
        const auto seen = allowed.json().value(u"identity").toObject();
        QCOMPARE(seen.value(u"x-gatehouse-user").toString(), u"bob"_qs); // not the forged one
        QCOMPARE(seen.value(u"x-gatehouse-grant").toString(), id);
        QCOMPARE(seen.value(u"x-gatehouse-decision").toString(), u"allow"_qs);
        QCOMPARE(throughEdge("POST", u"/v1/charges/42"_qs, m_bobEdge).status, 403);

        // gatehoused's clock is moved instead of waiting: a minute before the
        // end the grant still opens the door; past the end, the edge refuses
        // within a second.
        const QDateTime expiresAt = parseTime(
            m_api.get(u"/v1/grants/"_qs + id, m_aliceApi).json().value(u"expires_at").toString());
        const QDateTime beforeEnd = advanceClock(expiresAt.addSecs(-60));
        QVERIFY(beforeEnd.isValid());
        QCOMPARE(throughEdge("GET", u"/v1/charges"_qs, m_bobEdge).status, 200);
        QVERIFY(advanceClock(expiresAt.addMSecs(1)).isValid());
        QElapsedTimer sinceEnd;
        sinceEnd.start();
        QVERIFY(pollUntil(
            [&] { return throughEdge("GET", u"/v1/charges"_qs, m_bobEdge).status == 403; },
            std::chrono::seconds(5)));
        QVERIFY2(sinceEnd.elapsed() < 1000,
                 qPrintable(u"refused %1 ms after expiry"_qs.arg(sinceEnd.elapsed())));
    }

    void revocationTakesEffectWithinASecond()
    {
        const QString id = grantBobGet(u"10m"_qs);
        QVERIFY(pollUntil(
            [&] { return throughEdge("GET", u"/v1/charges"_qs, m_bobEdge).status == 200; },
            std::chrono::seconds(5)));
        const auto revoked = m_api.post(u"/v1/grants/%1/revoke"_qs.arg(id), m_aliceApi, {});
        QVERIFY2(revoked.status == 200, revoked.body.constData());
        QElapsedTimer sinceRevoke;
        sinceRevoke.start();
        QVERIFY(pollUntil(
            [&] { return throughEdge("GET", u"/v1/charges"_qs, m_bobEdge).status == 403; },
            std::chrono::seconds(5)));
        QVERIFY2(sinceRevoke.elapsed() < 1000, qPrintable(QString::number(sinceRevoke.elapsed())));
    }

    void decisionsAndAccessLogAgree()
    {
        const QByteArray carol = token(u"carol"_qs, u"api"_qs);
        // Enough decisions of this function's own for more than one page, each
        // with a forged identity header, whatever ran before.
        for (int i = 0; i < 60; ++i)
            QVERIFY(
                throughEdge("GET", u"/v1/charges"_qs, m_bobEdge, {{"X-Gatehouse-User", "mallory"}})
                    .status != 0);
        // Page through every decision by cursor.
        QJsonArray decisions;
        QString cursor;
        int pages = 0;
        do {
            const auto page = m_api.get(u"/v1/decisions?limit=50&after="_qs + cursor, carol).json();
            const auto items = page.value(u"items").toArray();
            for (const auto &d : items)
                decisions.append(d);
            cursor = page.value(u"next").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 1000);
        QVERIFY(pages > 1);
        QVERIFY(decisions.size() >= 5);
        QHash<QString, QJsonObject> byId;
        for (const auto &d : decisions) {
            byId.insert(d.toObject().value(u"id").toString(), d.toObject());
            QVERIFY(!d.toObject().value(u"path").toString().contains(u'?'));
        }
        // bob's own view holds only his decisions.
        const auto bobs = m_api.get(u"/v1/decisions"_qs, token(u"bob"_qs, u"api"_qs))
                              .json()
                              .value(u"items")
                              .toArray();
        for (const auto &d : bobs)
            QCOMPARE(d.toObject().value(u"subject").toString(), u"bob"_qs);

        // Every logged request through the edge names its decision; allowed
        // ones carry bob as user_id, and the forged header is visible in the log.
        QList<QJsonObject> lines;
        QVERIFY(pollUntil(
            [&] {
                lines = accessLog();
                return lines.size() >= decisions.size() - 1;
            },
            std::chrono::seconds(5)));
        int joined = 0;
        bool sawForgery = false;
        for (const QJsonObject &line : std::as_const(lines)) {
            const QString decisionId = line.value(u"resp_headers")
                                           .toObject()
                                           .value(u"X-Gatehouse-Decision-Id")
                                           .toArray()
                                           .first()
                                           .toString();
            QVERIFY2(
                byId.contains(decisionId),
                qPrintable(decisionId + u" "_qs +
                           QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))));
            const QJsonObject decision = byId.value(decisionId);
            QCOMPARE(line.value(u"status").toInt(), decision.value(u"status").toInt());
            if (decision.value(u"allowed").toBool())
                QCOMPARE(line.value(u"user_id").toString(), u"bob"_qs);
            const auto forged = line.value(u"request")
                                    .toObject()
                                    .value(u"headers")
                                    .toObject()
                                    .value(u"X-Gatehouse-User")
                                    .toArray();
            sawForgery =
                sawForgery || (!forged.isEmpty() && forged.first().toString() == u"mallory");
            ++joined;
        }
        QVERIFY(joined >= 5);
        QVERIFY(sawForgery);
    }

    void gatehousedIngestsTheAccessLogJoined()
    {
        const QByteArray carol = token(u"carol"_qs, u"api"_qs);
        const qint64 expected = accessLog().size();
        QJsonArray items;
        QJsonObject ingest;
        QVERIFY(pollUntil(
            [&] {
                items = {};
                QString cursor;
                QJsonObject page;
                do {
                    page = m_api.get(u"/v1/access-log?limit=1000&after="_qs + cursor, carol).json();
                    const auto part = page.value(u"items").toArray();
                    for (const auto &item : part)
                        items.append(item);
                    cursor = page.value(u"next").toString();
                } while (!cursor.isEmpty());
                ingest = page.value(u"ingest").toObject();
                return items.size() >= expected;
            },
            std::chrono::seconds(10)));
        QCOMPARE(items.size(), expected); // no line lost, none twice
        QCOMPARE(ingest.value(u"malformed").toInteger(), 0);
        int flagged = 0;
        int allowedBob = 0;
        for (const auto &value : std::as_const(items)) {
            const auto item = value.toObject();
            QVERIFY(!item.value(u"path").toString().contains(u'?'));
            const auto decision = item.value(u"decision").toObject();
            QVERIFY2(!decision.isEmpty(), "every edge line joins its decision");
            if (decision.value(u"allowed").toBool() &&
                decision.value(u"subject").toString() == u"bob") {
                ++allowedBob;
                QCOMPARE(item.value(u"user_id").toString(), u"bob"_qs);
            }
            if (item.value(u"flagged").toBool()) {
                ++flagged;
                QVERIFY(item.value(u"flag_reason").toString().contains(u"mallory"_qs));
            }
        }
        QVERIFY(allowedBob > 0);
        QVERIFY(flagged >= 1);

        // A line that is not Caddy JSON is counted and skipped.
        QFile file(m_dir.filePath(u"access.log"_qs));
        QVERIFY(file.open(QIODevice::Append));
        file.write("this is not json\n");
        file.close();
        QVERIFY(pollUntil(
            [&] {
                return m_api.get(u"/v1/access-log?limit=1"_qs, carol)
                           .json()
                           .value(u"ingest")
                           .toObject()
                           .value(u"malformed")
                           .toInteger() == 1;
            },
            std::chrono::seconds(5)));
    }

    void metricsCountWhatHappened()
    {
        const auto r = httpGet(QUrl(m_gatehoused.url().toString() + u"/metrics"_qs));
        QCOMPARE(r.status, 200);
        const QString text = QString::fromUtf8(r.body);
        const auto value = [&](const QString &name) {
            const auto match =
                QRegularExpression(u"^"_qs + QRegularExpression::escape(name) + u" (\\S+)$"_qs,
                                   QRegularExpression::MultilineOption)
                    .match(text);
            return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
        };
        const double allow = value(u"gatehouse_decisions_total{result=\"allow\"}"_qs);
        const double deny = value(u"gatehouse_decisions_total{result=\"deny\"}"_qs);
        const double anon = value(u"gatehouse_decisions_total{result=\"unauthenticated\"}"_qs);
        QVERIFY(allow >= 3 && deny >= 3 && anon >= 2);
        QCOMPARE(value(u"gatehouse_decision_seconds_count"_qs), allow + deny + anon);
        QCOMPARE(value(u"gatehouse_decision_seconds_bucket{le=\"+Inf\"}"_qs), allow + deny + anon);
        QCOMPARE(value(u"gatehouse_grants{state=\"expired\"}"_qs), 1.0);
        QCOMPARE(value(u"gatehouse_grants{state=\"revoked\"}"_qs), 1.0);
        QCOMPARE(value(u"gatehouse_store_up"_qs), 1.0);
        QVERIFY(!text.contains(u"bob"_qs)); // aggregates only
        QCOMPARE(value(u"gatehouse_ingest_malformed_total"_qs), 1.0);
        QVERIFY(value(u"gatehouse_ingest_lines_total"_qs) >= 5);
    }

    void cleanupTestCase()
    {
        m_caddy.stop();
        m_upstream.stop();
    }
};

QTEST_GUILESS_MAIN(TestEdgeEnforcement)
#include "tst_edgeenforcement.moc"
