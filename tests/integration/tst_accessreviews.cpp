#include "ApiClient.h"
#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "KumaDouble.h"
#include "PostgresFixture.h"
#include "TestEnvironment.h"
#include "audit/AuditRecord.h"
#include "grants/Grant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// Access reviews end to end: the dev IdP, gatehoused and real Caddy in
// front of an upstream. An admin opens a campaign; alice (owner of payments)
// keeps or revokes what bob holds; a revoked item is refused at the edge at
// once; what nobody reviewed by the due date is reported, and revoked when
// the campaign says so; every step is in the audit chain.
class TestAccessReviews : public QObject
{
    Q_OBJECT

    // GATEHOUSE_TEST_STORE=postgresql: the same on a real PostgreSQL.
    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<PostgresFixture> m_pg;
    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    KumaDouble m_kuma; // Kuma's control plane, as recorded from a real one
    DemoUpstream m_upstream;
    ApiClient m_api;

    QByteArray token(const QString &user, const QString &audience = u"api"_qs)
    {
        QString error;
        const auto r = m_idp.signIn(user, audience, &error);
        if (r.isEmpty())
            qWarning() << "sign-in failed:" << error;
        return r.value(u"access_token").toString().toLatin1();
    }

    int throughEdge(const QByteArray &edgeToken) const
    {
        return httpRequest(
                   "GET", QUrl(u"http://127.0.0.1:%1/v1/charges"_qs.arg(m_caddy.httpPort())),
                   {{"Host", "payments.localhost:" + QByteArray::number(m_caddy.httpPort())},
                    {"Authorization", "Bearer " + edgeToken}})
            .status;
    }

