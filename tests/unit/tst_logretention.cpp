#include "LogRetention.h"
#include "PostgresFixture.h"
#include "Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

namespace {
const QDateTime kNow = QDateTime::fromString(u"2026-12-07T12:00:00.000Z"_qs, Qt::ISODateWithMs);

qint64 us(const QDateTime &t)
{
    return t.toMSecsSinceEpoch() * 1000;
}
} // namespace

// Decisions and access-log lines older than the retention period are deleted,
// those inside it kept; against SQLite, or PostgreSQL with
// GATEHOUSE_TEST_STORE=postgresql.
class TestLogRetention : public QObject
{
    Q_OBJECT

    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<test::PostgresFixture> m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Store> freshStore()
    {
        ++m_databases;
        const QString url = m_postgres
                                ? m_pg->createDatabase(u"retention_test_%1"_qs.arg(m_databases))
                                : u"sqlite:"_qs + m_dir.filePath(u"r-%1.db"_qs.arg(m_databases));
        auto store = Store::open(url);
        return store ? std::move(store).value() : nullptr;
    }

    static bool insert(Store &store, const QString &id, qint64 atUs)
    {
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QSqlQuery d(db);
        d.prepare(u"INSERT INTO decisions (id, decided_at, subject, subject_kind, service, method, "
                  "host, path, allowed, status, reason, grant_id, latency_us) "
                  "VALUES (?, ?, 'bob', 'user', 'payments', 'GET', 'payments.localhost', '/', "
                  "?, 200, 'r', '', 10)"_qs);
        d.addBindValue(id);
        d.addBindValue(atUs);
        d.addBindValue(true);
        QSqlQuery a(db);
        a.prepare(u"INSERT INTO access_log (id, logged_at, method, host, path, status, "
                  "duration_us, size, remote_ip, user_id, client_identity, decision_id) "
                  "VALUES (?, ?, 'GET', 'payments.localhost', '/', 200, 1, 1, '127.0.0.1', "
                  "'bob', '', ?)"_qs);
        a.addBindValue(QString(u"s:"_qs + id));
        a.addBindValue(atUs);
        a.addBindValue(id);
        return d.exec() && a.exec();
    }

    static QStringList ids(Store &store, const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.exec(table == u"decisions" ? u"SELECT id FROM decisions ORDER BY id"_qs
                                     : u"SELECT decision_id FROM access_log ORDER BY 1"_qs);
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_postgres) {
            m_pg = std::make_unique<test::PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
        }
    }

    void deletesWhatIsOlderThanTheRetention_data()
    {
        QTest::addColumn<qint64>("keepSeconds");
        QTest::addColumn<QStringList>("kept");
        // Rows at now - 31 days, now - 30 days + 1 ms, now - 1 hour, now.
        QTest::newRow("30 days") << qint64(30 * 86400) << QStringList{u"b"_qs, u"c"_qs, u"d"_qs};
        QTest::newRow("2 hours") << qint64(7200) << QStringList{u"c"_qs, u"d"_qs};
        QTest::newRow("1 minute") << qint64(60) << QStringList{u"d"_qs};
        QTest::newRow("1 year") << qint64(365 * 86400)
                                << QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs};
    }
    void deletesWhatIsOlderThanTheRetention()
    {
        QFETCH(qint64, keepSeconds);
        QFETCH(QStringList, kept);
        auto store = freshStore();
        QVERIFY(store);
        QVERIFY(insert(*store, u"a"_qs, us(kNow.addDays(-31))));
        QVERIFY(insert(*store, u"b"_qs, us(kNow.addDays(-30).addMSecs(1))));
        QVERIFY(insert(*store, u"c"_qs, us(kNow.addSecs(-3600))));
        QVERIFY(insert(*store, u"d"_qs, us(kNow)));
        const auto deleted =
            LogRetention(store->connectionName(), std::chrono::seconds(keepSeconds)).apply(kNow);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 2 * (4 - kept.size()));
        QCOMPARE(ids(*store, u"decisions"_qs), kept);
        QCOMPARE(ids(*store, u"access_log"_qs), kept);
    }

    // More than one batch: everything old goes, in several transactions.
    void deletesInBatches()
    {
        auto store = freshStore();
        QVERIFY(store);
        constexpr int kOld = LogRetention::kBatchRows * 2 + 7;
        QSqlDatabase db = QSqlDatabase::database(store->connectionName());
        QVERIFY(db.transaction());
        for (int i = 0; i < kOld; ++i)
            QVERIFY(
                insert(*store, u"old-%1"_qs.arg(i, 5, 10, QChar(u'0')), us(kNow.addDays(-40)) + i));
        QVERIFY(insert(*store, u"new"_qs, us(kNow.addDays(-1))));
        QVERIFY(db.commit());
        const auto deleted =
            LogRetention(store->connectionName(), std::chrono::hours(24 * 30)).apply(kNow);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 2 * kOld);
        QCOMPARE(ids(*store, u"decisions"_qs), QStringList{u"new"_qs});
        QCOMPARE(ids(*store, u"access_log"_qs), QStringList{u"new"_qs});
    }

    // Bounded turns: at most maxBatches batches, then *more says to go on;
    // going on with the same `now` deletes the rest and nothing newer.
    void stopsAfterMaxBatchesAndGoesOn()
    {
        auto store = freshStore();
        QVERIFY(store);
        constexpr int kOld = LogRetention::kBatchRows * 3 + 7;
        QSqlDatabase db = QSqlDatabase::database(store->connectionName());
        QVERIFY(db.transaction());
        for (int i = 0; i < kOld; ++i)
            QVERIFY(
                insert(*store, u"old-%1"_qs.arg(i, 5, 10, QChar(u'0')), us(kNow.addDays(-40)) + i));
        QVERIFY(insert(*store, u"new"_qs, us(kNow.addDays(-1))));
        QVERIFY(db.commit());
        const LogRetention retention(store->connectionName(), std::chrono::hours(24 * 30));
        bool more = false;
        const auto first = retention.apply(kNow, 2, &more);
        QVERIFY(first.ok());
        QCOMPARE(first.value(), qint64(2 * LogRetention::kBatchRows));
        QVERIFY(more);
        QCOMPARE(ids(*store, u"decisions"_qs).size(), kOld + 1 - 2 * LogRetention::kBatchRows);
        qint64 total = first.value();
        for (int turn = 0; more && turn < 10; ++turn) {
            const auto next = retention.apply(kNow, 2, &more);
            QVERIFY(next.ok());
            total += next.value();
        }
        QVERIFY(!more);
        QCOMPARE(total, qint64(2 * kOld));
        QCOMPARE(ids(*store, u"decisions"_qs), QStringList{u"new"_qs});
        QCOMPARE(ids(*store, u"access_log"_qs), QStringList{u"new"_qs});
    }
};

QTEST_GUILESS_MAIN(TestLogRetention)
#include "tst_logretention.moc"
