#include "AccessGraph.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse::graph;

// The /v1/graph answer of the demo stack as nodes and edges, and the two
// questions the console asks of it.
class TestAccessGraph : public QObject
{
    Q_OBJECT

    QJsonObject m_json;

    static QJsonObject load()
    {
        QFile file(QString::fromLatin1(gatehouse::test::kSourceDir) +
                   u"/tests/graph/data/demo-graph.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static int countEdges(const AccessGraph &g, EdgeKind kind)
    {
        return int(std::count_if(g.edges().cbegin(), g.edges().cend(),
                                 [kind](const Edge &e) { return e.kind == kind; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_json = load();
        QVERIFY(!m_json.isEmpty());
    }

    void nodesAndEdgesOfTheDemo()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(m_json);
        int services = 0;
        for (const Node &n : g.nodes())
            services += n.isService() ? 1 : 0;
        QCOMPARE(services, 20);
        // Subjects: four groups with standing access and bob's grant.
        QVERIFY(g.node(u"group:payments-team"_qs));
        QVERIFY(g.node(u"group:platform-team"_qs));
        QVERIFY(g.node(u"group:oncall"_qs));
        QVERIFY(g.node(u"group:data-team"_qs));
        QVERIFY(g.node(u"user:bob"_qs));
        QCOMPARE(g.nodes().size(), 25);
        QCOMPARE(g.edges().size(), 10);
        QCOMPARE(countEdges(g, EdgeKind::Standing), 9);
        QCOMPARE(countEdges(g, EdgeKind::Grant), 1);
        QCOMPARE(countEdges(g, EdgeKind::Pending), 0);
        QCOMPARE(g.version(), 10);
    }

    void serviceDetails()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(m_json);
        const Node *payments = g.node(u"service:payments"_qs);
        QVERIFY(payments);
        QCOMPARE(payments->team, u"payments-team"_qs);
        QCOMPARE(payments->owners, QStringList({u"alice"_qs, u"group:payments-team"_qs}));
        QCOMPARE(payments->edgeHosts, QStringList{u"payments.localhost"_qs});
        QCOMPARE(payments->maxGrantSeconds, 14400);
        QVERIFY(payments->ownedByMe);
        QCOMPARE(payments->health, QString()); // no mesh section in the demo
    }

    void whoCanReachPayments()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(m_json);
        QCOMPARE(g.whoCanReach(u"service:payments"_qs),
                 QStringList({u"service:api-gateway"_qs, u"user:bob"_qs}));
        // After bob's grant ends only the gateway is left.
        const QDateTime later = QDateTime::fromString(u"2026-11-30T06:00:00Z"_qs, Qt::ISODate);
        QCOMPARE(g.whoCanReach(u"service:payments"_qs, later),
                 QStringList{u"service:api-gateway"_qs});
    }

    void whatCanBobAndGroupsReach()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(m_json);
        QCOMPARE(g.whatCanReach(u"user:bob"_qs), QStringList{u"service:payments"_qs});
        QCOMPARE(g.whatCanReach(u"group:oncall"_qs),
                 QStringList({u"service:logs"_qs, u"service:metrics"_qs}));
    }

    void neighbourhood()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(m_json);
        const QSet<QString> n = g.neighbourhood(u"service:payments"_qs);
        QCOMPARE(
            n, QSet<QString>({u"service:payments"_qs, u"service:api-gateway"_qs, u"user:bob"_qs}));
    }

