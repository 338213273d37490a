#include "AccessLogIngest.h"
#include "Store.h"
#include "logs/CaddyAccessLine.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

namespace {
QByteArray line(int n, const char *uri = "/v1/charges?token=secret")
{
    return QByteArray(R"({"level":"info","ts":1796011741.)") + QByteArray::number(100000 + n) +
           R"(,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"127.0.0.1","method":"GET","host":"payments.localhost","uri":")" +
           uri +
           R"(","headers":{"X-Gatehouse-User":["mallory"]}},"user_id":"bob","duration":0.0012,"size":12,"status":200,"resp_headers":{"X-Gatehouse-Decision-Id":["d-)" +
           QByteArray::number(n) + R"("]}})" + '\n';
}

void append(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(data);
}
} // namespace

// Following Caddy's access log: parse, skip and count bad lines, survive
// rotation and restarts, never store a line twice or lose one.
class TestAccessLogIngest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    qint64 stored(Store &store, const QString &where = u"1 = 1"_qs)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.exec(u"SELECT COUNT(*) FROM access_log WHERE "_qs + where);
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void parsesCaddyLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("access entry") << line(1).trimmed() << true;
        QTest::newRow("not JSON") << QByteArray("GET /x 200") << false;
        QTest::newRow("truncated") << line(1).left(80) << false;
        QTest::newRow("other log entry")
            << QByteArray(R"({"level":"info","ts":1,"msg":"serving"})") << false;
        QTest::newRow("no status") << QByteArray(R"({"ts":1,"request":{"method":"GET"}})") << false;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << false;
    }
    void parsesCaddyLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QString reason;
        const auto parsed = parseCaddyAccessLine({text.constData(), size_t(text.size())}, &reason);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->path, u"/v1/charges"_qs); // query dropped: tokens never stored
            QCOMPARE(parsed->userId, u"bob"_qs);
            QCOMPARE(parsed->clientIdentity, u"mallory"_qs);
            QCOMPARE(parsed->decisionId, u"d-1"_qs);
            QCOMPARE(parsed->status, 200);
            QCOMPARE(parsed->durationUs, 1200);
        } else {
            QVERIFY(!reason.isEmpty());
        }
    }

    void followsRotationAndRestartsExactlyOnce()
    {
        const QString path = m_dir.filePath(u"access.log"_qs);
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(u"g.db"_qs));
        QVERIFY(store.ok());
        int next = 0;
        {
            AccessLogIngest ingest(store.value()->connectionName(), path);
            QVERIFY(ingest.poll().isNull()); // no file yet: nothing to do
            QByteArray batch;
            for (int i = 0; i < 10; ++i)
                batch += line(next++);
            append(path, batch + "garbage line\n" + line(next).left(50)); // a partial last line
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 10);
            QCOMPARE(ingest.linesMalformed(), 1);
            append(path, line(next++).mid(50)); // the rest of the partial line
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 11);

            // Rotation by rename: lines written to the old file just before it
            // moved are still read, then the new file from its start.
            append(path, line(next++));
            QVERIFY(QFile::rename(path, path + u".1"_qs));
            append(path + u".1"_qs, line(next++));
            append(path, line(next++));
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 14);
            QCOMPARE(ingest.lagBytes(), 0);
        }
        // A restart resumes at the stored position.
        append(path, line(next));
        append(path, line(next + 1));
        next += 2;
        {
            AccessLogIngest ingest(store.value()->connectionName(), path);
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 16);
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 16);
            // Copy-truncate rotation: the file shrinks and starts again.
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.close();
            append(path, line(next++));
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 17);
            QCOMPARE(ingest.linesMalformed(), 1);
        }
        QCOMPARE(stored(*store.value()), 17);
        QCOMPARE(stored(*store.value(), u"path LIKE '%?%'"_qs), 0);
        QCOMPARE(stored(*store.value(), u"decision_id = 'd-0'"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogIngest)
#include "tst_accesslogingest.moc"
