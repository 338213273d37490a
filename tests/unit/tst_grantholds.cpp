#include "AccessGraph.h"
#include "GrantHoldsCases.h"
#include "authz/AccessDecider.h"
#include "authz/DecisionSnapshot.h"
#include "grants/GrantRules.h"
#include "grants/Holds.h"
#include "notify/DesktopNotifier.h"
#include "notify/GrantWatcher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

Service payments(const QStringList &owners = {})
{
    Service s;
    s.name = u"payments"_qs;
    s.source = u"config"_qs;
    s.edgeHosts = {u"payments.example.com"_qs};
    s.owners = owners;
    s.maxGrantDuration = std::chrono::hours(24);
    return s;
}

Grant grant(SubjectKind kind, const QString &subject, GrantState state, qint64 startsInMs,
            qint64 endsInMs)
{
    Grant g;
    g.id = u"g-1"_qs;
    g.subjectKind = kind;
    g.subject = subject;
    g.service = u"payments"_qs;
    g.methods = {u"GET"_qs};
    g.pathPrefixes = {u"/"_qs};
    g.state = state;
    g.startsAt = kNow.addMSecs(startsInMs);
    g.expiresAt = kNow.addMSecs(endsInMs);
    g.reason = u"incident"_qs;
    g.requestedBy = u"zed"_qs;
    return g;
}

bool edgeAllows(const Principal &who, const Grant &g)
{
    AccessDecider decider;
    decider.setCatalog({payments()});
    decider.setGrants({g});
    const AccessRequest request{u"GET"_qs, u"payments.example.com"_qs, u"/v1/charges"_qs};
    const Decision linear = decider.decide(who, request, kNow);
    const Decision indexed =
        DecisionSnapshot::build({payments()}, {}, {g})->decide(who, request, kNow);
    if (linear.allowed != indexed.allowed)
        qWarning() << "the two edge deciders disagree:" << linear.reason << indexed.reason;
    return linear.allowed && indexed.allowed;
}

// Does the graph draw the grant's subject as reaching the service now?
bool graphReaches(const Grant &g)
{
    const QJsonObject json{{u"services"_qs, QJsonArray{payments().toJson()}},
                           {u"grants"_qs, QJsonArray{g.toJson()}}};
    const auto graph = graph::AccessGraph::fromGraphJson(json);
    const QString node = g.subjectKind == SubjectKind::Service
                             ? graph::AccessGraph::serviceId(g.subject)
                             : graph::AccessGraph::subjectId(toString(g.subjectKind), g.subject);
    return graph.whoCanReach(graph::AccessGraph::serviceId(u"payments"_qs), kNow).contains(node);
}

// Does the console warn its user that this grant of theirs is about to end?
bool consoleWarnsHolder(const Principal &who, const Grant &g)
{
    DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &DesktopNotifier::notified);
    GrantWatcher watcher(&notifier);
    watcher.setMe(who.subject, who.groups);
    watcher.setWarningAhead(std::chrono::hours(24));
    watcher.check({g}, kNow);
    return spy.count() == 1;
}
} // namespace

// "Does this principal hold this grant" has one answer (core/grants/Holds.h),
// and every place that asks gives it, on one table of cases.
class TestGrantHolds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subjects_data()
    {
        QTest::addColumn<Principal>("who");
        QTest::addColumn<SubjectKind>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("expected");
        for (const NamesCase &c : namesCases())
            QTest::newRow(c.row) << c.who << c.kind << c.subject << c.names;
    }
    void subjects()
    {
        QFETCH(Principal, who);
        QFETCH(SubjectKind, kind);
        QFETCH(QString, subject);
        QFETCH(bool, expected);
        const Grant g = grant(kind, subject, GrantState::Active, -60'000, 3'600'000);
        QCOMPARE(names(kind, subject, who), expected);
        QCOMPARE(holds(who, g, kNow), expected);
        QCOMPARE(edgeAllows(who, g), expected);

        // The lifecycle rules: nobody reviews or extends access they would hold.
        Principal owner = who;
        owner.kind = SubjectKind::User; // only people own services
        const Service owned = payments({owner.subject});
        Grant request = g;
        request.state = GrantState::Pending;
        const Error review = grantrules::checkReview(owned, request, owner);
        QCOMPARE(is(review, GrantErrorCode::Forbidden), names(kind, subject, owner));
        const Error extend =
            grantrules::checkExtend(owned, g, owner, g.expiresAt.addSecs(60), kNow);
        QCOMPARE(is(extend, GrantErrorCode::Forbidden), names(kind, subject, owner));
        // And granting what you would hold needs another owner (the dialog
        // says so before sending, from the same rule).
        GrantRequest create;
        create.subjectKind = kind;
        create.subject = subject;
        create.service = owned.name;
        create.startsAt = kNow;
        create.expiresAt = kNow.addSecs(600);
        const auto decision = grantrules::decideCreate(owned, create, owner, kNow);
        QVERIFY(decision.ok());
        QCOMPARE(decision->reason == grantrules::CreateReason::ForSelf,
                 names(kind, subject, owner));

        // The console's user is a person: warned about what they hold.
        if (who.kind == SubjectKind::User)
            QCOMPARE(consoleWarnsHolder(who, g), expected);
    }

    void windows_data()
    {
        QTest::addColumn<GrantState>("state");
        QTest::addColumn<qint64>("startsInMs");
        QTest::addColumn<qint64>("endsInMs");
        QTest::addColumn<bool>("expected");
        for (const WindowCase &c : windowCases())
            QTest::newRow(c.row) << c.state << c.startsInMs << c.endsInMs << c.holds;
    }
    void windows()
    {
        QFETCH(GrantState, state);
        QFETCH(qint64, startsInMs);
        QFETCH(qint64, endsInMs);
        QFETCH(bool, expected);
        const Principal bob = principal(u"bob"_qs, {u"oncall"_qs});
        for (const auto &[kind, subject] :
             {std::pair{SubjectKind::User, u"bob"_qs}, {SubjectKind::Group, u"oncall"_qs}}) {
            const Grant g = grant(kind, subject, state, startsInMs, endsInMs);
            QCOMPARE(g.isEffective(kNow), expected);
            QCOMPARE(holds(bob, g, kNow), expected);
            QCOMPARE(edgeAllows(bob, g), expected);
            // A pending request is drawn, but reaches nothing yet.
            QCOMPARE(graphReaches(g), expected);
            QCOMPARE(consoleWarnsHolder(bob, g), expected);
        }
    }
};

QTEST_MAIN(TestGrantHolds)
#include "tst_grantholds.moc"
