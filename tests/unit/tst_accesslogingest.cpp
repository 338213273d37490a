#include "AccessLogIngest.h"
#include "AccessLogSink.h"
#include "CaddyAccessLines.h"
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
    return test::caddyAccessLine(n, uri);
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
            QCOMPARE(parsed->clientIdentity, uR"({"X-Gatehouse-User":["mallory"]})"_qs);
            QCOMPARE(parsed->decisionId, u"d-1"_qs);
            QCOMPARE(parsed->status, 200);
            QCOMPARE(parsed->durationUs, 1200);
        } else {
            QVERIFY(!reason.isEmpty());
        }
    }

    // The same limit as for lines received from Caddy's net writer.
    void skipsLinesLongerThanTheLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("malformed");
        constexpr qint64 limit = AccessLogSink::kMaxLineBytes;
        QTest::newRow("exactly the limit") << limit << 3 << 0;
        QTest::newRow("one byte over") << limit + 1 << 2 << 1;
        QTest::newRow("three times the limit") << 3 * limit << 2 << 1;
    }
    void skipsLinesLongerThanTheLimit()
    {
        QFETCH(qint64, size);
        QFETCH(int, stored);
        QFETCH(int, malformed);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QString path = m_dir.filePath(name + u".log"_qs);
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(name + u".db"_qs));
        QVERIFY(store.ok());
        QByteArray padded = line(2);
        padded.chop(1);
        padded += QByteArray(size - padded.size() - 1, ' ') + '\n'; // JSON allows the spaces
        append(path, line(1) + padded + line(3));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), stored);
        QCOMPARE(ingest.linesMalformed(), malformed);
        QCOMPARE(ingest.lagBytes(), 0);
        QCOMPARE(this->stored(*store.value()), stored);
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
