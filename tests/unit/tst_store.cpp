#include "AuditLog.h"
#include "AuditVerify.h"
#include "GrantRepository.h"
#include "Migrations.h"
#include "PostgresFixture.h"
#include "Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

namespace {
#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const Error e_ = (expr);                                                                   \
        QVERIFY2(e_.isNull(), qPrintable(e_.logText()));                                           \
    } while (false)

Service service(const QString &name, const QStringList &hosts = {})
{
    Service s;
    s.name = name;
    s.team = u"payments-team"_qs;
    s.mesh = u"default"_qs;
    s.meshService = name;
    s.owners = {u"alice"_qs, u"group:payments-team"_qs};
    s.edgeHosts = hosts;
    return s;
}

Grant grant(const QString &subject, GrantState state, const QDateTime &expires)
{
    Grant g;
    g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    g.subject = subject;
    g.service = u"payments"_qs;
    g.methods = {u"GET"_qs};
    g.pathPrefixes = {u"/"_qs};
    // Fixed relative to the expiry, so a slow (sanitizer) build cannot
    // produce a window that ends before it starts.
    g.startsAt = expires.addSecs(-60);
    g.createdAt = g.startsAt;
    g.expiresAt = expires;
    g.reason = u"test"_qs;
    g.requestedBy = u"alice"_qs;
    g.state = state;
    return g;
}
} // namespace

// The store, against SQLite (default) or PostgreSQL (GATEHOUSE_TEST_STORE=
// postgresql, a real server started by the test): the same code path, the same
// behaviour, including two connections racing like two replicas.
class TestStore : public QObject
{
    Q_OBJECT

    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<PostgresFixture> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;