    // A 4 h grant for bob on payments, made by alice (an owner).
    QString longGrantForBob(const QByteArray &alice)
    {
        const auto r = m_api.post(u"/v1/grants"_qs, alice,
                                  {{u"subject"_qs, u"bob"_qs},
                                   {u"service"_qs, u"payments"_qs},
                                   {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                   {u"duration"_qs, u"4h"_qs},
                                   {u"reason"_qs, u"quarter-end reconciliation"_qs}});
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }

    // Other tests leave bob grants on payments (kept, or not reviewed): a
    // test that expects a refusal at the edge starts with none.
    void revokeBobsGrants(const QByteArray &alice)
    {
        const auto list = m_api.get(u"/v1/grants?state=active&service=payments"_qs, alice).json();
        for (const QJsonValue &v : list.value(u"items").toArray())
            if (v.toObject().value(u"subject").toString() == u"bob")
                QCOMPARE(
                    m_api
                        .post(u"/v1/grants/%1/revoke"_qs.arg(v.toObject().value(u"id").toString()),
                              alice, QJsonObject{})
                        .status,
                    200);
    }

    QDateTime serverNow()
    {
        const auto r =
            m_api.post(u"/v1/testing/clock"_qs, token(u"erin"_qs), {{u"advance_ms"_qs, 1}});
        return parseTime(r.json().value(u"now").toString());
    }

    // Opens a campaign over payments, due in an hour of gatehoused's time.
    QJsonObject openCampaign(bool revokeUnreviewed)
    {
        const auto r =
            m_api.post(u"/v1/reviews"_qs, token(u"erin"_qs),
                       {{u"name"_qs, u"Payments access review"_qs},
                        {u"period"_qs, u"%1-Q%2"_qs.arg(serverNow().date().year())
                                           .arg((serverNow().date().month() - 1) / 3 + 1)},
                        {u"due_at"_qs, formatTime(serverNow().addSecs(3600))},
                        {u"services"_qs, QJsonArray{u"payments"_qs}},
                        {u"min_grant_duration"_qs, u"2h"_qs},
                        {u"revoke_unreviewed"_qs, revokeUnreviewed}});
        if (r.status != 201)
            qWarning() << "opening a review failed:" << r.status << r.body.left(400);
        return r.json();
    }

    static QJsonObject itemFor(const QJsonObject &campaign, const QString &grantId)
    {
        for (const QJsonValue &v : campaign.value(u"items").toArray())
            if (v.toObject().value(u"grant_id").toString() == grantId)
                return v.toObject();
        return {};
    }

    static QJsonObject decision(const QString &what, const QString &reason)
    {
        return {{u"decision"_qs, what}, {u"reason"_qs, reason}};
    }

    QString decisionPath(const QJsonObject &campaign, const QJsonObject &item) const
    {
        return u"/v1/reviews/%1/items/%2/decision"_qs.arg(campaign.value(u"id").toString(),
                                                          item.value(u"id").toString());
    }

    QList<AuditRecord> audit()
    {
        QList<AuditRecord> records;
        const QByteArray carol = token(u"carol"_qs);
        for (qint64 after = 0;;) {
            const auto page =
                m_api.get(u"/v1/audit?after=%1&limit=1000"_qs.arg(after), carol).json();
            for (const QJsonValue &v : page.value(u"items").toArray())
                records.append(AuditRecord::fromJson(v.toObject()).value());
            if (page.value(u"next").isNull())
                return records;
            after = page.value(u"next").toInteger();
        }
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
        QString storeUrl;
        if (m_postgres) {
            m_pg = std::make_unique<PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
            storeUrl = m_pg->createDatabase(u"reviews"_qs);
        }
        QVERIFY(m_kuma.start());
        const QString kuma = u"\n[kuma]\nurl = \"%1\"\n"_qs.arg(m_kuma.url().toString());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(),
                                    u"[testing]\nadjustable_clock = true\n\n"_qs + demoCatalog() +
                                        kuma + edge,
                                    storeUrl),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
        QString why;
        const QString caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));
    }

    // alice sees bob's long grant in the review and revokes it with a
    // reason: bob is refused through Caddy as soon as the decision answers,
    // and the chain holds who decided what, and why.
    void aRevokedItemIsRefusedAtTheEdge()
    {
        const QByteArray alice = token(u"alice"_qs);
        const QByteArray bobEdge = token(u"bob"_qs, u"edge"_qs);
        revokeBobsGrants(alice);
        QCOMPARE(throughEdge(bobEdge), 403);
        const QString grant = longGrantForBob(alice);
        QVERIFY(!grant.isEmpty());
        QCOMPARE(throughEdge(bobEdge), 200);
        const QJsonObject campaign = openCampaign(false);
        QVERIFY(!campaign.isEmpty());

        // alice is asked, and sees the item with what it allows.
        const auto list = m_api.get(u"/v1/reviews"_qs, alice).json();
        QVERIFY2(list.value(u"pending_for_me").toInt() >= 1, QJsonDocument(list).toJson());
        const QJsonObject mine =
            m_api.get(u"/v1/reviews/"_qs + campaign.value(u"id").toString(), alice).json();
        const QJsonObject item = itemFor(mine, grant);
        QCOMPARE(item.value(u"kind").toString(), u"grant"_qs);
        QCOMPARE(item.value(u"subject").toString(), u"bob"_qs);
        QCOMPARE(item.value(u"decision").toString(), u"pending"_qs);

        const QString reason = u"bob moved to the search team in October"_qs;
        const auto decided =
            m_api.post(decisionPath(campaign, item), alice, decision(u"revoke"_qs, reason));
        QVERIFY2(decided.status == 200, decided.body.constData());
        QCOMPARE(decided.json().value(u"decision").toString(), u"revoke"_qs);
        QCOMPARE(decided.json().value(u"decided_by").toString(), u"alice"_qs);
        QCOMPARE(throughEdge(bobEdge), 403);
        QCOMPARE(m_api.get(u"/v1/grants/"_qs + grant, alice).json().value(u"state").toString(),
                 u"revoked"_qs);

        const QList<AuditRecord> records = audit();
        const ChainVerdict verdict = verifyChain(records);
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        const QString object =
            campaign.value(u"id").toString() + u'/' + item.value(u"id").toString();
        const auto record = std::find_if(records.cbegin(), records.cend(), [&](const auto &r) {
            return r.action == u"review.decided" && r.objectId == object;
        });
        QVERIFY(record != records.cend());
        QCOMPARE(record->actor, u"alice"_qs);
        QCOMPARE(record->after.toObject().value(u"reason").toString(), reason);
        QCOMPARE(record->after.toObject().value(u"decision").toString(), u"revoke"_qs);
        QCOMPARE(record->before.toObject().value(u"decision").toString(), u"pending"_qs);
        // The grant's own revocation is on record too, by alice, before it.
        const auto revoked = std::find_if(records.cbegin(), records.cend(), [&](const auto &r) {
            return r.action == u"grant.revoked" && r.objectId == grant;
        });
        QVERIFY(revoked != records.cend());
        QCOMPARE(revoked->actor, u"alice"_qs);
        QVERIFY(revoked->seq < record->seq);
        const auto opened = std::find_if(records.cbegin(), records.cend(), [&](const auto &r) {
            return r.action == u"review.opened" && r.objectId == campaign.value(u"id").toString();
        });
        QVERIFY(opened != records.cend());
        QCOMPARE(opened->actor, u"erin"_qs);
    }

    // A service's grant lives in the mesh as a MeshTrafficPermission: a
    // review that revokes it removes the policy from Kuma.
    void aRevokedServiceGrantLeavesTheMesh()
    {
        const QByteArray alice = token(u"alice"_qs);
        const auto created = m_api.post(u"/v1/grants"_qs, alice,
                                        {{u"subject_kind"_qs, u"service"_qs},
                                         {u"subject"_qs, u"reporting"_qs},
                                         {u"service"_qs, u"payments"_qs},
                                         {u"duration"_qs, u"4h"_qs},
                                         {u"reason"_qs, u"month-end revenue report"_qs}});
        QVERIFY2(created.status == 201, created.body.constData());
        const QString grant = created.json().value(u"id").toString();
        const QString policy = u"gatehouse-grant-"_qs + grant;
        QVERIFY(pollUntil([&] { return m_kuma.hasPolicy(u"default"_qs, policy); },
                          std::chrono::seconds(10)));
        const QJsonObject campaign = openCampaign(false);
        const QJsonObject item = itemFor(campaign, grant);
        QCOMPARE(item.value(u"subject_kind").toString(), u"service"_qs);
        const auto r = m_api.post(decisionPath(campaign, item), alice,
                                  decision(u"revoke"_qs, u"the report reads the warehouse now"_qs));
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(pollUntil([&] { return !m_kuma.hasPolicy(u"default"_qs, policy); },
                          std::chrono::seconds(10)));
        QCOMPARE(m_kuma.writesTo(policy, "DELETE"), 1);
    }

    // Keep needs a reason and leaves access as it was; an item is decided
    // once.
    void aKeptItemStaysWithItsReason()
    {
        const QByteArray alice = token(u"alice"_qs);
        const QByteArray bobEdge = token(u"bob"_qs, u"edge"_qs);
        const QString grant = longGrantForBob(alice);
        const QJsonObject campaign = openCampaign(false);
        const QJsonObject item = itemFor(campaign, grant);
        QVERIFY(!item.isEmpty());
        const QByteArray carol = token(u"carol"_qs);
        const qint64 head = m_api.get(u"/v1/audit/head"_qs, carol).json().value(u"seq").toInteger();
        for (const QJsonObject &bad :
             {QJsonObject{{u"decision"_qs, u"keep"_qs}}, decision(u"keep"_qs, u"   "_qs),
              decision(u"revoke"_qs, QString()), decision(u"maybe"_qs, u"unsure"_qs),
              QJsonObject{{u"decision"_qs, u"keep"_qs}, {u"reason"_qs, u"x"_qs}, {u"a"_qs, 1}}}) {
            const auto r = m_api.post(decisionPath(campaign, item), alice, bad);
            QVERIFY2(r.status == 400, r.body.constData());
        }
        QCOMPARE(m_api.get(u"/v1/audit/head"_qs, carol).json().value(u"seq").toInteger(), head);

        const auto kept = m_api.post(decisionPath(campaign, item), alice,
                                     decision(u"keep"_qs, u"on-call for payments until March"_qs));
        QVERIFY2(kept.status == 200, kept.body.constData());
        QCOMPARE(kept.json().value(u"decision").toString(), u"keep"_qs);
        QCOMPARE(throughEdge(bobEdge), 200);
        const auto again = m_api.post(decisionPath(campaign, item), alice,
                                      decision(u"revoke"_qs, u"changed my mind"_qs));
        QCOMPARE(again.status, 409);
        QCOMPARE(throughEdge(bobEdge), 200);
        const QJsonObject now = itemFor(
            m_api.get(u"/v1/reviews/"_qs + campaign.value(u"id").toString(), carol).json(), grant);
        QCOMPARE(now.value(u"reason").toString(), u"on-call for payments until March"_qs);
        QCOMPARE(now.value(u"decided_by").toString(), u"alice"_qs);
        QVERIFY(parseTime(now.value(u"decided_at").toString()).isValid());
    }

    // Standing permissions come from gatehoused's configuration: revoking
    // one records the request, and access stays until the file changes.
    void revokingAStandingPermissionIsARequest()
    {
        const QJsonObject campaign = openCampaign(false);
        QJsonObject standing;
        for (const QJsonValue &v : campaign.value(u"items").toArray())
            if (v.toObject().value(u"kind").toString() == u"standing")
                standing = v.toObject();
        QCOMPARE(standing.value(u"subject").toString(), u"api-gateway"_qs);
        QCOMPARE(standing.value(u"subject_kind").toString(), u"service"_qs);
        const auto r = m_api.post(decisionPath(campaign, standing), token(u"alice"_qs),
                                  decision(u"revoke"_qs, u"the gateway no longer charges"_qs));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(u"decision").toString(), u"revoke_requested"_qs);
    }

    void whoMayDoWhat_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("opens");
        QTest::addColumn<int>("reads");
        QTest::addColumn<int>("decides");
        QTest::newRow("alice, owner of payments") << u"alice"_qs << 403 << 200 << 200;
        QTest::newRow("bob, owns nothing") << u"bob"_qs << 403 << 404 << 403;
        QTest::newRow("carol, auditor") << u"carol"_qs << 403 << 200 << 403;
        QTest::newRow("dave, owns metrics and logs") << u"dave"_qs << 403 << 404 << 403;
        QTest::newRow("erin, admin") << u"erin"_qs << 201 << 200 << 200;
    }
    // Only admins open campaigns; only owners of the item's service (and
    // admins) decide; others do not even see the campaign.
    void whoMayDoWhat()
    {
        QFETCH(QString, who);
        QFETCH(int, opens);
        QFETCH(int, reads);
        QFETCH(int, decides);
        const QByteArray t = token(who);
        const QString grant = longGrantForBob(token(u"alice"_qs));
        const QJsonObject campaign = openCampaign(false);
        const QJsonObject item = itemFor(campaign, grant);
        QVERIFY(!item.isEmpty());
        const auto open = m_api.post(u"/v1/reviews"_qs, t,
                                     {{u"name"_qs, u"Mine"_qs},
                                      {u"period"_qs, campaign.value(u"period").toString()},
                                      {u"due_at"_qs, formatTime(serverNow().addDays(7))}});
        QCOMPARE(open.status, opens);
        QCOMPARE(m_api.get(u"/v1/reviews/"_qs + campaign.value(u"id").toString(), t).status, reads);
        const auto list = m_api.get(u"/v1/reviews"_qs, t).json().value(u"items").toArray();
        const bool listed = std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"id") == campaign.value(u"id");
        });
        QCOMPARE(listed, reads == 200);
        const auto r = m_api.post(decisionPath(campaign, item), t,
                                  decision(u"keep"_qs, u"still needed for INC-12"_qs));
        QVERIFY2(r.status == decides, r.body.constData());
        const QJsonObject after = itemFor(
            m_api.get(u"/v1/reviews/"_qs + campaign.value(u"id").toString(), token(u"carol"_qs))
                .json(),
            grant);
        QCOMPARE(after.value(u"decision").toString(), decides == 200 ? u"keep"_qs : u"pending"_qs);
    }

    void unreviewedItemsAreReportedAtTheDueDate_data()
    {
        QTest::addColumn<bool>("revokeUnreviewed");
        QTest::newRow("reported only") << false;
        QTest::newRow("reported and revoked") << true;
    }
    // Past the due date the campaign closes by itself: what nobody decided
    // is marked unreviewed on record, and revoked when the campaign says so.
    void unreviewedItemsAreReportedAtTheDueDate()
    {
        QFETCH(bool, revokeUnreviewed);
        const QByteArray bobEdge = token(u"bob"_qs, u"edge"_qs);
        revokeBobsGrants(token(u"alice"_qs));
        const QString grant = longGrantForBob(token(u"alice"_qs));
        const QJsonObject campaign = openCampaign(revokeUnreviewed);
        const QString id = campaign.value(u"id").toString();
        QVERIFY(!itemFor(campaign, grant).isEmpty());
        QCOMPARE(throughEdge(bobEdge), 200);

        const QByteArray erin = token(u"erin"_qs);
        const auto moved = m_api.post(u"/v1/testing/clock"_qs, erin,
                                      {{u"advance_ms"_qs, qint64(3600 * 1000 + 1000)}});
        QCOMPARE(moved.status, 200);
        // Past the due date nobody decides, even before the campaign is closed.
        QCOMPARE(m_api
                     .post(decisionPath(campaign, itemFor(campaign, grant)), token(u"alice"_qs),
                           decision(u"keep"_qs, u"just in time"_qs))
                     .status,
                 409);
        QJsonObject closed;
        QVERIFY(pollUntil(
            [&] {
                closed = m_api.get(u"/v1/reviews/"_qs + id, erin).json();
                return closed.value(u"state").toString() == u"closed";
            },
            std::chrono::seconds(5)));
        const QJsonObject item = itemFor(closed, grant);
        QCOMPARE(item.value(u"decision").toString(),
                 revokeUnreviewed ? u"unreviewed_revoked"_qs : u"unreviewed"_qs);
        QCOMPARE(item.value(u"decided_by").toString(), u"gatehoused"_qs);
        QVERIFY(closed.value(u"unreviewed_count").toInt() >= 1);
        QCOMPARE(closed.value(u"pending_count").toInt(), 0);
        QCOMPARE(throughEdge(bobEdge), revokeUnreviewed ? 403 : 200);
        // Closed: nobody decides any more.
        QCOMPARE(m_api
                     .post(decisionPath(campaign, item), token(u"alice"_qs),
                           decision(u"keep"_qs, u"late"_qs))
                     .status,
                 409);

        const QList<AuditRecord> records = audit();
        QVERIFY(verifyChain(records).ok);
        QStringList actions;
        for (const AuditRecord &r : records)
            if (r.objectId == id + u'/' + item.value(u"id").toString() || r.objectId == id ||
                r.objectId == grant)
                actions << r.action;
        QStringList expected{u"grant.created"_qs, u"review.opened"_qs};
        if (revokeUnreviewed)
            expected << u"grant.revoked"_qs;
        expected << u"review.unreviewed"_qs << u"review.closed"_qs;
        QCOMPARE(actions, expected);
    }
};

QTEST_GUILESS_MAIN(TestAccessReviews)
#include "tst_accessreviews.moc"
