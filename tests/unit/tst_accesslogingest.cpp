#include "AccessLogFile.h"
#include "AccessLogIngest.h"
#include "AccessLogSink.h"
#include "CaddyAccessLines.h"
#include "PostgresFixture.h"
#include "Store.h"
#include "logs/CaddyAccessLine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::server;

namespace {
QByteArray line(int n, const char *uri = "/v1/charges?token=secret")
{
    return test::caddyAccessLine(n, uri);
}

// Lines first .. first + count - 1, each with its own decision id.
QByteArray lines(int first, int count)
{
    QByteArray text;
    for (int n = first; n < first + count; ++n)
        text += line(n);
    return text;
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
    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<test::PostgresFixture> m_pg;
    int m_databases = 0;

    // A fresh, empty database for one test: SQLite, or PostgreSQL with
    // GATEHOUSE_TEST_STORE=postgresql.
    QString freshUrl()
    {
        ++m_databases;
        if (m_postgres)
            return m_pg->createDatabase(u"ingest_test_%1"_qs.arg(m_databases));
        return u"sqlite:"_qs + m_dir.filePath(u"ingest-%1.db"_qs.arg(m_databases));
    }

    qint64 stored(Store &store, const QString &where = u"1 = 1"_qs)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.exec(u"SELECT COUNT(*) FROM access_log WHERE "_qs + where);
        q.next();
        return q.value(0).toLongLong();
    }

