#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "KumaDouble.h"
#include "StaticIdp.h"
#include "grants/Grant.h"

#include <QJsonArray>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// Service-to-service grants become MeshTrafficPermissions in Kuma: one per
// grant, in the format the control plane offers, removed at expiry and at
// revocation. Kuma itself cannot run here; KumaDouble serves its recorded
// responses and records what gatehoused writes.
class TestMeshSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantBecomesPolicyAndGoes_data()
    {
        QTest::addColumn<bool>("offerRules");
        QTest::newRow("rules with SPIFFE matchers (2.12+, 3.x)") << true;
        QTest::newRow("from with default.action (2.x)") << false;
    }
    void grantBecomesPolicyAndGoes()
    {
        QFETCH(bool, offerRules);
        StaticIdp idp;
        QVERIFY(idp.start());
        KumaDouble kuma;
        QVERIFY(kuma.start(true, offerRules));
        GatehousedFixture gatehoused;
        QVERIFY2(gatehoused.start(idp.issuer(), demoCatalog() + u"\n[kuma]\nurl = \"%1\"\n"_qs.arg(
                                                                    kuma.url().toString())),
                 qPrintable(gatehoused.diagnostics()));
        ApiClient api(gatehoused.url());
        const QByteArray alice = idp.token(u"alice"_qs, {u"payments-team"_qs});

        // A person's grant is enforced at the edge only: nothing in the mesh.
        const auto person = api.post(u"/v1/grants"_qs, alice,
                                     {{u"subject"_qs, u"bob"_qs},
                                      {u"service"_qs, u"payments"_qs},
                                      {u"duration"_qs, u"10m"_qs},
                                      {u"reason"_qs, u"x"_qs}});
        QCOMPARE(person.status, 201);

        const auto created = api.post(u"/v1/grants"_qs, alice,
                                      {{u"subject_kind"_qs, u"service"_qs},
                                       {u"subject"_qs, u"api-gateway"_qs},
                                       {u"service"_qs, u"payments"_qs},
                                       {u"duration"_qs, u"3s"_qs},
                                       {u"reason"_qs, u"canary of the new checkout path"_qs}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        const QString name = u"gatehouse-grant-"_qs + id;
        QVERIFY(pollUntil([&] { return kuma.policyCount() == 1; }, std::chrono::seconds(5)));
        const QJsonObject policy = kuma.policy(u"default"_qs, name);
        QCOMPARE(policy.value(u"type").toString(), u"MeshTrafficPermission"_qs);
        QCOMPARE(policy.value(u"name").toString(), name);
        const auto labels = policy.value(u"labels").toObject();
        QCOMPARE(labels.value(u"gatehouse.io/grant").toString(), id);
        const QString expires = labels.value(u"gatehouse.io/expires").toString();
        QVERIFY(!expires.contains(u':') && expires.size() <= 63 && !expires.isEmpty());
        const auto spec = policy.value(u"spec").toObject();
        QCOMPARE(spec.value(u"targetRef").toObject().value(u"name").toString(), u"payments"_qs);
        if (offerRules) {
            QVERIFY(!spec.contains(u"from"));
            const auto allow = spec.value(u"rules")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"default")
                                   .toObject()
                                   .value(u"allow")
                                   .toArray()
                                   .first()
                                   .toObject();
            QCOMPARE(allow.value(u"spiffeID").toObject().value(u"value").toString(),
                     u"spiffe://default/api-gateway"_qs);
        } else {
            QVERIFY(!spec.contains(u"rules"));
            const auto from = spec.value(u"from").toArray().first().toObject();
            QCOMPARE(from.value(u"targetRef").toObject().value(u"name").toString(),
                     u"api-gateway"_qs);
            QCOMPARE(from.value(u"default").toObject().value(u"action").toString(), u"Allow"_qs);
        }
        QCOMPARE(kuma.writes().first().method, QByteArray("PUT"));

        // At expiry the policy goes, with nobody acting.
        const QDateTime expiresAt = parseTime(created.json().value(u"expires_at").toString());
        QVERIFY(pollUntil([&] { return kuma.policyCount() == 0; }, std::chrono::seconds(10)));
        const qint64 late = expiresAt.msecsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(late >= 0 && late < 1500, qPrintable(u"deleted %1 ms after expiry"_qs.arg(late)));
        QCOMPARE(kuma.writes().last().method, QByteArray("DELETE"));

        // A revoked grant's policy goes too; each grant had exactly one write and one delete.
        const auto second = api.post(u"/v1/grants"_qs, alice,
                                     {{u"subject_kind"_qs, u"service"_qs},
                                      {u"subject"_qs, u"refunds"_qs},
                                      {u"service"_qs, u"payments"_qs},
                                      {u"duration"_qs, u"1h"_qs},
                                      {u"reason"_qs, u"refund replay"_qs}});
        QCOMPARE(second.status, 201);
        QVERIFY(pollUntil([&] { return kuma.policyCount() == 1; }, std::chrono::seconds(5)));
        QCOMPARE(api.post(u"/v1/grants/%1/revoke"_qs.arg(second.json().value(u"id").toString()),
                          alice, {})
                     .status,
                 200);
        QVERIFY(pollUntil([&] { return kuma.policyCount() == 0; }, std::chrono::seconds(5)));
        QCOMPARE(kuma.writes().size(), 4);
    }

    void discoveryShowsTheMesh()
    {
        StaticIdp idp;
        QVERIFY(idp.start());
        KumaDouble kuma;
        QVERIFY(kuma.start());
        GatehousedFixture gatehoused;
        QVERIFY2(gatehoused.start(idp.issuer(), demoCatalog() + u"\n[kuma]\nurl = \"%1\"\n"_qs.arg(
                                                                    kuma.url().toString())),
                 qPrintable(gatehoused.diagnostics()));
        ApiClient api(gatehoused.url());
        const QByteArray dave = idp.token(u"dave"_qs, {u"oncall"_qs});
        // A policy gatehoused wrote is a grant, never a standing permission.
        QCOMPARE(api.post(u"/v1/grants"_qs, idp.token(u"alice"_qs, {u"payments-team"_qs}),
                          {{u"subject_kind"_qs, u"service"_qs},
                           {u"subject"_qs, u"frontend"_qs},
                           {u"service"_qs, u"payments"_qs},
                           {u"duration"_qs, u"1h"_qs},
                           {u"reason"_qs, u"x"_qs}})
                     .status,
                 201);
        QVERIFY(pollUntil([&] { return kuma.policyCount() == 1; }, std::chrono::seconds(5)));

        QJsonObject mesh;
        QVERIFY(pollUntil(
            [&] {
                mesh = api.get(u"/v1/graph"_qs, dave).json().value(u"mesh").toObject();
                return !mesh.isEmpty();
            },
            std::chrono::seconds(10)));
        // Both pages of meshes followed.
        QCOMPARE(mesh.value(u"meshes").toArray(), (QJsonArray{u"m1"_qs, u"m2"_qs, u"default"_qs}));
        QStringList services;
        const auto list = mesh.value(u"services").toArray();
        for (const auto &v : list)
            services.append(v.toObject().value(u"source").toString() + u':' +
                            v.toObject().value(u"name").toString());
        QCOMPARE(services,
                 (QStringList{u"meshservice:redis-1"_qs, u"meshservice:redis-2"_qs,
                              u"service-insight:backend"_qs, u"service-insight:db"_qs,
                              u"service-insight:frontend"_qs, u"service-insight:payments"_qs}));
        const auto rules = mesh.value(u"permissions").toArray();
        QCOMPARE(rules.size(), 1); // the recorded mtp-1 only
        QCOMPARE(rules.first().toObject().value(u"policy").toString(), u"mtp-1"_qs);
        QCOMPARE(rules.first().toObject().value(u"from").toString(), u"*"_qs);
        QCOMPARE(rules.first().toObject().value(u"action").toString(), u"Allow"_qs);
        // Where the catalog and the mesh disagree is shown, both ways.
        QStringList unsure;
        const auto unmapped = mesh.value(u"unmapped").toArray();
        for (const auto &v : unmapped)
            unsure.append(v.toObject().value(u"service").toString() +
                          v.toObject().value(u"kuma_service").toString());
        QVERIFY(unsure.contains(u"ledger"_qs));
        QVERIFY(unsure.contains(u"redis-1"_qs));
        QVERIFY(!unsure.contains(u"payments"_qs));
    }
};

QTEST_GUILESS_MAIN(TestMeshSync)
#include "tst_meshsync.moc"
