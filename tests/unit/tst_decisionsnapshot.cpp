#include "authz/AccessDecider.h"
#include "authz/DecisionSnapshot.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gatehouse;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

Principal principal(const QString &name, const QStringList &groups = {},
                    SubjectKind kind = SubjectKind::User)
{
    Principal p;
    p.subject = name;
    p.groups = groups;
    p.kind = kind;
    return p;
}

Grant grant(const QString &id, SubjectKind kind, const QString &subject, const QString &service,
            const QStringList &methods, const QStringList &prefixes)
{
    Grant g;
    g.id = id;
    g.subjectKind = kind;
    g.subject = subject;
    g.service = service;
    g.methods = methods;
    g.pathPrefixes = prefixes;
    g.state = GrantState::Active;
    g.startsAt = kNow.addSecs(-10);
    g.expiresAt = kNow.addSecs(20);
    return g;
}

struct World
{
    QList<Service> services;
    QList<AccessRule> rules;
    QList<Grant> grants;
};

World world()
{
    World w;
    Service payments;
    payments.name = u"payments"_qs;
    payments.source = u"config"_qs;
    payments.edgeHosts = {u"payments.localhost"_qs, u"Pay.Example.com"_qs};
    Service ledger;
    ledger.name = u"ledger"_qs;
    ledger.source = u"config"_qs;
    ledger.edgeHosts = {u"ledger.example.com"_qs};
    // Added through the API with another spelling of a configured host: the
    // configured service keeps it.
    Service shadow;
    shadow.name = u"zz-shadow"_qs;
    shadow.source = u"api"_qs;
    shadow.edgeHosts = {u"payments.localhost:1"_qs, u"shadow.localhost"_qs};
    Service bücher;
    bücher.name = u"books"_qs;
    bücher.source = u"config"_qs;
    bücher.edgeHosts = {u"bücher.example"_qs};
    w.services = {payments, ledger, shadow, bücher};

    Grant bobGet = grant(u"g-bob"_qs, SubjectKind::User, u"bob"_qs, u"payments"_qs, {u"GET"_qs},
                         {u"/v1/charges"_qs});
    Grant bobAll =
        grant(u"g-bob-all"_qs, SubjectKind::User, u"bob"_qs, u"payments"_qs, {u"*"_qs}, {u"/"_qs});
    bobAll.expiresAt = kNow.addSecs(-1); // expired but still listed as active
    Grant revoked = bobAll;
    revoked.id = u"g-revoked"_qs;
    revoked.expiresAt = kNow.addSecs(60);
    revoked.state = GrantState::Revoked;
    Grant scheduled = bobAll;
    scheduled.id = u"g-later"_qs;
    scheduled.startsAt = kNow.addSecs(60);
    scheduled.expiresAt = kNow.addSecs(120);
    Grant agent = grant(u"g-agent"_qs, SubjectKind::Agent, u"deploy-bot"_qs, u"ledger"_qs,
                        {u"POST"_qs}, {u"/entries/"_qs});
    Grant group = grant(u"g-sre"_qs, SubjectKind::Group, u"sre"_qs, u"ledger"_qs,
                        {u"GET"_qs, u"DELETE"_qs}, {u"/admin"_qs, u"/reports"_qs});
    // A user grant named like the group: only the group's members hold the group's.
    Grant sameName =
        grant(u"g-user-sre"_qs, SubjectKind::User, u"sre"_qs, u"ledger"_qs, {u"PUT"_qs}, {u"/"_qs});
    Grant second = grant(u"g-bob-2"_qs, SubjectKind::User, u"bob"_qs, u"payments"_qs, {u"GET"_qs},
                         {u"/v1"_qs});
    Grant onShadow =
        grant(u"g-shadow"_qs, SubjectKind::User, u"bob"_qs, u"zz-shadow"_qs, {u"*"_qs}, {u"/"_qs});
    Grant books =
        grant(u"g-books"_qs, SubjectKind::User, u"carol"_qs, u"books"_qs, {u"GET"_qs}, {u"/"_qs});
    w.grants = {bobAll, revoked, scheduled, second,   bobGet,
                agent,  group,   sameName,  onShadow, books};
    w.rules = {
        {SubjectKind::Group, u"payments-team"_qs, u"payments"_qs, {u"*"_qs}, {u"/"_qs}},
        {SubjectKind::Group, u"oncall"_qs, u"ledger"_qs, {u"GET"_qs}, {u"/"_qs}},
        {SubjectKind::User, u"erin"_qs, u"ledger"_qs, {u"*"_qs}, {u"/admin/"_qs}},
        {SubjectKind::Agent, u"deploy-bot"_qs, u"payments"_qs, {u"GET"_qs}, {u"/health"_qs}}};
    return w;
}

