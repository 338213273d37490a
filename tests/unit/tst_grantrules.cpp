#include "grants/GrantRules.h"

#include <QTest>

using namespace gatehouse;

namespace {
using Code = GrantErrorCode;
QString wire(Code code)
{
    return wireCode(code);
}

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

Service payments(ApprovalRule approval = ApprovalRule::None, bool ticket = false)
{
    Service s;
    s.name = u"payments"_qs;
    s.owners = {u"alice"_qs, u"group:payments-team"_qs};
    s.maxGrantDuration = std::chrono::hours(4);
    s.approval = approval;
    s.ticketRequired = ticket;
    return s;
}

Principal person(const QString &name, const QStringList &groups = {})
{
    Principal p;
    p.subject = name;
    p.groups = groups;
    p.admin = groups.contains(u"gatehouse-admins"_qs);
    return p;
}

GrantRequest request(const QString &subject, qint64 seconds, SubjectKind kind = SubjectKind::User)
{
    GrantRequest r;
    r.subject = subject;
    r.subjectKind = kind;
    r.service = u"payments"_qs;
    r.reason = u"because"_qs;
    r.startsAt = kNow;
    r.expiresAt = kNow.addSecs(seconds);
    return r;
}

Grant pending(const QString &subject, const QString &requester)
{
    Grant g;
    g.id = u"g1"_qs;
    g.subject = subject;
    g.service = u"payments"_qs;
    g.requestedBy = requester;
    g.state = GrantState::Pending;
    g.startsAt = kNow;
    g.expiresAt = kNow.addSecs(3600);
    return g;
}
} // namespace