    // A fresh, empty database for one test.
    QString freshUrl()
    {
        ++m_databases;
        if (m_postgres)
            return m_pg->createDatabase(u"store_test_%1"_qs.arg(m_databases));
        return u"sqlite:"_qs + m_dir.filePath(u"store-%1.db"_qs.arg(m_databases));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_postgres) {
            m_pg = std::make_unique<PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
        }
        qInfo() << "store backend:" << (m_postgres ? "postgresql" : "sqlite");
    }

    void freshDatabaseIsMigratedToLatest()
    {
        auto store = Store::open(freshUrl());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().logText()));
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(store.value()->driver(), m_postgres ? u"postgresql"_qs : u"sqlite"_qs);
        QVERIFY(store.value()->ping());
    }

    void sqliteUsesWriteAheadLog()
    {
        if (m_postgres)
            QSKIP("SQLite only");
        const QString url = freshUrl();
        auto store = Store::open(url);
        QVERIFY(store.ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"probe"_qs);
            db.setDatabaseName(url.mid(7));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_qs);
        }
        QSqlDatabase::removeDatabase(u"probe"_qs);
    }

    void reopeningKeepsDataAndDoesNotRemigrate()
    {
        const QString url = freshUrl();
        {
            auto store = Store::open(url);
            QVERIFY(store.ok());
            QVERIFY_OK(store.value()->replaceConfiguredServices(
                {service(u"payments"_qs, {u"Pay.Test"_qs}), service(u"ledger"_qs)}));
        }
        auto store = Store::open(url);
        QVERIFY(store.ok());
        const auto services = store.value()->services();
        QVERIFY(services.ok());
        QCOMPARE(services->size(), 2);
        QCOMPARE(services->at(0).name, u"ledger"_qs);
        QCOMPARE(services->at(1).edgeHosts, QStringList{u"pay.test"_qs});
        // The same catalog again changes nothing and audits nothing.
        QVERIFY_OK(store.value()->replaceConfiguredServices(
            {service(u"payments"_qs, {u"Pay.Test"_qs}), service(u"ledger"_qs)}));
        QCOMPARE(AuditLog(store.value()->connectionName()).head()->seq, 1);
    }

    void failedCatalogReplaceChangesNothing()
    {
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        QVERIFY_OK(store.value()->replaceConfiguredServices({service(u"payments"_qs)}));
        const Error e = store.value()->replaceConfiguredServices(
            {service(u"a"_qs, {u"same.test"_qs}), service(u"b"_qs, {u"same.test"_qs})});
        QVERIFY(!e.isNull());
        QCOMPARE(e.code, u"store.error"_qs);
        const auto services = store.value()->services();
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->at(0).name, u"payments"_qs);
        QCOMPARE(AuditLog(store.value()->connectionName()).head()->seq, 1);
    }

    void refusesDatabaseFromNewerVersion()
    {
        const QString url = freshUrl();
        {
            auto store = Store::open(url);
            QVERIFY(store.ok());
            QSqlQuery q(QSqlDatabase::database(store.value()->connectionName()));
            QVERIFY(q.exec(u"INSERT INTO schema_migrations VALUES (999, 'future', 'x')"_qs));
        }
        const auto store = Store::open(url);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"store.too_new"_qs);
    }

    void grantsAndAuditCommitTogether()
    {
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        GrantRepository grants(store.value()->connectionName());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Grant g = grant(u"bob"_qs, GrantState::Active, now.addSecs(60));
        const auto created = grants.create(g, u"key-1"_qs, u"hash-1"_qs, now);
        QVERIFY(created.ok());
        QVERIFY(!created->replayed);
        const auto again = grants.create(grant(u"bob"_qs, GrantState::Active, now.addSecs(60)),
                                         u"key-1"_qs, u"hash-1"_qs, now);
        QVERIFY(again.ok() && again->replayed);
        QCOMPARE(again->grant.id, g.id);
        const auto different = grants.create(grant(u"eve"_qs, GrantState::Active, now.addSecs(60)),
                                             u"key-1"_qs, u"hash-2"_qs, now);
        QVERIFY(!different.ok());
        QCOMPARE(different.error().code, u"conflict"_qs);

        // A change that fails half-way leaves grant and chain as they were.
        const auto failed = grants.transition(
            g.id, {GrantState::Active}, u"alice"_qs, u"grant.revoked"_qs,
            [](Grant &x) {
                x.state = GrantState::Revoked;
                return Error{u"forbidden"_qs, u"no"_qs, {}};
            },
            now);
        QVERIFY(!failed.ok());
        QVERIFY(grants.find(g.id)->state == GrantState::Active);
        AuditLog audit(store.value()->connectionName());
        QCOMPARE(audit.head()->seq, 1);
        const auto found = grants.find(g.id);
        QCOMPARE(found->toJson(), g.toJson());
        const auto verdict = verifyStoredChain(*store.value());
        QVERIFY(verdict.ok() && verdict->ok);
    }

    void twoReplicasReapEachGrantOnce()
    {
        const QString url = freshUrl();
        auto first = Store::open(url);
        auto second = Store::open(url);
        QVERIFY(first.ok() && second.ok());
        GrantRepository a(first.value()->connectionName());
        GrantRepository b(second.value()->connectionName());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            const Grant g = grant(u"user-%1"_qs.arg(i), GrantState::Active, now.addMSecs(50));
            const auto created = a.create(g, {}, {}, now);
            QVERIFY2(created.ok(),
                     qPrintable(created.ok() ? QString() : created.error().logText()));
            ids.append(g.id);
        }
        // A grant created on one replica is read on the other.
        QCOMPARE(b.find(ids.first())->subject, u"user-0"_qs);

        const QDateTime later = now.addSecs(1);
        int changedByA = 0;
        int changedByB = 0;
        for (int round = 0; round < 5; ++round) {
            auto ra = a.reap(later);
            auto rb = b.reap(later);
            QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().logText()));
            QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error().logText()));
            changedByA += int(ra->size());
            changedByB += int(rb->size());
        }
        QCOMPARE(changedByA + changedByB, 20);
        const auto records = AuditLog(first.value()->connectionName()).records(0, 1000);
        QCOMPARE(std::count_if(records->begin(), records->end(),
                               [](const AuditRecord &r) { return r.action == u"grant.expired"; }),
                 20);
        QVERIFY(verifyStoredChain(*second.value())->ok);
    }

    void configurationWinsOverAdminServices()
    {
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        const qint64 v0 = store.value()->catalogVersion();
        Service sandbox = service(u"sandbox"_qs, {u"shared.test"_qs});
        QVERIFY(store.value()->saveApiService(sandbox, u"erin"_qs).ok());
        QVERIFY(store.value()->catalogVersion() > v0);
        // A later configuration claims the same host: the admin's service goes, on record.
        QVERIFY_OK(store.value()->replaceConfiguredServices(
            {service(u"payments"_qs, {u"shared.test"_qs})}));
        const auto services = store.value()->services();
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->at(0).name, u"payments"_qs);
        QCOMPARE(services->at(0).source, u"config"_qs);
        QVERIFY(verifyStoredChain(*store.value())->ok);
        // And the API cannot take it back.
        QCOMPARE(store.value()->saveApiService(service(u"payments"_qs), u"erin"_qs).error().code,
                 u"conflict"_qs);
    }

    void unreviewedRequestsLapseOnce()
    {
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        GrantRepository grants(store.value()->connectionName());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Grant request = grant(u"bob"_qs, GrantState::Pending, now.addSecs(3600));
        request.reviewBy = now.addSecs(60);
        QVERIFY(grants.create(request, {}, {}, now).ok());
        QVERIFY(grants.reap(now.addSecs(59))->isEmpty());
        const auto lapsed = grants.reap(now.addSecs(61));
        QVERIFY(lapsed.ok());
        QCOMPARE(lapsed->size(), 1);
        QVERIFY(lapsed->constFirst().state == GrantState::Lapsed);
        QVERIFY(grants.reap(now.addSecs(120))->isEmpty());
        const auto records = AuditLog(store.value()->connectionName()).records(0, 100);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(1).action, u"grant.lapsed"_qs);
        QCOMPARE(records->at(1).actor, u"gatehoused"_qs);
    }

    void migrationsAreNumberedInOrder()
    {
        int previous = 0;
        for (const auto &m : migrations()) {
            QCOMPARE(m.version, previous + 1);
            QVERIFY(!m.statements.isEmpty());
            previous = m.version;
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