AccessDecider decider(const World &w)
{
    AccessDecider d;
    d.setCatalog(w.services);
    d.setStandingRules(w.rules);
    d.setGrants(w.grants);
    return d;
}

QString describe(const Decision &d)
{
    return u"allowed=%1 service=%2 path=%3 grant=%4 standing=%5 reason=%6"_qs.arg(
        d.allowed ? u"yes"_qs : u"no"_qs, d.service, d.path, d.grantId, d.standing, d.reason);
}
} // namespace

// The edge's snapshot decides as AccessDecider, the reference, does: same
// verdict, service, path, grant or standing rule and reason, row by row.
class TestDecisionSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithAccessDecider_data()
    {
        QTest::addColumn<Principal>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<qint64>("atOffsetS");
        QTest::addColumn<bool>("allowed");

        const Principal bob = principal(u"bob"_qs);
        QTest::newRow("grant covers") << bob << "GET"
                                      << "payments.localhost"
                                      << "/v1/charges/7" << qint64(0) << true;
        QTest::newRow("host with port") << bob << "GET"
                                        << "payments.localhost:47180"
                                        << "/v1/charges" << qint64(0) << true;
        QTest::newRow("host with trailing dot") << bob << "GET"
                                                << "payments.localhost."
                                                << "/v1/charges" << qint64(0) << true;
        QTest::newRow("trailing dot and port") << bob << "GET"
                                               << "payments.localhost.:8443"
                                               << "/v1/charges" << qint64(0) << true;
        QTest::newRow("upper case host") << bob << "GET"
                                         << "PAYMENTS.Localhost"
                                         << "/v1/charges" << qint64(0) << true;
        QTest::newRow("second host, mixed case in catalog") << bob << "GET"
                                                            << "pay.example.com"
                                                            << "/v1/charges" << qint64(0) << true;
        QTest::newRow("IDNA host") << principal(u"carol"_qs) << "GET"
                                   << "BÜCHER.example"
                                   << "/" << qint64(0) << true;
        QTest::newRow("IDNA host in ACE") << principal(u"carol"_qs) << "GET"
                                          << "xn--bcher-kva.example"
                                          << "/" << qint64(0) << true;
        QTest::newRow("shadowing spelling") << bob << "DELETE"
                                            << "payments.localhost:1"
                                            << "/v1/x" << qint64(0) << false;
        QTest::newRow("unknown host") << bob << "GET"
                                      << "nowhere.localhost"
                                      << "/" << qint64(0) << false;
        QTest::newRow("not a host") << bob << "GET"
                                    << "pay ments"
                                    << "/" << qint64(0) << false;
        QTest::newRow("bad port") << bob << "GET"
                                  << "payments.localhost:99999"
                                  << "/" << qint64(0) << false;
        QTest::newRow("empty host") << bob << "GET"
                                    << ""
                                    << "/" << qint64(0) << false;
        QTest::newRow("other method") << bob << "POST"
                                      << "payments.localhost"
                                      << "/v1/charges" << qint64(0) << false;
        QTest::newRow("HEAD where GET") << bob << "HEAD"
                                        << "payments.localhost"
                                        << "/v1/charges" << qint64(0) << true;
        QTest::newRow("lower-case method") << bob << "get"
                                           << "payments.localhost"
                                           << "/v1/charges" << qint64(0) << true;
        QTest::newRow("no method") << bob << ""
                                   << "payments.localhost"
                                   << "/v1/charges" << qint64(0) << false;
        QTest::newRow("prefix is not a word prefix") << bob << "GET"
                                                     << "payments.localhost"
                                                     << "/v1x" << qint64(0) << false;
        QTest::newRow("query dropped") << bob << "GET"
                                       << "payments.localhost"
                                       << "/v1/charges?x=/admin" << qint64(0) << true;
        QTest::newRow("dot segment") << bob << "GET"
                                     << "payments.localhost"
                                     << "/v1/charges/../refunds" << qint64(0) << false;
        QTest::newRow("encoded slash") << bob << "GET"
                                       << "payments.localhost"
                                       << "/v1%2fcharges" << qint64(0) << false;
        QTest::newRow("first listed grant wins") << bob << "GET"
                                                 << "payments.localhost"
                                                 << "/v1/charges" << qint64(0) << true;
        QTest::newRow("expired grant") << bob << "DELETE"
                                       << "payments.localhost"
                                       << "/v1" << qint64(0) << false;
        QTest::newRow("before expiry") << bob << "DELETE"
                                       << "payments.localhost"
                                       << "/v1" << qint64(-5) << true;
        QTest::newRow("at expiry") << bob << "GET"
                                   << "payments.localhost"
                                   << "/v1/charges" << qint64(20) << false;
        QTest::newRow("scheduled, not yet") << bob << "PUT"
                                            << "payments.localhost"
                                            << "/" << qint64(30) << false;
        QTest::newRow("scheduled, started") << bob << "PUT"
                                            << "payments.localhost"
                                            << "/" << qint64(61) << true;
        QTest::newRow("revoked") << bob << "PATCH"
                                 << "payments.localhost"
                                 << "/" << qint64(0) << false;
        QTest::newRow("agent grant")
            << principal(u"deploy-bot"_qs, {}, SubjectKind::Agent) << "POST"
            << "ledger.example.com"
            << "/entries/9" << qint64(0) << true;
        QTest::newRow("user named like the agent") << principal(u"deploy-bot"_qs) << "POST"
                                                   << "ledger.example.com"
                                                   << "/entries/9" << qint64(0) << false;
        QTest::newRow("agent standing rule")
            << principal(u"deploy-bot"_qs, {}, SubjectKind::Agent) << "GET"
            << "payments.localhost"
            << "/health" << qint64(0) << true;
        QTest::newRow("group grant") << principal(u"dan"_qs, {u"sre"_qs}) << "DELETE"
                                     << "ledger.example.com"
                                     << "/reports/1" << qint64(0) << true;
        QTest::newRow("group grant, other prefix") << principal(u"dan"_qs, {u"sre"_qs}) << "GET"
                                                   << "ledger.example.com"
                                                   << "/entries" << qint64(0) << false;
        QTest::newRow("user grant named like a group") << principal(u"sre"_qs) << "PUT"
                                                       << "ledger.example.com"
                                                       << "/x" << qint64(0) << true;
        QTest::newRow("group member, not the user") << principal(u"dan"_qs, {u"sre"_qs}) << "PUT"
                                                    << "ledger.example.com"
                                                    << "/x" << qint64(0) << false;
        QTest::newRow("standing group rule")
            << principal(u"frank"_qs, {u"x"_qs, u"payments-team"_qs}) << "DELETE"
            << "payments.localhost"
            << "/anything" << qint64(0) << true;
        QTest::newRow("grant before standing rule")
            << principal(u"bob"_qs, {u"payments-team"_qs}) << "GET"
            << "payments.localhost"
            << "/v1/charges" << qint64(0) << true;
        QTest::newRow("standing user rule with trailing slash") << principal(u"erin"_qs) << "POST"
                                                                << "ledger.example.com"
                                                                << "/admin" << qint64(0) << true;
        QTest::newRow("standing rule, other service")
            << principal(u"grace"_qs, {u"oncall"_qs}) << "GET"
            << "payments.localhost"
            << "/" << qint64(0) << false;
        QTest::newRow("grant on a service without that host") << bob << "GET"
                                                              << "shadow.localhost"
                                                              << "/" << qint64(0) << true;
        QTest::newRow("nobody") << principal(u"mallory"_qs) << "GET"
                                << "payments.localhost"
                                << "/" << qint64(0) << false;
    }

    void agreesWithAccessDecider()
    {
        QFETCH(Principal, who);
        QFETCH(QString, method);
        QFETCH(QString, host);
        QFETCH(QString, uri);
        QFETCH(qint64, atOffsetS);
        QFETCH(bool, allowed);
        const World w = world();
        const auto snapshot = DecisionSnapshot::build(w.services, w.rules, w.grants);
        const AccessRequest request{method, host, uri};
        const QDateTime at = kNow.addSecs(atOffsetS);
        const Decision expected = decider(w).decide(who, request, at);
        const Decision actual = snapshot->decide(who, request, at);
        QCOMPARE(describe(actual), describe(expected));
        QCOMPARE(actual.allowed, allowed);
    }

    // Rebuilding one service (a grant revoked, one added) decides as a full
    // build of the same grants does, and leaves other services as they were.
    void oneServiceRebuiltAgreesWithAFullBuild()
    {
        World w = world();
        const auto before = DecisionSnapshot::build(w.services, w.rules, w.grants);
        QList<Grant> payments;
        for (const Grant &g : std::as_const(w.grants)) {
            if (g.service == u"payments" && g.id != u"g-bob-2")
                payments.append(g);
        }
        Grant carol = grant(u"g-carol"_qs, SubjectKind::User, u"carol"_qs, u"payments"_qs,
                            {u"GET"_qs}, {u"/"_qs});
        payments.prepend(carol);
        const auto after = DecisionSnapshot::withService(*before, u"payments"_qs, payments);
        w.grants.removeIf([](const Grant &g) { return g.id == u"g-bob-2"; });
        w.grants.prepend(carol);
        const AccessDecider reference = decider(w);
        const QList<std::pair<Principal, AccessRequest>> asked{
            {principal(u"bob"_qs), {u"GET"_qs, u"payments.localhost"_qs, u"/v1/x"_qs}},
            {principal(u"bob"_qs), {u"GET"_qs, u"payments.localhost"_qs, u"/v1/charges"_qs}},
            {principal(u"carol"_qs), {u"GET"_qs, u"payments.localhost"_qs, u"/"_qs}},
            {principal(u"dan"_qs, {u"sre"_qs}),
             {u"GET"_qs, u"ledger.example.com"_qs, u"/admin"_qs}},
        };
        for (const auto &[who, request] : asked)
            QCOMPARE(describe(after->decide(who, request, kNow)),
                     describe(reference.decide(who, request, kNow)));
        QCOMPARE(after->grantCount(), before->grantCount()); // one out, one in
        QVERIFY(before
                    ->decide(principal(u"bob"_qs),
                             {u"GET"_qs, u"payments.localhost"_qs, u"/v1/x"_qs}, kNow)
                    .allowed);
    }

    // Many random grants and requests: the snapshot and the reference never
    // disagree.
    void randomWorldsAgree()
    {
        QRandomGenerator random(20261207);
        const QStringList subjects{u"bob"_qs, u"carol"_qs, u"sre"_qs, u"ops"_qs, u"bot"_qs};
        const QStringList methods{u"GET"_qs, u"POST"_qs, u"*"_qs, u"DELETE"_qs, u"HEAD"_qs};
        const QStringList prefixes{u"/"_qs, u"/a"_qs, u"/a/b"_qs, u"/b/"_qs, u"/ab"_qs};
        const QList<SubjectKind> kinds{SubjectKind::User, SubjectKind::Group, SubjectKind::Agent};
        World w;
        for (int i = 0; i < 20; ++i) {
            Service s;
            s.name = u"svc-%1"_qs.arg(i);
            s.source = i % 3 ? u"config"_qs : u"api"_qs;
            s.edgeHosts = {u"h%1.example"_qs.arg(i % 15)};
            w.services.append(s);
        }
        const auto pick = [&](const auto &list) {
            return list.at(random.bounded(int(list.size())));
        };
        for (int i = 0; i < 400; ++i) {
            Grant g = grant(u"g-%1"_qs.arg(i), pick(kinds), pick(subjects),
                            u"svc-%1"_qs.arg(random.bounded(20)), {pick(methods), pick(methods)},
                            {pick(prefixes)});
            g.startsAt = kNow.addSecs(random.bounded(-50, 50));
            g.expiresAt = g.startsAt.addSecs(random.bounded(1, 100));
            if (random.bounded(10) == 0)
                g.state = GrantState::Revoked;
            w.grants.append(g);
        }
        for (int i = 0; i < 10; ++i)
            w.rules.append({pick(kinds),
                            pick(subjects),
                            u"svc-%1"_qs.arg(random.bounded(20)),
                            {pick(methods)},
                            {pick(prefixes)}});
        const auto snapshot = DecisionSnapshot::build(w.services, w.rules, w.grants);
        const AccessDecider reference = decider(w);
        int allowed = 0;
        for (int i = 0; i < 5000; ++i) {
            Principal who = principal(pick(subjects), {pick(subjects), pick(subjects)},
                                      random.bounded(3) ? SubjectKind::User : SubjectKind::Agent);
            const AccessRequest request{pick(methods) == u"*" ? u"PUT"_qs : pick(methods),
                                        u"H%1.example:80"_qs.arg(random.bounded(16)),
                                        pick(prefixes) + u"x"_qs};
            const QDateTime at = kNow.addSecs(random.bounded(-60, 160));
            const Decision expected = reference.decide(who, request, at);
            QCOMPARE(describe(snapshot->decide(who, request, at)), describe(expected));
            allowed += expected.allowed;
        }
        QVERIFY2(allowed > 500 && allowed < 4500, qPrintable(QString::number(allowed)));
    }
};

QTEST_GUILESS_MAIN(TestDecisionSnapshot)
#include "tst_decisionsnapshot.moc"