    void grantAndPendingEdges()
    {
        QJsonObject json = m_json;
        QJsonArray grants = json.value(u"grants").toArray();
        QJsonObject pending = grants.at(0).toObject();
        pending[u"id"_qs] = u"11111111-2222-3333-4444-555555555555"_qs;
        pending[u"state"_qs] = u"pending"_qs;
        pending[u"subject"_qs] = u"triage-bot"_qs;
        pending[u"subject_kind"_qs] = u"agent"_qs;
        pending[u"review_by"_qs] = u"2026-11-30T06:25:21.780Z"_qs;
        grants.append(pending);
        json[u"grants"_qs] = grants;
        const AccessGraph g = AccessGraph::fromGraphJson(json);
        QCOMPARE(countEdges(g, EdgeKind::Pending), 1);
        const Edge &grant = g.edges().at(g.edgesFrom(u"user:bob"_qs).first());
        QCOMPARE(grant.kind, EdgeKind::Grant);
        QCOMPARE(grant.grantId, u"9010115d-9933-4ecf-a781-14a1ea2c4f6a"_qs);
        QCOMPARE(grant.reason, u"perf"_qs);
        QCOMPARE(grant.expiresAt,
                 QDateTime::fromString(u"2026-11-30T05:53:32.513Z"_qs, Qt::ISODateWithMs));
        const Edge &request = g.edges().at(g.edgesFrom(u"agent:triage-bot"_qs).first());
        QCOMPARE(request.kind, EdgeKind::Pending);
        QCOMPARE(request.requestedBy, u"alice"_qs);
        QVERIFY(request.reviewBy.isValid());
        // A pending request reaches nothing yet.
        QVERIFY(g.whatCanReach(u"agent:triage-bot"_qs).isEmpty());
        QVERIFY(g.structureKey() != AccessGraph::fromGraphJson(m_json).structureKey());
    }

    void meshSection()
    {
        QJsonObject json = m_json;
        json[u"mesh"_qs] = QJsonObject{
            {u"meshes"_qs, QJsonArray{u"default"_qs}},
            {u"services"_qs, QJsonArray{QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                    {u"name"_qs, u"payments"_qs},
                                                    {u"source"_qs, u"meshservice"_qs},
                                                    {u"health"_qs, u"Available"_qs}},
                                        QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                    {u"name"_qs, u"ledger"_qs},
                                                    {u"source"_qs, u"service-insight"_qs},
                                                    {u"health"_qs, u"1/2 online"_qs}},
                                        QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                    {u"name"_qs, u"legacy-batch"_qs},
                                                    {u"source"_qs, u"service-insight"_qs},
                                                    {u"health"_qs, u"0/1 online"_qs}}}},
            {u"permissions"_qs, QJsonArray{QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                       {u"policy"_qs, u"p1"_qs},
                                                       {u"from"_qs, u"payments"_qs},
                                                       {u"to"_qs, u"ledger"_qs},
                                                       {u"action"_qs, u"Allow"_qs}},
                                           QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                       {u"policy"_qs, u"p2"_qs},
                                                       {u"from"_qs, u"*"_qs},
                                                       {u"to"_qs, u"metrics"_qs},
                                                       {u"action"_qs, u"Allow"_qs}},
                                           QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                       {u"policy"_qs, u"p3"_qs},
                                                       {u"from"_qs, u"legacy-batch"_qs},
                                                       {u"to"_qs, u"ledger"_qs},
                                                       {u"action"_qs, u"Deny"_qs}}}}};
        const AccessGraph g = AccessGraph::fromGraphJson(json);
        QVERIFY(g.hasMesh());
        QCOMPARE(g.node(u"service:payments"_qs)->health, u"Available"_qs);
        QCOMPARE(g.node(u"service:ledger"_qs)->health, u"1/2 online"_qs);
        const Node *legacy = g.node(u"service:legacy-batch"_qs);
        QVERIFY(legacy);
        QCOMPARE(legacy->source, u"kuma"_qs);
        QVERIFY(g.node(u"mesh:default"_qs) && g.node(u"mesh:default"_qs)->meshWide);
        QCOMPARE(g.whoCanReach(u"service:ledger"_qs),
                 QStringList({u"service:payments"_qs, u"service:refunds"_qs}));
        QCOMPARE(g.whoCanReach(u"service:metrics"_qs),
                 QStringList({u"group:oncall"_qs, u"mesh:default"_qs}));
        const Edge &rule = g.edges().at(g.edgesFrom(u"service:payments"_qs).first());
        QCOMPARE(rule.source, u"mesh"_qs);
        QCOMPARE(rule.meshPolicy, u"p1"_qs);
    }

    void emptyAnswer()
    {
        const AccessGraph g = AccessGraph::fromGraphJson(QJsonObject{});
        QVERIFY(g.nodes().isEmpty());
        QVERIFY(g.whoCanReach(u"service:x"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessGraph)
#include "tst_accessgraph.moc"
