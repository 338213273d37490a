// A write transaction that reads before it writes must not fail because
// another connection (the log thread's) committed in between: on SQLite a
// deferred transaction gets SQLITE_BUSY at its first write in that case, and
// the API answered a revoke with 503 under load.
#include "SqlSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

class TestSqlTransactions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSqlDatabase open(const QString &name, int busyMs)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(m_dir.filePath(u"race.db"_qs));
        if (!db.open())
            return db;
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_qs);
        q.exec(u"PRAGMA busy_timeout=%1"_qs.arg(busyMs));
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase setup = open(u"setup"_qs, 0);
        QVERIFY(setup.isOpen());
        QSqlQuery q(setup);
        QVERIFY(q.exec(u"CREATE TABLE grants (id INTEGER PRIMARY KEY, state TEXT)"_qs));
        QVERIFY(q.exec(u"INSERT INTO grants VALUES (1, 'active')"_qs));
        QVERIFY(q.exec(u"CREATE TABLE decisions (id INTEGER PRIMARY KEY)"_qs));
    }

    void writeAfterReadSurvivesAnotherConnectionsCommit()
    {
        QSqlDatabase api = open(u"api"_qs, 2000);
        QSqlDatabase logs = open(u"logs"_qs, 0);
        bool logWriteSucceeded = true;
        const Error e = sql::inTransaction(api, u"revoke"_qs, [&]() -> Error {
            QSqlQuery read(api);
            if (!read.exec(u"SELECT state FROM grants WHERE id = 1"_qs) || !read.next())
                return sql::storeError(u"read"_qs, read.lastError());
            read.finish();
            // The log thread writes now, while the revoke is between its read
            // and its write: it has to wait for the revoke, not break it.
            QSqlQuery other(logs);
            logWriteSucceeded = other.exec(u"INSERT INTO decisions DEFAULT VALUES"_qs);
            QSqlQuery write(api);
            write.prepare(u"UPDATE grants SET state = 'revoked' WHERE id = 1"_qs);
            return sql::exec(write, u"revoke"_qs);
        });
        QVERIFY2(e.isNull(), qPrintable(e.logText()));
        QVERIFY(!logWriteSucceeded); // it could not take the lock the revoke held
        QSqlQuery check(logs);
        QVERIFY(check.exec(u"SELECT state FROM grants WHERE id = 1"_qs) && check.next());
        QCOMPARE(check.value(0).toString(), u"revoked"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSqlTransactions)
#include "tst_sqltransactions.moc"
