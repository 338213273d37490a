#include "ApiClient.h"
#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace gatehouse;
using namespace gatehouse::test;

// Revocation is done when it is acknowledged: real Caddy with the Caddyfile
// gatehoused writes (forward_auth to the dedicated decision listener), the
// dev IdP, gatehoused and an upstream. Clients hammer the edge while a grant
// is revoked; no request that starts after the revoke's 200 is allowed.
class TestEdgeRevocation : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    DemoUpstream m_upstream;
    ApiClient m_api;
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

    HttpResult throughEdge() const
    {
        return httpRequest(
            "GET", QUrl(u"http://127.0.0.1:%1/v1/charges"_qs.arg(m_caddy.httpPort())),
            {{"Host", "payments.localhost:" + QByteArray::number(m_caddy.httpPort())},
             {"Authorization", "Bearer " + m_bobEdge}});
    }

    QString grantBobGet()
    {
        const auto r = m_api.post(u"/v1/grants"_qs, m_aliceApi,
                                  {{u"subject"_qs, u"bob"_qs},
                                   {u"service"_qs, u"payments"_qs},
                                   {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                   {u"duration"_qs, u"1h"_qs},
                                   {u"reason"_qs, u"INC-91 revocation check"_qs}});
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_upstream.start(u"payments"_qs), qPrintable(m_upstream.diagnostics()));
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        m_gatehoused.setListenPort(freeLoopbackPort());
        const QString edge = u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n\n"
                             "[edge.upstreams]\npayments = \"%3\"\n"_qs.arg(edgePort)
                                 .arg(adminPort)
                                 .arg(m_upstream.address());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog() + edge),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
        QVERIFY(m_gatehoused.decisionUrl().isValid());

        QString why;
        const QString caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        // Caddy asks the decision listener, not the API.
        QVERIFY2(
            caddyfile.contains(u"forward_auth %1 {"_qs.arg(m_gatehoused.decisionUrl().toString())),
            qPrintable(caddyfile));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));
        m_bobEdge = token(u"bob"_qs, u"edge"_qs);
        m_aliceApi = token(u"alice"_qs, u"api"_qs);
        QVERIFY(!m_bobEdge.isEmpty() && !m_aliceApi.isEmpty());
    }

    // A grant is allowed as soon as its 201 arrives, and refused as soon as
    // its revoke's 200 arrives, while two clients keep asking: over 20
    // rounds, not one request started after the 200 is let through.
    void nothingIsAllowedAfterTheRevokeIsAcknowledged()
    {
        struct Seen
        {
            qint64 startedNs;
            qint64 endedNs;
            int status;
            QString grant; // the grant the upstream was told allowed it
        };
        QMutex mutex;
        QList<Seen> seen;
        std::atomic<bool> stop = false;
        QElapsedTimer clock;
        clock.start();
        QList<QThread *> hammers;
        for (int i = 0; i < 2; ++i) {
            hammers.append(QThread::create([&] {
                while (!stop) {
                    const qint64 started = clock.nsecsElapsed();
                    const HttpResult r = throughEdge();
                    const qint64 ended = clock.nsecsElapsed();
                    // The demo upstream echoes the identity headers it was handed.
                    const QString grant = r.json()
                                              .value(u"identity")
                                              .toObject()
                                              .value(u"x-gatehouse-grant")
                                              .toString();
                    QMutexLocker lock(&mutex);
                    seen.append({started, ended, r.status, grant});
                }
            }));
            hammers.last()->start();
        }

        const int rounds = 20;
        QList<qint64> grantAskedNs;   // before each grant's POST was sent
        QList<qint64> acknowledgedNs; // after each revoke's 200 arrived
        QHash<QString, qint64> revokedAtNs;
        int allowedAfterGrant = 0;
        QStringList afterGrant; // statuses right after each grant's 201
        for (int round = 0; round < rounds; ++round) {
            grantAskedNs.append(clock.nsecsElapsed());
            const QString id = grantBobGet();
            QVERIFY(!id.isEmpty());
            const int status = throughEdge().status;
            afterGrant.append(QString::number(status));
            allowedAfterGrant += status == 200;
            // Let the clients see the grant in force for a moment.
            QVERIFY(QTest::qWaitFor(
                [&] {
                    QMutexLocker lock(&mutex);
                    return !seen.isEmpty() && seen.last().status == 200;
                },
                5000));
            const auto revoked =
                m_api.post(u"/v1/grants/%1/revoke"_qs.arg(id), m_aliceApi, QJsonObject{});
            acknowledgedNs.append(clock.nsecsElapsed());
            revokedAtNs.insert(id, acknowledgedNs.last());
            QVERIFY2(revoked.status == 200, revoked.body.constData());
            const auto after = throughEdge();
            QCOMPARE(after.status, 403);
            // The clients ask a few times in the window before the next grant.
            const qint64 ack = acknowledgedNs.last();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    QMutexLocker lock(&mutex);
                    return std::count_if(seen.cbegin(), seen.cend(),
                                         [&](const Seen &s) { return s.startedNs > ack; }) >= 6;
                },
                5000));
        }
        stop = true;
        for (QThread *t : hammers) {
            QVERIFY(t->wait(20000));
            delete t;
        }

        // No request started after a revoke's 200 is allowed by that grant;
        // and between the 200 and the next grant's POST (the request ended
        // before it was sent) bob holds no grant: those are all refused.
        int allowedAfterAck = 0;
        int askedAfterAck = 0;
        for (const Seen &s : std::as_const(seen)) {
            if (s.status == 200 && s.startedNs > revokedAtNs.value(s.grant, s.startedNs)) {
                ++allowedAfterAck;
                qWarning() << "allowed by" << s.grant
                           << (s.startedNs - revokedAtNs.value(s.grant)) / 1000
                           << "µs after its revoke's 200";
            }
            for (int round = 0; round < rounds; ++round) {
                const qint64 until = round + 1 < rounds ? grantAskedNs.at(round + 1)
                                                        : std::numeric_limits<qint64>::max();
                if (s.startedNs > acknowledgedNs.at(round) && s.endedNs < until) {
                    ++askedAfterAck;
                    if (s.status != 403) {
                        ++allowedAfterAck;
                        qWarning() << s.status << (s.startedNs - acknowledgedNs.at(round)) / 1000
                                   << "µs after the 200 of round" << round;
                    }
                }
            }
        }
        qInfo() << seen.size() << "requests through Caddy," << askedAfterAck
                << "started after a revoke's 200 and ended before the next grant;"
                << allowedAfterAck << "allowed after a revoke's 200";
        QVERIFY2(allowedAfterGrant == rounds, qPrintable(afterGrant.join(u' ')));
        QVERIFY(askedAfterAck > 0);
        if (allowedAfterAck > 0)
            qWarning().noquote() << m_gatehoused.diagnostics().right(6000);
        QCOMPARE(allowedAfterAck, 0);
    }

    // Caddy keeps its connections to the decision listener open and reuses
    // them: checks do not cost a new connection each. Go reuses a
    // connection only when the answer's body was read to the end, and
    // forward_auth does not read a 2xx body: an allowed answer has none.
    void caddyReusesItsConnectionsToTheListener()
    {
        const QString id = grantBobGet();
        QVERIFY(!id.isEmpty());
        const QUrl metrics(m_gatehoused.url().toString() + u"/metrics"_qs);
        const auto connections = [&] {
            const auto r = httpGet(metrics);
            for (const QByteArray &line : r.body.split('\n'))
                if (line.startsWith("gatehouse_edge_connections_total "))
                    return line.mid(line.indexOf(' ') + 1).toLongLong();
            return qint64(-1);
        };
        // One request first, so Caddy holds a connection before counting.
        QCOMPARE(throughEdge().status, 200);
        const qint64 before = connections();
        QVERIFY(before >= 1);
        int allowed = 0;
        int refused = 0;
        for (int i = 0; i < 150; ++i) {
            allowed += throughEdge().status == 200;
            // A refused answer (with its body) in between, from an unknown host.
            const auto r = httpRequest(
                "GET", QUrl(u"http://127.0.0.1:%1/"_qs.arg(m_caddy.httpPort())),
                {{"Host", "nowhere.localhost"}, {"Authorization", "Bearer " + m_bobEdge}});
            refused += r.status == 403;
        }
        const qint64 opened = connections() - before;
        qInfo() << "300 checks through Caddy opened" << opened << "new connections";
        QCOMPARE(allowed, 150);
        QCOMPARE(refused, 150);
        QVERIFY2(opened <= 4, qPrintable(QString::number(opened)));
        QCOMPARE(m_api.post(u"/v1/grants/%1/revoke"_qs.arg(id), m_aliceApi, QJsonObject{}).status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestEdgeRevocation)
#include "tst_edgerevocation.moc"
