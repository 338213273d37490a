#include "authz/AccessDecider.h"

#include <QTest>

using namespace gatehouse;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

Principal user(const QString &name, const QStringList &groups = {},
               SubjectKind kind = SubjectKind::User)
{
    Principal p;
    p.subject = name;
    p.groups = groups;
    p.kind = kind;
    return p;
}

AccessDecider decider()
{
    Service payments;
    payments.name = u"payments"_qs;
    payments.edgeHosts = {u"payments.localhost"_qs};
    Service ledger;
    ledger.name = u"ledger"_qs;
    ledger.edgeHosts = {u"Ledger.Example.com"_qs};

    Grant bobGet;
    bobGet.id = u"g-bob"_qs;
    bobGet.subject = u"bob"_qs;
    bobGet.service = u"payments"_qs;
    bobGet.methods = {u"GET"_qs};
    bobGet.pathPrefixes = {u"/v1/charges"_qs};
    bobGet.state = GrantState::Active;
    bobGet.startsAt = kNow.addSecs(-10);
    bobGet.expiresAt = kNow.addSecs(20);

    Grant expired = bobGet;
    expired.id = u"g-old"_qs;
    expired.pathPrefixes = {u"/"_qs};
    expired.methods = {u"*"_qs};
    expired.expiresAt = kNow.addSecs(-1);

    Grant revoked = expired;
    revoked.id = u"g-revoked"_qs;
    revoked.expiresAt = kNow.addSecs(60);
    revoked.state = GrantState::Revoked;

    Grant scheduled = expired;
    scheduled.id = u"g-later"_qs;
    scheduled.startsAt = kNow.addSecs(60);
    scheduled.expiresAt = kNow.addSecs(120);

    Grant agent = bobGet;
    agent.id = u"g-agent"_qs;
    agent.subjectKind = SubjectKind::Agent;
    agent.subject = u"gatehouse-agent-example"_qs;
    agent.service = u"ledger"_qs;
    agent.methods = {u"POST"_qs};
    agent.pathPrefixes = {u"/entries/"_qs};

    AccessDecider d;
    d.setCatalog({payments, ledger});
    d.setGrants({expired, revoked, scheduled, bobGet, agent});
    d.setStandingRules(
        {{SubjectKind::Group, u"payments-team"_qs, u"payments"_qs, {u"*"_qs}, {u"/"_qs}},
         {SubjectKind::Group, u"oncall"_qs, u"ledger"_qs, {u"GET"_qs}, {u"/"_qs}}});
    return d;
}
} // namespace

