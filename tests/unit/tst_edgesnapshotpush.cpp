#include "EdgeSnapshotKeeper.h"
#include "GrantRepository.h"
#include "GrantService.h"
#include "PostgresFixture.h"
#include "Store.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

// The edge snapshot keeper on a real PostgreSQL: another replica's change
// (another connection) reaches this replica's snapshot by NOTIFY, with no
// poll and no full read; a change no notification announced is found by the
// safety poll; a change made while a full read runs survives its swap; a
// listening connection the server ends is replaced and followed by one full
// read.
class TestEdgeSnapshotPush : public QObject
{
    Q_OBJECT

    struct Replica
    {
        std::unique_ptr<Store> store;
        std::unique_ptr<GrantRepository> repository;
        std::unique_ptr<GrantService> grants;
    };

    PostgresFixture m_pg;
    QString m_url;
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
        auto store = Store::open(m_url);
        if (!store)
            return false;
        replica.store = std::move(store).value();
        replica.repository = std::make_unique<GrantRepository>(replica.store->connectionName());
        replica.grants = std::make_unique<GrantService>(replica.repository.get(),
                                                        replica.store.get(), std::chrono::hours(1));
        replica.grants->setClock(&m_clock);
        return true;
    }

    QString grant(Replica &replica, const QString &subject)
    {
        const auto parsed = GrantRequest::parse({{u"subject"_qs, subject},
                                                 {u"service"_qs, u"payments"_qs},
                                                 {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                                 {u"duration"_qs, u"10m"_qs},
                                                 {u"reason"_qs, u"INC-8 push"_qs}});
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

    // SQL on a connection of the test's own, as a writer that sends no NOTIFY.
    bool sql(const QString &statement)
    {
        bool ok = false;
        {
            const QUrl url(m_url);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"outsider"_qs);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QSqlQuery q(db);
            ok = db.open() && q.exec(statement);
            if (!ok)
                qWarning() << statement << q.lastError().text() << db.lastError().text();
        }
        QSqlDatabase::removeDatabase(u"outsider"_qs);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.diagnostics()));
        m_url = m_pg.createDatabase(u"edge_push"_qs);
        QVERIFY(!m_url.isEmpty());
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
        QTRY_VERIFY_WITH_TIMEOUT(m_keeper->pushing(), 10000);
        QTRY_VERIFY(!m_keeper->readingInBackground());
    }

    void anotherReplicasChangesArriveByPush()
    {
        const int reads = m_keeper->fullReads();
        const QString id = grant(m_other, u"carol"_qs);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allowed(u"carol"_qs), 2000); // the poll is 5 s away
        QVERIFY(m_other.grants->revoke(alice(), id));
        QTRY_VERIFY_WITH_TIMEOUT(!allowed(u"carol"_qs), 2000);
        QCOMPARE(m_keeper->fullReads(), reads); // one grant read again, not all of them
    }

    void aChangeHereIsInTheSnapshotWhenTheCallReturns()
    {
        const QString id = grant(m_here, u"bob"_qs);
        QVERIFY(allowed(u"bob"_qs));
        QVERIFY(m_here.grants->revoke(alice(), id));
        QVERIFY(!allowed(u"bob"_qs));
    }

    // A writer that sends no notification (an older replica): the safety
    // poll sees the head move and reads every grant once, off this thread.
    void anUnannouncedChangeIsFoundByThePoll()
    {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        QVERIFY(sql(u"INSERT INTO grants (id, subject_kind, subject, service, methods, "
                    "path_prefixes, starts_at, expires_at, reason, requested_by, state, "
                    "created_at) VALUES ('quiet-1', 'user', 'dave', 'payments', '[\"GET\"]', "
                    "'[\"/\"]', %1, %2, 'written quietly', 'alice', 'active', %1)"_qs.arg(now)
                        .arg(now + 600'000)));
        QVERIFY(sql(u"UPDATE audit_head SET seq = seq + 1 WHERE id = 1"_qs));
        const int reads = m_keeper->fullReads();
        m_keeper->poll(); // notes the head
        QVERIFY(!allowed(u"dave"_qs));
        m_keeper->poll(); // still unannounced one poll later: read everything
        QTRY_COMPARE(m_keeper->fullReads(), reads + 1);
        QVERIFY(allowed(u"dave"_qs));
    }

    // A revoke acknowledged here while every grant is being read again must
    // not come back when that read is swapped in.
    void aChangeDuringAFullReadSurvivesIt()
    {
        const QString id = grant(m_here, u"erin"_qs);
        QVERIFY(allowed(u"erin"_qs));
        const int reads = m_keeper->fullReads();
        m_keeper->reloadInBackground(u"test"_qs);
        QVERIFY(m_here.grants->revoke(alice(), id));
        QVERIFY(!allowed(u"erin"_qs));
        QTRY_COMPARE(m_keeper->fullReads(), reads + 1);
        QVERIFY(!allowed(u"erin"_qs));
    }

    void aLostListenerIsReplacedAndFollowedByOneFullRead()
    {
        QTRY_VERIFY(!m_keeper->readingInBackground());
        const int reads = m_keeper->fullReads();
        QVERIFY(sql(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = 'gatehoused-listen'"_qs));
        // Connected again (after 100 ms) and everything read once.
        QTRY_COMPARE_WITH_TIMEOUT(m_keeper->fullReads(), reads + 1, 10000);
        QVERIFY(m_keeper->pushing());
        const QString id = grant(m_other, u"frank"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(allowed(u"frank"_qs), 2000);
        QCOMPARE(m_keeper->fullReads(), reads + 1);
        QVERIFY(m_other.grants->revoke(alice(), id));
        QTRY_VERIFY_WITH_TIMEOUT(!allowed(u"frank"_qs), 2000);
    }
};

QTEST_GUILESS_MAIN(TestEdgeSnapshotPush)
#include "tst_edgesnapshotpush.moc"
