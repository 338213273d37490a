#include "authz/AccessDecider.h"
#include "grants/GrantErrors.h"
#include "grants/GrantRequest.h"
#include "grants/GraphGrants.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace gatehouse;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

GrantRequest request()
{
    GrantRequest r;
    r.subjectKind = SubjectKind::Agent;
    r.subject = u"triage-bot"_qs;
    r.service = u"payments"_qs;
    r.reason = u"replaying a webhook"_qs;
    r.duration = std::chrono::seconds(5400);
    return r;
}

Grant grant()
{
    Grant g;
    g.id = u"9010115d-9933-4ecf-a781-14a1ea2c4f6a"_qs;
    g.subjectKind = SubjectKind::Group;
    g.subject = u"oncall"_qs;
    g.service = u"payments"_qs;
    g.methods = {u"GET"_qs, u"POST"_qs};
    g.pathPrefixes = {u"/v1/charges"_qs};
    g.startsAt = kNow;
    g.expiresAt = kNow.addSecs(3600);
    g.reason = u"incident"_qs;
    g.ticket = u"INC-7"_qs;
    g.requestedBy = u"alice"_qs;
    g.approvedBy = u"alice"_qs;
    g.state = GrantState::Active;
    g.createdAt = kNow;
    g.decidedAt = kNow;
    g.decidedBy = u"alice"_qs;
    GrantMeshState mesh;
    mesh.state = GrantMeshState::State::Applied;
    mesh.since = kNow;
    g.mesh = mesh;
    return g;
}
} // namespace

