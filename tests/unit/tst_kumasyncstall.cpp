#include "KumaDouble.h"
#include "KumaSync.h"
#include "Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <ctime>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

namespace {

qint64 threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000 + t.tv_nsec / 1000;
}

// Between two ticks of a 1 ms timer: how long the thread went without
// turning its event loop (wall clock), and how much of that it spent
// working (its own CPU time, which other processes on a busy machine do
// not inflate). The second is what Kuma sync's work on the thread costs.
class GapWatch : public QObject
{
public:
    GapWatch()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longestWall = std::max(m_longestWall, m_sinceTick.restart());
            const qint64 cpu = threadCpuUs();
            m_longestCpuUs = std::max(m_longestCpuUs, cpu - m_cpuAtTick);
            m_cpuAtTick = cpu;
            ++m_ticks;
        });
        reset();
        m_timer.start();
    }
    void reset()
    {
        m_longestWall = 0;
        m_longestCpuUs = 0;
        m_ticks = 0;
        m_sinceTick.start();
        m_cpuAtTick = threadCpuUs();
    }
    qint64 longestWallMs() const { return m_longestWall; }
    qint64 longestCpuMs() const { return m_longestCpuUs / 1000; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_cpuAtTick = 0;
    qint64 m_longestWall = 0;
    qint64 m_longestCpuUs = 0;
    int m_ticks = 0;
};

constexpr int kServices = 200;

} // namespace

// Kuma sync runs beside the API on gatehoused's main thread: its reads of
// every active grant and of the policies in place must not hold that
// thread's event loop, however many grants there are. Here 20,000 service
// grants are in the mesh already and 40 more wait for their policy.
class TestKumaSyncStall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    // Grants inserted directly (the grant service's audited path would take
    // minutes for this many); `inMesh` also records their policy as written.
    void insertGrants(int count, bool inMesh)
    {
        QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
        QVERIFY(db.transaction());
        QSqlQuery grant(db);
        QVERIFY(grant.prepare(
            u"INSERT INTO grants (id, subject_kind, subject, service, methods, path_prefixes, "
            "starts_at, expires_at, reason, requested_by, state, created_at) "
            "VALUES (?, 'service', ?, ?, '[]', '[]', ?, ?, 'load', 'alice', 'active', ?)"_qs));
        QSqlQuery policy(db);
        QVERIFY(policy.prepare(
            u"INSERT INTO mesh_policies (grant_id, mesh, name, written_at) VALUES (?, ?, ?, ?)"_qs));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            grant.addBindValue(id);
            grant.addBindValue(u"caller-%1"_qs.arg(i % 97));
            grant.addBindValue(u"svc-%1"_qs.arg(i % kServices));
            grant.addBindValue(now - 60'000);
            grant.addBindValue(now + 3'600'000);
            grant.addBindValue(now - 60'000);
            QVERIFY2(grant.exec(), qPrintable(grant.lastError().text()));
            if (!inMesh)
                continue;
            policy.addBindValue(id);
            policy.addBindValue(u"default"_qs);
            policy.addBindValue(KumaSync::policyName(id));
            policy.addBindValue(now);
            QVERIFY2(policy.exec(), qPrintable(policy.lastError().text()));
        }
        QVERIFY(db.commit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(u"gatehouse.db"_qs));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().logText()));
        m_store = std::move(store).value();
        QList<Service> services;
        for (int i = 0; i < kServices; ++i) {
            Service s;
            s.name = u"svc-%1"_qs.arg(i);
            s.team = u"team"_qs;
            s.mesh = u"default"_qs;
            s.meshService = s.name;
            s.owners = {u"alice"_qs};
            services.append(s);
        }
        QVERIFY(m_store->replaceConfiguredServices(services, u"test"_qs).isNull());
    }

    void manyGrantsDoNotHoldTheEventLoop()
    {
        insertGrants(20'000, true);
        insertGrants(40, false);
        KumaDouble kuma;
        QVERIFY(kuma.start(KumaLine::V2_14));

        KumaSync sync(m_store.get(), kuma.url(), u"{mesh}"_qs);
        GapWatch watch;
        QElapsedTimer elapsed;
        elapsed.start();
        sync.start();
        // The 40 grants without a policy get theirs while this thread turns.
        QTRY_COMPARE_WITH_TIMEOUT(kuma.policyCount(), 40, 60'000);
        const qint64 syncMs = elapsed.elapsed();
        const qint64 writingCpu = watch.longestCpuMs();
        const qint64 writingWall = watch.longestWallMs();
        // Then steady state: every tick reads all 20,040 grants and policies.
        watch.reset();
        QTest::qWait(3000);
        const qint64 steadyCpu = watch.longestCpuMs();
        qInfo("kuma sync of 20,040 active service grants: 40 policies written in %lld ms; "
              "longest busy stretch of the main thread between two turns of its event loop: "
              "%lld ms CPU (%lld ms wall) while writing, %lld ms CPU (%lld ms wall) in 3 s of "
              "steady state, %d turns",
              syncMs, writingCpu, writingWall, steadyCpu, watch.longestWallMs(), watch.ticks());
        QVERIFY2(writingCpu < 50, qPrintable(u"event loop held %1 ms"_qs.arg(writingCpu)));
        QVERIFY2(steadyCpu < 50, qPrintable(u"event loop held %1 ms"_qs.arg(steadyCpu)));
    }
};

QTEST_GUILESS_MAIN(TestKumaSyncStall)
#include "tst_kumasyncstall.moc"