// Every rule of the grant lifecycle, one row each.
class TestGrantRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void create_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<Principal>("actor");
        QTest::addColumn<GrantRequest>("req");
        QTest::addColumn<QString>("expected"); // a state, or an error code

        const Principal alice = person(u"alice"_qs);
        const Principal teamMember = person(u"zoe"_qs, {u"payments-team"_qs});
        const Principal bob = person(u"bob"_qs, {u"engineering"_qs});
        QTest::newRow("owner grants someone")
            << payments() << alice << request(u"bob"_qs, 20) << u"active"_qs;
        QTest::newRow("owner by group grants")
            << payments() << teamMember << request(u"bob"_qs, 20) << u"active"_qs;
        QTest::newRow("owner grants themselves")
            << payments() << alice << request(u"alice"_qs, 20) << u"pending"_qs;
        QTest::newRow("owner grants own group")
            << payments() << teamMember << request(u"payments-team"_qs, 20, SubjectKind::Group)
            << u"pending"_qs;
        QTest::newRow("service needs approval") << payments(ApprovalRule::OwnerApproval) << alice
                                                << request(u"bob"_qs, 20) << u"pending"_qs;
        QTest::newRow("non-owner requests")
            << payments() << bob << request(u"bob"_qs, 20) << u"pending"_qs;
        QTest::newRow("non-owner for an agent")
            << payments() << bob << request(u"agent-7"_qs, 20, SubjectKind::Agent) << u"pending"_qs;
        QTest::newRow("exactly the cap")
            << payments() << alice << request(u"bob"_qs, 4 * 3600) << u"active"_qs;
        QTest::newRow("past the cap")
            << payments() << alice << request(u"bob"_qs, 4 * 3600 + 1) << wire(Code::OverCap);
        QTest::newRow("past the cap, non-owner")
            << payments() << bob << request(u"bob"_qs, 5 * 3600) << wire(Code::OverCap);
        // The cap is exact: not one millisecond over.
        GrantRequest overByMs = request(u"bob"_qs, 4 * 3600);
        overByMs.expiresAt = overByMs.expiresAt.addMSecs(999);
        QTest::newRow("cap plus 999 ms") << payments() << alice << overByMs << wire(Code::OverCap);
        GrantRequest overByOneMs = request(u"bob"_qs, 4 * 3600);
        overByOneMs.expiresAt = overByOneMs.expiresAt.addMSecs(1);
        QTest::newRow("cap plus 1 ms") << payments() << alice << overByOneMs << wire(Code::OverCap);
        GrantRequest underByMs = request(u"bob"_qs, 4 * 3600);
        underByMs.expiresAt = underByMs.expiresAt.addMSecs(-1);
        QTest::newRow("cap minus 1 ms") << payments() << alice << underByMs << u"active"_qs;
        QTest::newRow("zero length")
            << payments() << alice << request(u"bob"_qs, 0) << wire(Code::Window);
        GrantRequest past = request(u"bob"_qs, 20);
        past.startsAt = kNow.addSecs(-3600);
        past.expiresAt = kNow.addSecs(20);
        QTest::newRow("starts in the past") << payments() << alice << past << wire(Code::Window);
        GrantRequest later = request(u"bob"_qs, 20);
        later.startsAt = kNow.addSecs(3600);
        later.expiresAt = later.startsAt.addSecs(3600);
        QTest::newRow("scheduled") << payments() << alice << later << u"active"_qs;
        QTest::newRow("ticket missing") << payments(ApprovalRule::None, true) << alice
                                        << request(u"bob"_qs, 20) << wire(Code::TicketRequired);
        GrantRequest ticketed = request(u"bob"_qs, 20);
        ticketed.ticket = u"INC-1"_qs;
        QTest::newRow("ticket given")
            << payments(ApprovalRule::None, true) << alice << ticketed << u"active"_qs;
    }
    void create()
    {
        QFETCH(Service, service);
        QFETCH(Principal, actor);
        QFETCH(GrantRequest, req);
        QFETCH(QString, expected);
        const auto result = grantrules::decideCreate(service, req, actor, kNow);
        const QString got = result ? toString(result->state) : result.error().code;
        QCOMPARE(got, expected);
        if (!result)
            QVERIFY(!result.error().message.isEmpty());
    }

    // Why a grant starts pending, for the dialog to say before it is sent.
    void createReason_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<Principal>("actor");
        QTest::addColumn<GrantRequest>("req");
        QTest::addColumn<grantrules::CreateReason>("reason");
        using R = grantrules::CreateReason;
        const Principal alice = person(u"alice"_qs);
        const Principal teamMember = person(u"zoe"_qs, {u"payments-team"_qs});
        QTest::newRow("owner grants someone")
            << payments() << alice << request(u"bob"_qs, 20) << R::OwnerGrants;
        QTest::newRow("not an owner")
            << payments() << person(u"bob"_qs) << request(u"carl"_qs, 20) << R::NotOwner;
        QTest::newRow("owner for themselves")
            << payments() << alice << request(u"alice"_qs, 20) << R::ForSelf;
        QTest::newRow("owner for own group")
            << payments() << teamMember << request(u"payments-team"_qs, 20, SubjectKind::Group)
            << R::ForSelf;
        // A user named like an agent is not that agent.
        QTest::newRow("owner for an agent of the same name")
            << payments() << alice << request(u"alice"_qs, 20, SubjectKind::Agent)
            << R::OwnerGrants;
        QTest::newRow("approval before self") << payments(ApprovalRule::OwnerApproval) << alice
                                              << request(u"bob"_qs, 20) << R::ApprovalRequired;
        QTest::newRow("self before approval") << payments(ApprovalRule::OwnerApproval) << alice
                                              << request(u"alice"_qs, 20) << R::ForSelf;
    }
    void createReason()
    {
        QFETCH(Service, service);
        QFETCH(Principal, actor);
        QFETCH(GrantRequest, req);
        QFETCH(grantrules::CreateReason, reason);
        const auto result = grantrules::decideCreate(service, req, actor, kNow);
        QVERIFY(result.ok());
        QCOMPARE(int(result->reason), int(reason));
        QVERIFY(result->state == (reason == grantrules::CreateReason::OwnerGrants
                                      ? GrantState::Active
                                      : GrantState::Pending));
    }

    void review_data()
    {
        QTest::addColumn<Principal>("actor");
        QTest::addColumn<Grant>("grant");
        QTest::addColumn<QString>("expected"); // empty: allowed
        QTest::newRow("owner approves another's request")
            << person(u"alice"_qs) << pending(u"bob"_qs, u"bob"_qs) << QString();
        QTest::newRow("requester approves own")
            << person(u"bob"_qs, {u"payments-team"_qs}) << pending(u"bob"_qs, u"bob"_qs)
            << wire(Code::Forbidden);
        QTest::newRow("owner approves own request")
            << person(u"alice"_qs) << pending(u"carl"_qs, u"alice"_qs) << wire(Code::Forbidden);
        QTest::newRow("owner approves access for self")
            << person(u"alice"_qs) << pending(u"alice"_qs, u"zoe"_qs) << wire(Code::Forbidden);
        Grant group = pending(u"payments-team"_qs, u"zoe"_qs);
        group.subjectKind = SubjectKind::Group;
        QTest::newRow("owner approves access for own group")
            << person(u"yan"_qs, {u"payments-team"_qs}) << group << wire(Code::Forbidden);
        QTest::newRow("auditor approves") << person(u"carol"_qs, {u"auditors"_qs})
                                          << pending(u"bob"_qs, u"bob"_qs) << wire(Code::Forbidden);
        QTest::newRow("admin approves") << person(u"erin"_qs, {u"gatehouse-admins"_qs})
                                        << pending(u"bob"_qs, u"bob"_qs) << wire(Code::Forbidden);
        Grant decided = pending(u"bob"_qs, u"bob"_qs);
        decided.state = GrantState::Denied;
        QTest::newRow("already decided") << person(u"alice"_qs) << decided << wire(Code::Conflict);
    }
    void review()
    {
        QFETCH(Principal, actor);
        QFETCH(Grant, grant);
        QFETCH(QString, expected);
        QCOMPARE(grantrules::checkReview(payments(), grant, actor).code, expected);
    }

    // Approving checks the service's rules as they are now, not as they were
    // when the request was made.
    void approve_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<Grant>("grant");
        QTest::addColumn<QString>("expected"); // empty: allowed
        Service capped = payments(ApprovalRule::OwnerApproval);
        capped.maxGrantDuration = std::chrono::hours(1);
        Service ticketed = payments(ApprovalRule::OwnerApproval, true);
        Grant eightHours = pending(u"bob"_qs, u"bob"_qs);
        eightHours.expiresAt = kNow.addSecs(8 * 3600);
        Grant oneHour = pending(u"bob"_qs, u"bob"_qs); // exactly 3600 s
        Grant oneHourAndAMs = oneHour;
        oneHourAndAMs.expiresAt = oneHourAndAMs.expiresAt.addMSecs(1);
        Grant withTicket = oneHour;
        withTicket.ticket = u"INC-9"_qs;
        QTest::newRow("rules unchanged")
            << payments(ApprovalRule::OwnerApproval) << oneHour << QString();
        QTest::newRow("cap lowered below the request")
            << capped << eightHours << wire(Code::RulesChanged);
        QTest::newRow("cap lowered to exactly the request") << capped << oneHour << QString();
        QTest::newRow("cap lowered 1 ms below the request")
            << capped << oneHourAndAMs << wire(Code::RulesChanged);
        QTest::newRow("ticket now required") << ticketed << oneHour << wire(Code::RulesChanged);
        QTest::newRow("ticket now required, and given") << ticketed << withTicket << QString();
        QTest::newRow("review rules still apply")
            << capped << pending(u"alice"_qs, u"zoe"_qs) << wire(Code::Forbidden);
    }
    void approve()
    {
        QFETCH(Service, service);
        QFETCH(Grant, grant);
        QFETCH(QString, expected);
        const Error e = grantrules::checkApprove(service, grant, person(u"alice"_qs));
        QCOMPARE(e.code, expected);
        if (expected == wire(Code::RulesChanged)) {
            // The message says which rule, so the approver knows what to ask for.
            const bool namesRule =
                e.message.contains(u"at most"_qs) || e.message.contains(u"ticket"_qs);
            QVERIFY2(namesRule, qPrintable(e.message));
        }
    }

    void revokeAndExtend_data()
    {
        QTest::addColumn<Principal>("actor");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("revoke");
        QTest::addColumn<QString>("extend");
        QTest::newRow("owner") << person(u"alice"_qs) << u"bob"_qs << QString() << QString();
        QTest::newRow("admin") << person(u"erin"_qs, {u"gatehouse-admins"_qs}) << u"bob"_qs
                               << QString() << QString();
        QTest::newRow("grantee") << person(u"bob"_qs) << u"bob"_qs << wire(Code::Forbidden)
                                 << wire(Code::Forbidden);
        QTest::newRow("owner extends own access")
            << person(u"alice"_qs) << u"alice"_qs << QString() << wire(Code::Forbidden);
        QTest::newRow("auditor") << person(u"carol"_qs, {u"auditors"_qs}) << u"bob"_qs
                                 << wire(Code::Forbidden) << wire(Code::Forbidden);
    }
    void revokeAndExtend()
    {
        QFETCH(Principal, actor);
        QFETCH(QString, subject);
        QFETCH(QString, revoke);
        QFETCH(QString, extend);
        Grant g = pending(subject, u"zoe"_qs);
        g.state = GrantState::Active;
        QCOMPARE(grantrules::checkRevoke(payments(), g, actor).code, revoke);
        QCOMPARE(grantrules::checkExtend(payments(), g, actor, kNow.addSecs(7200), kNow).code,
                 extend);
    }

    void extendStaysWithinCap()
    {
        Grant g = pending(u"bob"_qs, u"alice"_qs);
        g.state = GrantState::Active;
        const Principal alice = person(u"alice"_qs);
        QVERIFY(
            grantrules::checkExtend(payments(), g, alice, kNow.addSecs(4 * 3600), kNow).isNull());
        QCOMPARE(
            grantrules::checkExtend(payments(), g, alice, kNow.addSecs(4 * 3600 + 1), kNow).code,
            wire(Code::OverCap));
        QCOMPARE(
            grantrules::checkExtend(payments(), g, alice, kNow.addMSecs(4 * 3600 * 1000 + 1), kNow)
                .code,
            wire(Code::OverCap));
        QCOMPARE(grantrules::checkExtend(payments(), g, alice, kNow.addSecs(60), kNow).code,
                 wire(Code::Window));
        g.expiresAt = kNow.addSecs(-1);
        QCOMPARE(grantrules::checkExtend(payments(), g, alice, kNow.addSecs(600), kNow).code,
                 wire(Code::Conflict));
    }
};

QTEST_GUILESS_MAIN(TestGrantRules)
#include "tst_grantrules.moc"