// The grant contract's wire forms: each read back as written, and anything
// else refused with a clear error rather than read as a default.
class TestGrantCodecs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestRoundTrips_data()
    {
        QTest::addColumn<GrantRequest>("req");
        QTest::newRow("duration") << request();
        GrantRequest scheduled = request();
        scheduled.duration.reset();
        scheduled.startsAt = kNow;
        scheduled.expiresAt = kNow.addSecs(600);
        scheduled.ticket = u"INC-42"_qs;
        QTest::newRow("scheduled, ticket") << scheduled;
        GrantRequest scoped = request();
        scoped.subjectKind = SubjectKind::Group;
        scoped.subject = u"oncall"_qs;
        scoped.methods = {u"*"_qs};
        scoped.pathPrefixes = {u"/v1/charges"_qs, u"/v1/refunds/"_qs};
        QTest::newRow("any method, two prefixes") << scoped;
    }
    void requestRoundTrips()
    {
        QFETCH(GrantRequest, req);
        const auto parsed = GrantRequest::parse(req.toJson());
        QVERIFY(std::holds_alternative<GrantRequest>(parsed));
        QVERIFY(std::get<GrantRequest>(parsed) == req);
    }

    void grantRoundTrips()
    {
        const Grant g = grant();
        const auto read = Grant::fromJson(g.toJson());
        QVERIFY(read.ok());
        QCOMPARE(read->toJson(), g.toJson());
    }

    void grantRefuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field left out
        QTest::newRow("unknown kind") << u"subject_kind"_qs << QJsonValue(u"robot"_qs);
        QTest::newRow("no kind") << u"subject_kind"_qs << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown state") << u"state"_qs << QJsonValue(u"paused"_qs);
        QTest::newRow("no id") << u"id"_qs << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no subject") << u"subject"_qs << QJsonValue(u""_qs);
        QTest::newRow("no service") << u"service"_qs << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("expiry in words") << u"expires_at"_qs << QJsonValue(u"tomorrow"_qs);
        QTest::newRow("start without offset")
            << u"starts_at"_qs << QJsonValue(u"2027-01-15T08:00:00"_qs);
        QTest::newRow("methods as a string") << u"methods"_qs << QJsonValue(u"GET"_qs);
        QTest::newRow("no prefixes") << u"path_prefixes"_qs << QJsonValue(QJsonArray());
        QTest::newRow("a number in methods") << u"methods"_qs << QJsonValue(QJsonArray{7});
    }
    void grantRefuses()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = grant().toJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto read = Grant::fromJson(json);
        QVERIFY(!read.ok());
        QVERIFY(is(read.error(), GrantErrorCode::Malformed));
        QVERIFY(!read.error().message.isEmpty());
        // The graph leaves it out rather than drawing a guess.
        int unreadable = 0;
        const QJsonObject graph{{u"grants"_qs, QJsonArray{json, grant().toJson()}}};
        QCOMPARE(graphgrants::read(graph, &unreadable).size(), 1);
        QCOMPARE(unreadable, 1);
    }

    void graphTakesTheReturnedGrant()
    {
        Grant g = grant();
        QJsonObject graph{{u"grants"_qs, QJsonArray{}}};
        graph = graphgrants::withGrant(graph, g);
        QCOMPARE(graphgrants::read(graph).size(), 1);
        g.expiresAt = g.expiresAt.addSecs(600); // extended: replaced, not added
        graph = graphgrants::withGrant(graph, g);
        QCOMPARE(graph.value(u"grants"_qs).toArray().size(), 1);
        QCOMPARE(graphgrants::read(graph).first().expiresAt, g.expiresAt);
        g.state = GrantState::Revoked; // ended: no longer drawn
        graph = graphgrants::withGrant(graph, g);
        QCOMPARE(graph.value(u"grants"_qs).toArray().size(), 0);
    }

    void standingRule_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("readable");
        const QJsonObject ok{{u"subject_kind"_qs, u"group"_qs},
                             {u"subject"_qs, u"payments-team"_qs},
                             {u"service"_qs, u"ledger"_qs},
                             {u"methods"_qs, QJsonArray{u"*"_qs}},
                             {u"path_prefixes"_qs, QJsonArray{u"/"_qs}},
                             {u"source"_qs, u"config"_qs}};
        QTest::newRow("as written") << ok << true;
        QJsonObject robot = ok;
        robot.insert(u"subject_kind"_qs, u"robot"_qs);
        QTest::newRow("unknown kind") << robot << false;
        QJsonObject noService = ok;
        noService.remove(u"service"_qs);
        QTest::newRow("no service") << noService << false;
        QJsonObject methods = ok;
        methods.insert(u"methods"_qs, u"*"_qs);
        QTest::newRow("methods as a string") << methods << false;
    }
    void standingRule()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, readable);
        const auto rule = AccessRule::fromJson(json);
        QCOMPARE(rule.ok(), readable);
        if (readable)
            QCOMPARE(rule->toJson(), json);
    }

    // One table: each code has one wire string, read back to itself, and the
    // API's documentation names every one of them.
    void errorCodes()
    {
        QFile openapi(QFINDTESTDATA("../../docs/openapi.yaml"));
        QVERIFY(openapi.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(openapi.readAll());
        QSet<QString> seen;
        for (int i = 0; i <= int(GrantErrorCode::Malformed); ++i) {
            const auto code = GrantErrorCode(i);
            const QString wire = wireCode(code);
            QVERIFY2(!seen.contains(wire), qPrintable(wire));
            seen.insert(wire);
            QVERIFY(grantErrorCode(wire) == code);
            QVERIFY(is(grantError(code, u"m"_qs), code));
            if (code != GrantErrorCode::Malformed) // the console's own, never sent
                QVERIFY2(docs.contains(wire), qPrintable(wire));
        }
        QVERIFY(!grantErrorCode(u"grant.unheard_of"_qs));
        QCOMPARE(requestField(GrantErrorCode::OverCap), u"expires_at"_qs);
        QCOMPARE(requestField(GrantErrorCode::TicketRequired), u"ticket"_qs);
        QCOMPARE(requestField(GrantErrorCode::UnknownService), u"service"_qs);
        QCOMPARE(requestField(GrantErrorCode::Forbidden), QString());
    }
};

QTEST_GUILESS_MAIN(TestGrantCodecs)
#include "tst_grantcodecs.moc"
