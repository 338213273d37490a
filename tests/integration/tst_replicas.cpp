#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "PostgresFixture.h"
#include "StaticIdp.h"
#include "audit/AuditRecord.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <memory>
#include <vector>

using namespace gatehouse;
using namespace gatehouse::test;

// gatehoused replicas on one real PostgreSQL: what one writes the other
// serves, and expiry -- which both replicas try -- is recorded exactly once.
// Replicas started together on a fresh database all come up, and a catalog
// change they all load is recorded once.
class TestReplicas : public QObject
{
    Q_OBJECT

    PostgresFixture m_pg;
    StaticIdp m_idp;
    GatehousedFixture m_a;
    GatehousedFixture m_b;
    ApiClient m_apiA;
    ApiClient m_apiB;

    QByteArray alice() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }
    QByteArray carol() const { return m_idp.token(u"carol"_qs, {u"auditors"_qs}); }

    using Replicas = std::vector<std::unique_ptr<GatehousedFixture>>;

    // Starts `count` replicas at the same moment on `url`, then waits for
    // each; fails naming the replica that did not come up.
    Replicas startTogether(int count, const QString &url, const QString &catalog)
    {
        Replicas replicas;
        for (int i = 0; i < count; ++i)
            replicas.push_back(std::make_unique<GatehousedFixture>());
        for (auto &r : replicas) {
            if (!r->launch(m_idp.issuer(), catalog, url))
                return {};
        }
        for (std::size_t i = 0; i < replicas.size(); ++i) {
            if (!replicas[i]->waitReady()) {
                replicas[i]->process().stop();
                qWarning().noquote()
                    << "replica" << i << "did not come up:" << replicas[i]->diagnostics();
                return {};
            }
        }
        return replicas;
    }

    qsizetype catalogUpdates(const ApiClient &api) const
    {
        const auto records = audit(api);
        return std::count_if(records.begin(), records.end(),
                             [](const AuditRecord &r) { return r.action == u"catalog.updated"; });
    }

    QList<AuditRecord> audit(const ApiClient &api) const
    {
        QList<AuditRecord> out;
        const auto items = api.get(u"/v1/audit"_qs, carol()).json().value(u"items").toArray();
        for (const auto &item : items)
            out.append(AuditRecord::fromJson(item.toObject()).value());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.diagnostics()));
        const QString url = m_pg.createDatabase(u"replicas"_qs);
        QVERIFY(!url.isEmpty());
        QVERIFY(m_idp.start());
        // Test clocks: expiry is raced by moving both replicas' time, not by waiting.
        const QString config = u"[testing]\nadjustable_clock = true\n\n"_qs + demoCatalog();
        QVERIFY2(m_a.start(m_idp.issuer(), config, url), qPrintable(m_a.diagnostics()));
        QVERIFY2(m_b.start(m_idp.issuer(), config, url), qPrintable(m_b.diagnostics()));
        m_apiA.setBase(m_a.url());
        m_apiB.setBase(m_b.url());
    }

    void bothServeOneStore()
    {
        const auto health = m_apiB.get(u"/healthz"_qs, {}).json();
        QCOMPARE(health.value(u"store").toString(), u"postgresql"_qs);
        const auto created = m_apiA.post(u"/v1/grants"_qs, alice(),
                                         {{u"subject"_qs, u"bob"_qs},
                                          {u"service"_qs, u"payments"_qs},
                                          {u"duration"_qs, u"10m"_qs},
                                          {u"reason"_qs, u"made on replica A"_qs}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        const auto onB = m_apiB.get(u"/v1/grants/"_qs + id, alice());
        QCOMPARE(onB.status, 200);
        QCOMPARE(onB.json().value(u"reason").toString(), u"made on replica A"_qs);
        // Revoked on B, seen revoked on A.
        QCOMPARE(m_apiB.post(u"/v1/grants/%1/revoke"_qs.arg(id), alice(), {}).status, 200);
        QCOMPARE(m_apiA.get(u"/v1/grants/"_qs + id, alice()).json().value(u"state").toString(),
                 u"revoked"_qs);
        // Both replicas loaded the same catalog; it was recorded once.
        const auto records = audit(m_apiA);
        QCOMPARE(std::count_if(records.begin(), records.end(),
                               [](const AuditRecord &r) { return r.action == u"catalog.updated"; }),
                 1);
    }

    // Every replica of a fleet restarted at once on a fresh database comes up:
    // migrations and catalog seeding run one replica at a time.
    void replicasStartTogetherOnAFreshDatabase()
    {
        for (int trial = 1; trial <= 5; ++trial) {
            const QString url = m_pg.createDatabase(u"fresh_%1"_qs.arg(trial));
            QVERIFY(!url.isEmpty());
            const Replicas replicas = startTogether(3, url, demoCatalog());
            QVERIFY2(replicas.size() == 3, qPrintable(u"trial %1"_qs.arg(trial)));
            for (const auto &r : replicas) {
                const ApiClient api(r->url());
                QCOMPARE(api.get(u"/healthz"_qs, {}).status, 200);
                QCOMPARE(catalogUpdates(api), 1);
            }
            const auto verdict = verifyChain(audit(ApiClient(replicas.front()->url())));
            QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        }
    }

    // A change to the catalog in the TOML, loaded by two replicas starting
    // together, is one audit record.
    void catalogChangeIsRecordedOnce()
    {
        const QString url = m_pg.createDatabase(u"catalog_change"_qs);
        QVERIFY(!url.isEmpty());
        {
            const Replicas first = startTogether(1, url, demoCatalog());
            QCOMPARE(first.size(), std::size_t(1));
            QCOMPARE(catalogUpdates(ApiClient(first.front()->url())), 1);
        }
        QString changed = demoCatalog();
        const QString cap = u"max_grant = \"4h\""_qs; // payments, the first service
        QVERIFY(changed.contains(cap));
        changed.replace(changed.indexOf(cap), cap.size(), u"max_grant = \"1h\""_qs);
        for (int round = 1; round <= 3; ++round) {
            const Replicas two = startTogether(2, url, changed);
            QVERIFY2(two.size() == 2, qPrintable(u"round %1"_qs.arg(round)));
            const ApiClient api(two.front()->url());
            QCOMPARE(catalogUpdates(api), 2); // the first load, then the change once
            const auto services = api.get(u"/v1/services"_qs, alice()).json().value(u"items");
            for (const auto &s : services.toArray()) {
                if (s.toObject().value(u"name").toString() == u"payments")
                    QCOMPARE(s.toObject().value(u"max_grant_seconds").toInteger(), 3600);
            }
        }
    }

    void expiryIsRecordedOnce()
    {
        QStringList ids;
        for (int i = 0; i < 12; ++i) {
            const ApiClient &api = i % 2 ? m_apiB : m_apiA;
            const auto r = api.post(u"/v1/grants"_qs, alice(),
                                    {{u"subject"_qs, u"user-%1"_qs.arg(i)},
                                     {u"service"_qs, u"payments"_qs},
                                     {u"duration"_qs, u"10m"_qs},
                                     {u"reason"_qs, u"expiry race %1"_qs.arg(i)}});
            QCOMPARE(r.status, 201);
            ids.append(r.json().value(u"id").toString());
        }
        // Both replicas' clocks pass the end together; both reapers race.
        const QByteArray erin = m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs});
        for (const ApiClient *api : {&m_apiA, &m_apiB}) {
            QCOMPARE(api->post(u"/v1/testing/clock"_qs, erin, {{u"advance_ms"_qs, 601'000}}).status,
                     200);
        }
        QVERIFY(pollUntil(
            [&] {
                const auto items =
                    m_apiB.get(u"/v1/grants?state=active&service=payments"_qs, alice())
                        .json()
                        .value(u"items")
                        .toArray();
                return items.isEmpty();
            },
            std::chrono::seconds(20)));
        const auto records = audit(m_apiB);
        for (const QString &id : std::as_const(ids)) {
            const auto expired =
                std::count_if(records.begin(), records.end(), [&](const AuditRecord &r) {
                    return r.objectId == id && r.action == u"grant.expired";
                });
            QVERIFY2(expired == 1, qPrintable(u"%1 expired %2 times"_qs.arg(id).arg(expired)));
        }
        const ChainVerdict verdict = verifyChain(records);
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));

        QProcess verify;
        verify.start(gatehousedPath(),
                     {u"audit"_qs, u"verify"_qs, u"--config"_qs, m_a.configPath()});
        QVERIFY(verify.waitForFinished(30000));
        QCOMPARE(verify.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "tst_replicas.moc"