// The edge's decision for every kind of request, one row each.
class TestAccessDecider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<Principal>("who");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("expected"); // "deny", "grant:<id>" or "standing:<rule>"

        const Principal bob = user(u"bob"_qs, {u"engineering"_qs});
        QTest::newRow("grant: GET in scope") << bob << u"GET"_qs << u"payments.localhost:47180"_qs
                                             << u"/v1/charges/7?x=1"_qs << u"grant:g-bob"_qs;
        QTest::newRow("grant: the prefix itself") << bob << u"GET"_qs << u"payments.localhost"_qs
                                                  << u"/v1/charges"_qs << u"grant:g-bob"_qs;
        QTest::newRow("grant: HEAD rides on GET") << bob << u"HEAD"_qs << u"payments.localhost"_qs
                                                  << u"/v1/charges"_qs << u"grant:g-bob"_qs;
        QTest::newRow("method outside scope")
            << bob << u"POST"_qs << u"payments.localhost"_qs << u"/v1/charges"_qs << u"deny"_qs;
        QTest::newRow("sibling path")
            << bob << u"GET"_qs << u"payments.localhost"_qs << u"/v1/chargesX"_qs << u"deny"_qs;
        QTest::newRow("dot segments escape the prefix")
            << bob << u"GET"_qs << u"payments.localhost"_qs << u"/v1/charges/../admin"_qs
            << u"deny"_qs;
        QTest::newRow("encoded dot segments") << bob << u"GET"_qs << u"payments.localhost"_qs
                                              << u"/v1/charges/%2e%2e/admin"_qs << u"deny"_qs;
        QTest::newRow("double slash") << bob << u"GET"_qs << u"payments.localhost"_qs
                                      << u"//admin/v1/charges"_qs << u"deny"_qs;
        QTest::newRow("inner empty segment")
            << bob << u"GET"_qs << u"payments.localhost"_qs << u"/v1//charges"_qs << u"deny"_qs;
        QTest::newRow("encoded slash") << bob << u"GET"_qs << u"payments.localhost"_qs
                                       << u"/v1/charges/..%2Fadmin"_qs << u"deny"_qs;
        QTest::newRow("encoded slash alone")
            << bob << u"GET"_qs << u"payments.localhost"_qs << u"/v1/charges%2F7"_qs << u"deny"_qs;
        QTest::newRow("backslash") << bob << u"GET"_qs << u"payments.localhost"_qs
                                   << u"/v1/charges/..%5Cadmin"_qs << u"deny"_qs;
        QTest::newRow("single dot")
            << bob << u"GET"_qs << u"payments.localhost"_qs << u"/v1/./charges"_qs << u"deny"_qs;
        QTest::newRow("encoded letters are fine") << bob << u"GET"_qs << u"payments.localhost"_qs
                                                  << u"/v1/ch%61rges/7"_qs << u"grant:g-bob"_qs;
        QTest::newRow("trailing slash is fine") << bob << u"GET"_qs << u"payments.localhost"_qs
                                                << u"/v1/charges/"_qs << u"grant:g-bob"_qs;
        QTest::newRow("no method") << user(u"alice"_qs, {u"payments-team"_qs}) << QString()
                                   << u"payments.localhost"_qs << u"/"_qs << u"deny"_qs;
        QTest::newRow("query does not count") << bob << u"GET"_qs << u"payments.localhost"_qs
                                              << u"/admin?p=/v1/charges"_qs << u"deny"_qs;
        QTest::newRow("other service")
            << bob << u"GET"_qs << u"ledger.example.com"_qs << u"/v1/charges"_qs << u"deny"_qs;
        QTest::newRow("unknown host")
            << bob << u"GET"_qs << u"evil.localhost"_qs << u"/"_qs << u"deny"_qs;
        QTest::newRow("other user") << user(u"mallory"_qs) << u"GET"_qs << u"payments.localhost"_qs
                                    << u"/v1/charges"_qs << u"deny"_qs;
        QTest::newRow("standing via group")
            << user(u"alice"_qs, {u"payments-team"_qs}) << u"DELETE"_qs << u"payments.localhost"_qs
            << u"/anything"_qs << u"standing:group:payments-team"_qs;
        QTest::newRow("standing GET only") << user(u"dave"_qs, {u"oncall"_qs}) << u"POST"_qs
                                           << u"ledger.example.com"_qs << u"/"_qs << u"deny"_qs;
        QTest::newRow("host case and port")
            << user(u"dave"_qs, {u"oncall"_qs}) << u"get"_qs << u"LEDGER.example.com:443"_qs
            << u"/x"_qs << u"standing:group:oncall"_qs;
        const Principal agent = user(u"gatehouse-agent-example"_qs, {}, SubjectKind::Agent);
        QTest::newRow("agent grant") << agent << u"POST"_qs << u"ledger.example.com"_qs
                                     << u"/entries/9"_qs << u"grant:g-agent"_qs;
        QTest::newRow("a user named like the agent")
            << user(u"gatehouse-agent-example"_qs) << u"POST"_qs << u"ledger.example.com"_qs
            << u"/entries/9"_qs << u"deny"_qs;
    }
    void decide()
    {
        QFETCH(Principal, who);
        QFETCH(QString, method);
        QFETCH(QString, host);
        QFETCH(QString, uri);
        QFETCH(QString, expected);
        const Decision d = decider().decide(who, {method, host, uri}, kNow);
        QString got = u"deny"_qs;
        if (d.allowed)
            got = d.grantId.isEmpty() ? u"standing:"_qs + d.standing : u"grant:"_qs + d.grantId;
        QVERIFY2(got == expected, qPrintable(got + u" — "_qs + d.reason));
        QVERIFY(!d.reason.isEmpty());
        QVERIFY(!d.path.contains(u'?'));
        QVERIFY(!d.path.isEmpty());
    }

    // Whatever the store holds, a host stays with the configured service:
    // a service added through the API with another spelling of it (a port,
    // upper case, a trailing dot, IDNA) does not take its traffic.
    void aConfiguredHostCannotBeShadowed_data()
    {
        QTest::addColumn<QString>("shadowHost");
        QTest::addColumn<QString>("requestHost");
        QTest::newRow("port suffix") << u"payments.localhost:1"_qs << u"payments.localhost:8443"_qs;
        QTest::newRow("upper case") << u"PAYMENTS.localhost"_qs << u"payments.localhost"_qs;
        QTest::newRow("trailing dot") << u"payments.localhost."_qs << u"Payments.Localhost"_qs;
        QTest::newRow("request with trailing dot")
            << u"payments.localhost:1"_qs << u"payments.localhost.:80"_qs;
        QTest::newRow("full-width") << u"ｐａｙｍｅｎｔｓ.localhost"_qs << u"payments.localhost"_qs;
    }

    void aConfiguredHostCannotBeShadowed()
    {
        QFETCH(QString, shadowHost);
        QFETCH(QString, requestHost);
        Service payments;
        payments.name = u"payments"_qs;
        payments.edgeHosts = {u"payments.localhost"_qs};
        Service shadow;
        shadow.name = u"zz-shadow"_qs;
        shadow.source = u"api"_qs;
        shadow.edgeHosts = {shadowHost};
        Grant onShadow;
        onShadow.id = u"g-shadow"_qs;
        onShadow.subject = u"mallory"_qs;
        onShadow.service = u"zz-shadow"_qs;
        onShadow.state = GrantState::Active;
        onShadow.startsAt = kNow.addSecs(-10);
        onShadow.expiresAt = kNow.addSecs(60);
        for (const auto &order :
             {QList<Service>{payments, shadow}, QList<Service>{shadow, payments}}) {
            AccessDecider d;
            d.setCatalog(order);
            d.setGrants({onShadow});
            const Decision decided =
                d.decide(user(u"mallory"_qs), {u"GET"_qs, requestHost, u"/v1/charges"_qs}, kNow);
            QCOMPARE(decided.service, u"payments"_qs);
            QVERIFY2(!decided.allowed, qPrintable(decided.reason));
        }
    }

    void expiryIsExact()
    {
        const AccessDecider d = decider();
        const Principal bob = user(u"bob"_qs);
        const AccessRequest request{u"GET"_qs, u"payments.localhost"_qs, u"/v1/charges"_qs};
        QVERIFY(d.decide(bob, request, kNow.addSecs(19)).allowed);
        QVERIFY(!d.decide(bob, request, kNow.addSecs(20)).allowed);
    }
};

QTEST_GUILESS_MAIN(TestAccessDecider)
#include "tst_accessdecider.moc"
