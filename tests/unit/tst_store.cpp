#include "Migrations.h"
#include "Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

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
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsMigratedToLatest()
    {
        QTemporaryDir dir;
        auto store = Store::open(u"sqlite:"_qs + dir.filePath(u"g.db"_qs));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().logText()));
        QCOMPARE(store.value()->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(store.value()->driver(), u"sqlite"_qs);
        QVERIFY(store.value()->ping());
    }

    void usesWriteAheadLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.db"_qs);
        auto store = Store::open(u"sqlite:"_qs + path);
        QVERIFY(store.ok());
        QVERIFY_OK(store.value()->replaceConfiguredServices({service(u"payments"_qs)}));
        // WAL mode is persistent in the file: a second, independent connection sees it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"probe"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_qs);
        }
        QSqlDatabase::removeDatabase(u"probe"_qs);
    }

    void reopeningKeepsDataAndDoesNotRemigrate()
    {
        QTemporaryDir dir;
        const QString url = u"sqlite:"_qs + dir.filePath(u"g.db"_qs);
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
        QCOMPARE(services->at(1).owners.size(), 2);
    }

    void failedCatalogReplaceChangesNothing()
    {
        QTemporaryDir dir;
        auto store = Store::open(u"sqlite:"_qs + dir.filePath(u"g.db"_qs));
        QVERIFY(store.ok());
        QVERIFY_OK(store.value()->replaceConfiguredServices({service(u"payments"_qs)}));
        // Two services claiming one host violate a constraint half-way through.
        const Error e = store.value()->replaceConfiguredServices(
            {service(u"a"_qs, {u"same.test"_qs}), service(u"b"_qs, {u"same.test"_qs})});
        QVERIFY(!e.isNull());
        QCOMPARE(e.code, u"store.error"_qs);
        const auto services = store.value()->services();
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->at(0).name, u"payments"_qs);
    }

    void refusesDatabaseFromNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.db"_qs);
        {
            QVERIFY(Store::open(u"sqlite:"_qs + path).ok());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bump"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO schema_migrations VALUES (999, 'future', 'x')"_qs));
        }
        QSqlDatabase::removeDatabase(u"bump"_qs);
        const auto store = Store::open(u"sqlite:"_qs + path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"store.too_new"_qs);
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
