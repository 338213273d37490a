#include "CaddyAccessLines.h"
#include "DecisionLog.h"
#include "LogWorker.h"
#include "Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

// The thread beside the deciding one: it follows the access log, writes the
// decision log and applies retention, with its own database connection.
class TestLogWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Store> freshStore()
    {
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(u"w-%1.db"_qs.arg(++m_databases)));
        return store ? std::move(store).value() : nullptr;
    }

    static qint64 count(Store &store, const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static bool insertDecision(Store &store, const QString &id, const QDateTime &at)
    {
        QSqlQuery d(QSqlDatabase::database(store.connectionName()));
        d.prepare(u"INSERT INTO decisions (id, decided_at, subject, subject_kind, service, method, "
                  "host, path, allowed, status, reason, grant_id, latency_us) "
                  "VALUES (?, ?, 'bob', 'user', 'payments', 'GET', 'payments.localhost', '/', "
                  "1, 200, 'r', '', 10)"_qs);
        d.addBindValue(id);
        d.addBindValue(at.toMSecsSinceEpoch() * 1000);
        return d.exec();
    }

private Q_SLOTS:
    void followsTheAccessLog()
    {
        auto store = freshStore();
        QVERIFY(store);
        const QString path = m_dir.filePath(u"follow.log"_qs);
        LogWorker::Options options;
        options.accessLog = path;
        LogWorker worker(store.get(), options);
        QVERIFY(worker.start().isNull());
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i)
            log.write(test::caddyAccessLine(i));
        log.close();
        QTRY_COMPARE_WITH_TIMEOUT(worker.linesStored(), 300, 20000);
        QCOMPARE(worker.lagBytes(), 0);
        QCOMPARE(count(*store, u"SELECT COUNT(*) FROM access_log"_qs), 300);
    }

    // A flush on the deciding thread returns once the worker has written.
    void writesDecisionsAndFlushesOnRequest()
    {
        auto store = freshStore();
        QVERIFY(store);
        DecisionLog decisions(store->connectionName());
        LogWorker::Options options;
        options.decisions = &decisions;
        LogWorker worker(store.get(), options);
        QVERIFY(worker.start().isNull());
        for (int i = 0; i < 3; ++i) {
            DecisionRecord d;
            d.id = u"d-%1"_qs.arg(i);
            d.decidedAtUs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
            decisions.record(d);
        }
        QVERIFY(decisions.flush().isNull());
        QCOMPARE(count(*store, u"SELECT COUNT(*) FROM decisions"_qs), 3);
        // Written without asking, too.
        DecisionRecord later;
        later.id = u"d-later"_qs;
        later.decidedAtUs = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000;
        decisions.record(later);
        QTRY_COMPARE_WITH_TIMEOUT(count(*store, u"SELECT COUNT(*) FROM decisions"_qs), 4, 10000);
    }

    // Retention runs at start and again every interval, not only once.
    void appliesRetentionAgainAfterItsInterval()
    {
        auto store = freshStore();
        QVERIFY(store);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(insertDecision(*store, u"old-at-start"_qs, now.addDays(-8)));
        QVERIFY(insertDecision(*store, u"recent"_qs, now.addDays(-6)));
        LogWorker::Options options;
        options.retention = std::chrono::hours(24 * 7);
        options.retentionInterval = std::chrono::milliseconds(100);
        LogWorker worker(store.get(), options);
        QVERIFY(worker.start().isNull());
        QTRY_COMPARE_WITH_TIMEOUT(
            count(*store, u"SELECT COUNT(*) FROM decisions WHERE id = 'old-at-start'"_qs), 0,
            10000);
        QVERIFY(insertDecision(*store, u"old-later"_qs, now.addDays(-9)));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(*store, u"SELECT COUNT(*) FROM decisions WHERE id = 'old-later'"_qs), 0, 10000);
        QCOMPARE(count(*store, u"SELECT COUNT(*) FROM decisions WHERE id = 'recent'"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestLogWorker)
#include "tst_logworker.moc"