    qint64 distinctDecisions(Store &store)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName()));
        q.exec(u"SELECT COUNT(DISTINCT decision_id) FROM access_log"_qs);
        q.next();
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (m_postgres) {
            m_pg = std::make_unique<test::PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
        }
    }

    void parsesCaddyLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("timeUs");
        constexpr int access = int(ParsedCaddyLine::Kind::Access);
        constexpr int other = int(ParsedCaddyLine::Kind::NotAccess);
        constexpr int malformed = int(ParsedCaddyLine::Kind::Malformed);
        // One entry as Caddy 2.6.2 writes it, with these fields.
        const auto entry = [](const QByteArray &logger, const QByteArray &uri, int status,
                              const QByteArray &ts = "1796011741.100005") {
            QByteArray text = "{'level':'info','ts':TS,'logger':'LOGGER','msg':'handled request',"
                              "'request':{'remote_ip':'127.0.0.1','remote_port':'41234',"
                              "'proto':'HTTP/1.1','method':'GET','host':'payments.localhost',"
                              "'uri':'URI','headers':{'User-Agent':['curl/7.88.1']}},"
                              "'user_id':'','duration':0.5,'size':0,'status':STATUS,"
                              "'resp_headers':{}}";
            return text.replace('\'', '"')
                .replace("TS", ts)
                .replace("LOGGER", logger)
                .replace("URI", uri)
                .replace("STATUS", QByteArray::number(status));
        };
        QTest::newRow("access entry")
            << line(1).trimmed() << access << u"/v1/charges"_qs << 200 << 1796011741100001LL;
        QTest::newRow("client aborted: status 0")
            << entry("http.log.access.log0", "/slow", 0) << access << u"/slow"_qs << 0
            << 1796011741100005LL;
        QTest::newRow("numbered access logger") << entry("http.log.access.log3", "/x?a=1", 404)
                                                << access << u"/x"_qs << 404 << 1796011741100005LL;
        QTest::newRow("NUL in the path")
            << entry("http.log.access", R"(/a\u0000b?token=t)", 200) << access
            << QString(u"/a"_qs + QChar(0) + u"b"_qs) << 200 << 1796011741100005LL;
        QTest::newRow("escaped non-ASCII path")
            << entry("http.log.access", R"(/caf\u00e9/\ud83d\ude00)", 200) << access
            << u"/caf\u00e9/\U0001F600"_qs << 200 << 1796011741100005LL;
        QTest::newRow("microseconds kept exactly")
            << entry("http.log.access", "/t", 200, "1796011741.999999") << access << u"/t"_qs << 200
            << 1796011741999999LL;
        QTest::newRow("error entry")
            << entry("http.log.error.log0", "/v1/charges", 502)
                   .replace("handled request", "dial tcp 127.0.0.1:9: connect: connection refused")
            << other << QString() << 0 << qint64(0);
        QTest::newRow("server entry")
            << QByteArray(
                   R"({"level":"info","ts":1796011741.3,"logger":"http","msg":"server running","name":"srv0","protocols":["h1","h2","h3"]})")
            << other << QString() << 0 << qint64(0);
        QTest::newRow("not JSON") << QByteArray("GET /x 200") << malformed << QString() << 0
                                  << qint64(0);
        QTest::newRow("truncated") << line(1).left(80) << malformed << QString() << 0 << qint64(0);
        QTest::newRow("no logger") << QByteArray(R"({"level":"info","ts":1,"msg":"serving"})")
                                   << malformed << QString() << 0 << qint64(0);
        QTest::newRow("access logger, no status")
            << QByteArray(R"({"ts":1,"logger":"http.log.access","request":{"method":"GET"}})")
            << malformed << QString() << 0 << qint64(0);
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << malformed << QString() << 0
                                << qint64(0);
    }
    void parsesCaddyLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(qint64, timeUs);
        const ParsedCaddyLine parsed = parseCaddyLine({text.constData(), size_t(text.size())});
        QCOMPARE(int(parsed.kind), kind);
        if (parsed.kind != ParsedCaddyLine::Kind::Access) {
            QVERIFY(!parsed.reason.isEmpty());
            return;
        }
        QCOMPARE(parsed.access.path, path); // query dropped: tokens never stored
        QCOMPARE(parsed.access.status, status);
        QCOMPARE(parsed.access.timeUs, timeUs);
        if (QTest::currentDataTag() == QByteArray("access entry")) {
            QCOMPARE(parsed.access.userId, u"bob"_qs);
            QCOMPARE(parsed.access.clientIdentity, uR"({"X-Gatehouse-User":["mallory"]})"_qs);
            QCOMPARE(parsed.access.decisionId, u"d-1"_qs);
            QCOMPARE(parsed.access.durationUs, 1200);
        }
    }

    // Any text goes in (PostgreSQL's text cannot hold U+0000) and comes back as it was.
    void storedTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"/v1/charges"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("NUL") << QString(u"/a"_qs + QChar(0) + u"b"_qs);
        QTest::newRow("NUL at the ends") << QString(QChar(0) + u"x"_qs + QChar(0));
        QTest::newRow("backslash") << u"/a\\b"_qs;
        QTest::newRow("backslash zero, literally") << u"/a\\0b"_qs;
        QTest::newRow("backslash at the end") << u"/a\\"_qs;
        QTest::newRow("backslash then NUL") << QString(u"\\"_qs + QChar(0));
    }
    void storedTextRoundTrips()
    {
        QFETCH(QString, text);
        const QString stored = AccessLogSink::toStoredText(text);
        QVERIFY(!stored.contains(QChar(0)));
        QCOMPARE(AccessLogSink::fromStoredText(stored), text.isNull() ? u""_qs : text);
    }

    // What is stored is what Caddy wrote, and only its access entries.
    void storesOnlyAccessEntriesFaithfully()
    {
        const QString path = m_dir.filePath(u"faithful.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        QByteArray aborted = line(1).replace(R"("status":200)", R"("status":0)");
        QByteArray nul = line(2).replace("/v1/charges?token=secret", R"(/a\u0000b?token=secret)");
        QByteArray error =
            line(3).replace(R"("logger":"http.log.access")", R"("logger":"http.log.error")");
        append(path, aborted + nul + error + line(4));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 3);
        QCOMPARE(ingest.linesMalformed(), 0);
        QCOMPARE(stored(*store.value()), 3);
        QCOMPARE(stored(*store.value(), u"decision_id = 'd-1' AND status = 0"_qs), 1);
        QCOMPARE(stored(*store.value(), u"decision_id = 'd-3'"_qs), 0);
        QSqlQuery q(QSqlDatabase::database(store.value()->connectionName()));
        QVERIFY(q.exec(u"SELECT path FROM access_log WHERE decision_id = 'd-2'"_qs) && q.next());
        QCOMPARE(AccessLogSink::fromStoredText(q.value(0).toString()),
                 QString(u"/a"_qs + QChar(0) + u"b"_qs));
    }

    // The same limit as for lines received from Caddy's net writer.
    void skipsLinesLongerThanTheLimit_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("malformed");
        QTest::addColumn<qint64>("budget"); // bytes per poll, as gatehoused reads; -1: all
        constexpr qint64 limit = AccessLogSink::kMaxLineBytes;
        for (const qint64 budget : {qint64(-1), AccessLogIngest::kCommitBytes, qint64(100)}) {
            const QByteArray b = QByteArray::number(budget);
            QTest::addRow("exactly the limit, budget %s", b.constData())
                << limit << 3 << 0 << budget;
            QTest::addRow("one byte over, budget %s", b.constData())
                << limit + 1 << 2 << 1 << budget;
            QTest::addRow("three times the limit, budget %s", b.constData())
                << 3 * limit << 2 << 1 << budget;
        }
    }
    void skipsLinesLongerThanTheLimit()
    {
        QFETCH(qint64, size);
        QFETCH(int, stored);
        QFETCH(int, malformed);
        QFETCH(qint64, budget);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        QByteArray padded = line(2);
        padded.chop(1);
        padded += QByteArray(size - padded.size() - 1, ' ') + '\n'; // JSON allows the spaces
        append(path, line(1) + padded + line(3));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        ingest.setReadBudget(budget);
        int polls = 0;
        do {
            QVERIFY(ingest.poll().isNull());
            ++polls;
        } while (ingest.hasMore() && polls < 1000);
        QVERIFY(!ingest.hasMore());
        QCOMPARE(ingest.linesStored(), stored);
        QCOMPARE(ingest.linesMalformed(), malformed);
        QCOMPARE(ingest.lagBytes(), 0);
        QCOMPARE(this->stored(*store.value()), stored);
    }

    // Rotation by rename while gatehoused is stopped: the rest of the old file
    // is read (found next to the log under its rotated name) before the new one.
    void renameRotationWhileStoppedLosesNothing_data()
    {
        QTest::addColumn<QString>("rotatedName");
        QTest::newRow("logrotate") << u"access.log.1"_qs;
        QTest::newRow("logrotate dateext") << u"access.log-20261207"_qs;
        QTest::newRow("Caddy roll") << u"access-2026-12-07T18-20-00.000.log"_qs;
    }
    void renameRotationWhileStoppedLosesNothing()
    {
        QFETCH(QString, rotatedName);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        append(path, lines(0, 40));
        {
            AccessLogIngest ingest(store.value()->connectionName(), path);
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 40);
        }
        append(path, lines(40, 30)); // written while stopped, then rotated away
        QVERIFY(QFile::rename(path, dir.filePath(rotatedName)));
        append(dir.filePath(u"access.log.2"_qs), lines(1000, 5)); // an older rotation
        append(path, lines(70, 50));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 120);
        QCOMPARE(ingest.lagBytes(), 0);
        QCOMPARE(distinctDecisions(*store.value()), 120);
        QCOMPARE(stored(*store.value()), 120);
    }

    // Copy-truncate while stopped: the file was copied aside and emptied, and
    // has grown past the old position again. The copy's rest is read, then
    // the file from its start.
    void copyTruncateWhileStoppedLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        append(path, lines(0, 40));
        {
            AccessLogIngest ingest(store.value()->connectionName(), path);
            QVERIFY(ingest.poll().isNull());
            QCOMPARE(ingest.linesStored(), 40);
        }
        append(path, lines(40, 30));
        QVERIFY(QFile::copy(path, path + u".1"_qs));
        QVERIFY(QFile::resize(path, 0));
        append(path, lines(70, 100)); // longer than the old position
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 170);
        QCOMPARE(ingest.lagBytes(), 0);
        QCOMPARE(distinctDecisions(*store.value()), 170);
        QCOMPARE(stored(*store.value()), 170);
    }

    // Rotation between two reads of a running ingest, new lines already past
    // the old position.
    void rotationWhileRunningLosesNothing_data()
    {
        QTest::addColumn<bool>("copyTruncate");
        QTest::addColumn<qint64>("budget");
        QTest::newRow("rename") << false << qint64(-1);
        QTest::newRow("copy-truncate") << true << qint64(-1);
        QTest::newRow("rename, 1000 bytes a poll") << false << qint64(1000);
        QTest::newRow("copy-truncate, 1000 bytes a poll") << true << qint64(1000);
    }
    void rotationWhileRunningLosesNothing()
    {
        QFETCH(bool, copyTruncate);
        QFETCH(qint64, budget);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        AccessLogIngest ingest(store.value()->connectionName(), path);
        ingest.setReadBudget(budget);
        const auto pollAll = [&ingest] {
            for (int polls = 0; polls < 10000; ++polls) {
                if (!ingest.poll().isNull())
                    return false;
                if (!ingest.hasMore())
                    return true;
            }
            return false;
        };
        int written = 0;
        for (int round = 0; round < 4; ++round) {
            append(path, lines(written, 25));
            written += 25;
            QVERIFY(pollAll());
            append(path, lines(written, 10)); // not read before the rotation
            written += 10;
            const QString rotated = path + u".%1"_qs.arg(round + 1);
            if (copyTruncate) {
                QVERIFY(QFile::copy(path, rotated));
                QVERIFY(QFile::resize(path, 0));
            } else {
                QVERIFY(QFile::rename(path, rotated));
            }
            append(path, lines(written, 60 + 10 * round));
            written += 60 + 10 * round;
            QVERIFY(pollAll());
            QCOMPARE(ingest.linesStored(), written);
        }
        QCOMPARE(ingest.lagBytes(), 0);
        QCOMPARE(distinctDecisions(*store.value()), written);
        QCOMPARE(stored(*store.value()), written);
    }

    // Copy-truncate with lines read between the copy and the truncation: the
    // copy holds less than was read; nothing is lost, nothing said to be.
    void copyTruncateAfterReadingPastTheCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        append(path, lines(0, 30));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QVERIFY(QFile::copy(path, path + u".1"_qs));
        append(path, lines(30, 10));
        QVERIFY(ingest.poll().isNull());
        QVERIFY(QFile::resize(path, 0));
        append(path, lines(40, 50));
        QTest::failOnWarning(QRegularExpression(u"not stored"_qs));
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 90);
        QCOMPARE(distinctDecisions(*store.value()), 90);
    }

    // The name of a file's stream (the start of its line ids, so of cursors):
    // read back as written, older names kept as they were, nothing a URL
    // would have to encode.
    void streamNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("fingerprinted");
        QTest::newRow("current") << u"2049-131074.0.1024.0123456789abcdef0123456789abcdef"_qs
                                 << true;
        QTest::newRow("current, after truncations") << u"2049-131074.3.412.00ff"_qs << true;
        QTest::newRow("older") << u"2049-131074"_qs << false;
        QTest::newRow("older, after a truncation") << u"2049-131074#2"_qs << false;
    }
    void streamNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, fingerprinted);
        const LogFileMark mark = LogFileMark::parse(name);
        QVERIFY(!mark.isNull());
        QCOMPARE(mark.fingerprintBytes >= 0, fingerprinted);
        QCOMPARE(mark.toString(), name);
        if (fingerprinted)
            QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(name)), name);
    }

    // An empty log rotated before Caddy wrote to it: the new file is read.
    void emptyLogReplacedBeforeAnyLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        append(path, {});
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QVERIFY(QFile::rename(path, path + u".1"_qs));
        append(path, lines(0, 20));
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 20);
    }

    // The log replaced by a copy of itself (another inode, the same lines):
    // nothing is stored twice, and what follows is read.
    void logReplacedByACopyOfItself()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
        QVERIFY(store.ok());
        append(path, lines(0, 30));
        AccessLogIngest ingest(store.value()->connectionName(), path);
        QVERIFY(ingest.poll().isNull());
        QVERIFY(QFile::copy(path, path + u".tmp"_qs));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + u".tmp"_qs, path));
        append(path, lines(30, 10));
        QVERIFY(ingest.poll().isNull());
        QVERIFY(ingest.poll().isNull());
        QCOMPARE(ingest.linesStored(), 40);
        QCOMPARE(distinctDecisions(*store.value()), 40);
        QCOMPARE(stored(*store.value()), 40);
    }

    void followsRotationAndRestartsExactlyOnce()
    {
        const QString path = m_dir.filePath(u"access.log"_qs);
        auto store = Store::open(freshUrl());
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
