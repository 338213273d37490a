#include "EdgeSnapshotKeeper.h"
#include "GrantRepository.h"
#include "GrantService.h"
#include "Store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::server;

// The edge's snapshot keeper: a grant change made on this replica is in the
// snapshot when the call that made it returns; a change made by another
// replica (another connection to the store) is in it after the next poll,
// also when this replica changed something in between; a reap's expiries
// leave at once.
class TestEdgeSnapshotKeeper : public QObject
{
    Q_OBJECT

    struct Replica
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<GrantRepository> repository;
        std::unique_ptr<GrantService> grants;
    };

    QTemporaryDir m_dir;
    AdjustableClock m_clock;
    Replica m_here;
    Replica m_other;
    std::unique_ptr<EdgeSnapshotKeeper> m_keeper;

    static Principal alice()
    {
        Principal p;
        p.subject = u"alice"_qs;
        p.groups = {u"payments-team"_qs};
        return p;
    }

    bool open(Replica &replica)
    {
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(u"gatehouse.db"_qs));
        if (!store)
            return false;
        replica.store = std::move(store).value();
        replica.repository = std::make_unique<GrantRepository>(replica.store->connectionName());
        replica.grants = std::make_unique<GrantService>(replica.repository.get(),
                                                        replica.store.get(), std::chrono::hours(1));
        replica.grants->setClock(&m_clock);
        return true;
    }

    QString grant(Replica &replica, const QString &subject, const QString &duration = u"10m"_qs)
    {
        const auto parsed = GrantRequest::parse({{u"subject"_qs, subject},
                                                 {u"service"_qs, u"payments"_qs},
                                                 {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                                 {u"duration"_qs, duration},
                                                 {u"reason"_qs, u"INC-7 keeper"_qs}});
        if (!std::holds_alternative<GrantRequest>(parsed))
            return {};
        const QString key = QUuid::createUuid().toString();
        const auto created =
            replica.grants->create(alice(), std::get<GrantRequest>(parsed), key, key);
        return created ? created->grant.id : QString();
    }

    bool allowed(const QString &user) const
    {
        Principal p;
        p.subject = user;
        return m_keeper->current()
            ->decide(p, {u"GET"_qs, u"payments.localhost"_qs, u"/v1/charges"_qs}, m_clock.now())
            .allowed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(open(m_here));
        Service payments;
        payments.name = u"payments"_qs;
        payments.team = u"payments-team"_qs;
        payments.mesh = u"default"_qs;
        payments.meshService = u"payments"_qs;
        payments.edgeHosts = {u"payments.localhost"_qs};
        payments.owners = {u"alice"_qs};
        QVERIFY(m_here.store->replaceConfiguredServices({payments}, u"test"_qs).isNull());
        QVERIFY(open(m_other));
        m_keeper = std::make_unique<EdgeSnapshotKeeper>(m_here.store.get(), m_here.repository.get(),
                                                        QList<StandingPermission>{});
        connect(m_here.grants.get(), &GrantService::grantChanged, m_keeper.get(),
                &EdgeSnapshotKeeper::grantChanged, Qt::DirectConnection);
        QVERIFY(m_keeper->start());
        QCOMPARE(m_keeper->fullReads(), 1);
    }

    void aChangeHereIsInTheSnapshotWhenTheCallReturns()
    {
        const QString id = grant(m_here, u"bob"_qs);
        QVERIFY(!id.isEmpty());
        QVERIFY(allowed(u"bob"_qs));
        QVERIFY(m_here.grants->revoke(alice(), id));
        QVERIFY(!allowed(u"bob"_qs));
        // Nothing else changed: the poll has no reason to read every grant.
        const int reads = m_keeper->fullReads();
        m_keeper->poll();
        QCOMPARE(m_keeper->fullReads(), reads);
    }

    void anotherReplicasChangeIsSeenAtTheNextPoll()
    {
        const QString id = grant(m_other, u"carol"_qs);
        QVERIFY(!id.isEmpty());
        QVERIFY(!allowed(u"carol"_qs));
        m_keeper->poll();
        QVERIFY(allowed(u"carol"_qs));
        QVERIFY(m_other.grants->revoke(alice(), id));
        QVERIFY(allowed(u"carol"_qs));
        m_keeper->poll();
        QVERIFY(!allowed(u"carol"_qs));
    }

    // Another replica's grant, then one made here before the poll: the local
    // change must not hide the other one.
    void aChangeHereDoesNotHideAnotherReplicas()
    {
        QVERIFY(!grant(m_other, u"dave"_qs).isEmpty());
        QVERIFY(!grant(m_here, u"erin"_qs).isEmpty());
        QVERIFY(allowed(u"erin"_qs));
        m_keeper->poll();
        QVERIFY(allowed(u"dave"_qs));
        QVERIFY(allowed(u"erin"_qs));
    }

    void expiriesReapedHereLeaveAtOnce()
    {
        QVERIFY(!grant(m_here, u"frank"_qs, u"1m"_qs).isEmpty());
        QVERIFY(!grant(m_here, u"grace"_qs, u"1m"_qs).isEmpty());
        m_keeper->poll();
        const qsizetype before = m_keeper->current()->grantCount();
        const int reads = m_keeper->fullReads();
        m_clock.advance(std::chrono::minutes(2));
        const auto reaped = m_here.grants->reap();
        QVERIFY(reaped);
        QVERIFY(reaped->size() >= 2);
        QCOMPARE(m_keeper->current()->grantCount(), before - reaped->size());
        m_keeper->poll();
        QCOMPARE(m_keeper->fullReads(), reads); // the reap's records were all accounted for
    }
};

QTEST_GUILESS_MAIN(TestEdgeSnapshotKeeper)
#include "tst_edgesnapshotkeeper.moc"
