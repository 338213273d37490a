#include "cache/AccessLogCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

Q_DECLARE_METATYPE(gatehouse::AccessLogCache::Facet)

namespace {
const QDateTime kStart = QDateTime::fromString(u"2026-12-07T16:00:00.000Z"_qs, Qt::ISODateWithMs);

AccessLogEntry line(int n, const QString &caller, const QString &service, int status, bool allowed,
                    const QString &path = u"/v1/charges"_qs)
{
    AccessLogEntry e;
    e.id = u"line-%1"_qs.arg(n, 3, 10, QChar(u'0'));
    e.loggedAt = kStart.addSecs(n);
    e.method = n % 2 ? u"POST"_qs : u"GET"_qs;
    e.host = service + u".localhost"_qs;
    e.path = path;
    e.status = status;
    e.durationUs = 1000 + n;
    e.size = 10 * n;
    e.remoteIp = u"10.0.0.%1"_qs.arg(n % 3);
    e.userId = caller;
    e.decisionId = u"d-%1"_qs.arg(n);
    e.hasDecision = true;
    e.subject = caller;
    e.service = service;
    e.allowed = allowed;
    e.reason = allowed ? u"grant 42"_qs : u"no grant"_qs;
    e.grantId = allowed ? u"42"_qs : QString();
    return e;
}

// Six lines with something to find in each.
QList<AccessLogEntry> sample()
{
    QList<AccessLogEntry> lines{
        line(1, u"bob"_qs, u"payments"_qs, 200, true),
        line(2, u"bob"_qs, u"payments"_qs, 503, true),
        line(3, u"bob"_qs, u"ledger"_qs, 403, false, u"/v1/entries"_qs),
        line(4, u"alice"_qs, u"payments"_qs, 500, true, u"/v1/refunds"_qs),
        line(5, u"carol"_qs, u"search"_qs, 200, true, u"/q"_qs),
        line(6, u"mallory"_qs, QString(), 403, false, u"/"_qs),
    };
    lines[4].flagged = true;
    lines[4].flagReason = u"X-Gatehouse-User: bob"_qs;
    lines[5].host = u"nowhere.localhost"_qs; // no site: the decision names no service
    return lines;
}
} // namespace

// The console's access-log cache on a real SQLite file: windows newest first,
// filters compiled to SQL, profiles kept apart, owner-only file.
class TestAccessLogCache : public QObject
{
    Q_OBJECT

    static QStringList ids(const QList<AccessLogEntry> &lines)
    {
        QStringList list;
        for (const auto &l : lines)
            list.append(l.id);
        return list;
    }

private Q_SLOTS:
    void windowsAreNewestFirstAndNeverOverlap()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QList<AccessLogEntry> lines;
        for (int i = 0; i < 25; ++i)
            lines.append(line(i, u"bob"_qs, u"payments"_qs, 200, true));
        QVERIFY(cache.store(u"p"_qs, lines, u"c1"_qs).isNull());

        AccessLogCache::Query q;
        q.limit = 10;
        QStringList seen;
        for (int expected : {10, 10, 5, 0}) {
            const auto page = cache.page(u"p"_qs, q);
            QVERIFY(page.ok());
            QCOMPARE(page->size(), expected);
            seen += ids(page.value());
            if (!page->isEmpty())
                q.after =
                    AccessLogCache::Key{page->last().loggedAt.toMSecsSinceEpoch(), page->last().id};
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), u"line-024"_qs);
        QCOMPARE(seen.last(), u"line-000"_qs);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    }

    void filtersSelectTheLines_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected"); // newest first

        QTest::newRow("everything")
            << QString() << QStringList{u"line-006"_qs, u"line-005"_qs, u"line-004"_qs,
                                        u"line-003"_qs, u"line-002"_qs, u"line-001"_qs};
        QTest::newRow("user and status")
            << u"user = bob and status >= 500"_qs << QStringList{u"line-002"_qs};
        QTest::newRow("service") << u"service = payments"_qs
                                 << QStringList{u"line-004"_qs, u"line-002"_qs, u"line-001"_qs};
        QTest::newRow("decision deny")
            << u"decision = deny"_qs << QStringList{u"line-006"_qs, u"line-003"_qs};
        QTest::newRow("decision allow and not payments")
            << u"decision = allow and service != payments"_qs << QStringList{u"line-005"_qs};
        QTest::newRow("path contains") << u"path ~ /v1/re"_qs << QStringList{u"line-004"_qs};
        QTest::newRow("free text") << u"entries"_qs << QStringList{u"line-003"_qs};
        QTest::newRow("grant") << u"grant = 42 and user = alice"_qs << QStringList{u"line-004"_qs};
        QTest::newRow("status class")
            << u"status = 4xx"_qs << QStringList{u"line-006"_qs, u"line-003"_qs};
        QTest::newRow("or") << u"user = alice or user = carol"_qs
                            << QStringList{u"line-005"_qs, u"line-004"_qs};
        QTest::newRow("method") << u"method = get and user = bob"_qs << QStringList{u"line-002"_qs};
        QTest::newRow("ip") << u"ip = 10.0.0.0"_qs << QStringList{u"line-006"_qs, u"line-003"_qs};
        QTest::newRow("forged") << u"flag = forged"_qs << QStringList{u"line-005"_qs};
        QTest::newRow("unknown host") << u"flag = unknown-host"_qs << QStringList{u"line-006"_qs};
        QTest::newRow("deny reason")
            << u"reason = 'no grant'"_qs << QStringList{u"line-006"_qs, u"line-003"_qs};
        QTest::newRow("quote in a value matches nothing")
            << u"user = \"bob' OR '1'='1\""_qs << QStringList();
        QTest::newRow("percent is not a wildcard") << u"path ~ %"_qs << QStringList();
    }
    void filtersSelectTheLines()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        const auto parsed = AccessLogFilter::parse(filter);
        QVERIFY(parsed.ok());
        AccessLogCache::Query q;
        q.filter = parsed.value();
        const auto page = cache.page(u"p"_qs, q);
        QVERIFY(page.ok());
        QCOMPARE(ids(page.value()), expected);
        QCOMPARE(cache.count(u"p"_qs, q).value(), qint64(expected.size()));
    }

    // 100,000 lines of several callers: a filtered first window holds only
    // matching lines, newest first. Prints how long the store and the read took.
    void filteredWindowOfALargeCache()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        const QStringList callers{u"alice"_qs, u"bob"_qs, u"carol"_qs, u"dave"_qs, u"svc-etl"_qs};
        const QStringList services{u"payments"_qs, u"ledger"_qs, u"search"_qs};
        QList<AccessLogEntry> lines;
        for (int i = 0; i < 100000; ++i) {
            const int status = i % 97 == 0 ? 503 : i % 7 == 0 ? 403 : 200;
            AccessLogEntry e = line(i, callers.at(i % callers.size()),
                                    services.at(i % services.size()), status, status != 403);
            e.id = u"l-%1"_qs.arg(i, 6, 10, QChar(u'0'));
            lines.append(e);
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cache.store(u"p"_qs, lines, u"c"_qs).isNull());
        const qint64 storeMs = timer.elapsed();
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(u"user = bob and status >= 500"_qs).value();
        timer.restart();
        const auto page = cache.page(u"p"_qs, q);
        const qint64 pageMs = timer.elapsed();
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 200);
        for (const auto &e : page.value())
            QVERIFY(e.caller() == u"bob" && e.status >= 500);
        QVERIFY(page->first().loggedAt > page->last().loggedAt);
        qInfo("stored 100000 lines in %lld ms; first filtered window of 200 in %lld ms", storeMs,
              pageMs);

        // The histogram and the facets of the whole range add up to the count.
        AccessLogCache::Query all;
        all.filter = AccessLogFilter::parse(u"status >= 400"_qs).value();
        timer.restart();
        const auto buckets = cache.histogram(u"p"_qs, all, 60000);
        const qint64 histogramMs = timer.elapsed();
        QVERIFY(buckets.ok());
        qint64 total = 0;
        for (const auto &b : buckets.value())
            total += b.total();
        QCOMPARE(total, cache.count(u"p"_qs, all).value());
        timer.restart();
        for (const auto facet : {AccessLogCache::Facet::Caller, AccessLogCache::Facet::Service,
                                 AccessLogCache::Facet::Status, AccessLogCache::Facet::DenyReason})
            QVERIFY(cache.facet(u"p"_qs, all, facet).ok());
        const qint64 facetsMs = timer.elapsed();
        const auto topCallers = cache.facet(u"p"_qs, all, AccessLogCache::Facet::Caller);
        qint64 byCaller = 0;
        for (const auto &c : topCallers.value())
            byCaller += c.count;
        QCOMPARE(byCaller, total); // five callers: the top five are all of them
        qInfo("histogram of 100000 lines in %lld ms; four facets in %lld ms", histogramMs,
              facetsMs);
    }

    void sinceLimitsTheRange()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        AccessLogCache::Query q;
        q.since = kStart.addSecs(5);
        QCOMPARE(ids(cache.page(u"p"_qs, q).value()),
                 (QStringList{u"line-006"_qs, u"line-005"_qs}));
    }

    void untilAndNewerThanBoundTheRange()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        AccessLogCache::Query q;
        q.since = kStart.addSecs(2);
        q.until = kStart.addSecs(4); // exclusive
        QCOMPARE(ids(cache.page(u"p"_qs, q).value()),
                 (QStringList{u"line-003"_qs, u"line-002"_qs}));
        QCOMPARE(cache.count(u"p"_qs, q).value(), 2);
        AccessLogCache::Query newer;
        newer.newerThan =
            AccessLogCache::Key{kStart.addSecs(4).toMSecsSinceEpoch(), u"line-004"_qs};
        QCOMPARE(ids(cache.page(u"p"_qs, newer).value()),
                 (QStringList{u"line-006"_qs, u"line-005"_qs}));
    }

    // Buckets as the stacked histogram draws them; every line is in exactly
    // one of allowed / denied / 5xx. Expected counts are worked out by hand
    // from sample(): 1 s apart from 16:00:01.
    void histogramCountsEachBucket_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("bucketMs");
        QTest::addColumn<QStringList>("expected"); // "second:allowed/denied/5xx", oldest first

        QTest::newRow("2 s buckets")
            << QString() << 2000
            << QStringList{u"0:1/0/0"_qs, u"2:0/1/1"_qs, u"4:1/0/1"_qs, u"6:0/1/0"_qs};
        QTest::newRow("one bucket") << QString() << 3600000 << QStringList{u"0:2/2/2"_qs};
        QTest::newRow("filtered") << u"user = bob"_qs << 1000
                                  << QStringList{u"1:1/0/0"_qs, u"2:0/0/1"_qs, u"3:0/1/0"_qs};
        QTest::newRow("nothing matches") << u"user = nobody"_qs << 1000 << QStringList();
    }
    void histogramCountsEachBucket()
    {
        QFETCH(QString, filter);
        QFETCH(int, bucketMs);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, sample(), u"c"_qs).isNull()); // never counted
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(filter).value();
        const auto buckets = cache.histogram(u"p"_qs, q, bucketMs);
        QVERIFY(buckets.ok());
        QStringList got;
        for (const auto &b : buckets.value())
            got.append(u"%1:%2/%3/%4"_qs.arg((b.startMs - kStart.toMSecsSinceEpoch()) / 1000)
                           .arg(b.allowed)
                           .arg(b.denied)
                           .arg(b.serverErrors));
        QCOMPARE(got, expected);
    }

    void histogramTotalsEqualTheCount()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QList<AccessLogEntry> lines;
        for (int i = 0; i < 500; ++i)
            lines.append(line(i, u"bob"_qs, u"payments"_qs, i % 11 == 0 ? 502 : 200, i % 3 != 0));
        QVERIFY(cache.store(u"p"_qs, lines, u"c"_qs).isNull());
        AccessLogCache::Query q;
        q.since = kStart.addSecs(100);
        q.until = kStart.addSecs(400);
        const auto buckets = cache.histogram(u"p"_qs, q, 30000);
        QVERIFY(buckets.ok());
        qint64 sum = 0;
        for (const auto &b : buckets.value())
            sum += b.total();
        QCOMPARE(sum, 300);
        QCOMPARE(cache.count(u"p"_qs, q).value(), sum);
        QVERIFY(!cache.histogram(u"p"_qs, q, 0).ok());
    }

    void facetsCountTheTopValues_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<AccessLogCache::Facet>("facet");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // "value=count", most first

        using F = AccessLogCache::Facet;
        QTest::newRow("callers") << QString() << F::Caller << 5
                                 << QStringList{u"bob=3"_qs, u"alice=1"_qs, u"carol=1"_qs,
                                                u"mallory=1"_qs};
        QTest::newRow("top two callers")
            << QString() << F::Caller << 2 << QStringList{u"bob=3"_qs, u"alice=1"_qs};
        QTest::newRow("services") << QString() << F::Service << 5
                                  << QStringList{u"payments=3"_qs, u"=1"_qs, u"ledger=1"_qs,
                                                 u"search=1"_qs};
        QTest::newRow("statuses") << QString() << F::Status << 5
                                  << QStringList{u"200=2"_qs, u"403=2"_qs, u"500=1"_qs,
                                                 u"503=1"_qs};
        QTest::newRow("deny reasons")
            << QString() << F::DenyReason << 5 << QStringList{u"no grant=2"_qs};
        QTest::newRow("bob's services")
            << u"user = bob"_qs << F::Service << 5 << QStringList{u"payments=2"_qs, u"ledger=1"_qs};
        QTest::newRow("no denials among 5xx")
            << u"status >= 500"_qs << F::DenyReason << 5 << QStringList();
    }
    void facetsCountTheTopValues()
    {
        QFETCH(QString, filter);
        QFETCH(AccessLogCache::Facet, facet);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, sample(), u"c"_qs).isNull());
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(filter).value();
        const auto counts = cache.facet(u"p"_qs, q, facet, limit);
        QVERIFY(counts.ok());
        QStringList got;
        for (const auto &c : counts.value())
            got.append(c.value + u'=' + QString::number(c.count));
        QCOMPARE(got, expected);
    }

    void aLineStoredAgainReplacesItself()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c1"_qs).isNull());
        QVERIFY(cache.store(u"p"_qs, sample().mid(4), u"c2"_qs).isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 6);
        QCOMPARE(cache.cursor(u"p"_qs), u"c2"_qs);
    }

    // A retried page, and a page holding a line twice (old and new lines):
    // each line is kept once, with what was stored last.
    void aLineTwiceInOnePageIsKeptOnce()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QList<AccessLogEntry> lines;
        for (int n = 0; n < 9; ++n)
            lines.append(line(n, u"bob"_qs, u"payments"_qs, 200, true));
        QVERIFY(cache.store(u"p"_qs, lines.mid(0, 6), u"c1"_qs).isNull());
        AccessLogEntry changed = lines.at(8);
        changed.status = 418;
        QList<AccessLogEntry> page = lines.mid(3, 6); // 3..8: 3..5 seen before
        page.append(lines.at(4));
        page.append(changed); // 8 again, changed
        QVERIFY(cache.store(u"p"_qs, page, u"c2"_qs).isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 9);
        AccessLogCache::Query teapot;
        teapot.filter = AccessLogFilter::parse(u"status = 418"_qs).value();
        QCOMPARE(cache.count(u"p"_qs, teapot).value(), 1);
        QCOMPARE(cache.page(u"p"_qs, teapot).value().value(0).id, lines.at(8).id);
    }

    void profilesAreKeptApart()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"work"_qs, sample(), u"c"_qs).isNull());
        QCOMPARE(cache.count(u"staging"_qs, {}).value(), 0);
        QVERIFY(cache.page(u"staging"_qs, {})->isEmpty());
        QCOMPARE(cache.cursor(u"staging"_qs), QString());
    }

    // dave (on-call) synced everything; bob signs in with the same profile
    // and must not read what only dave may see.
    void anotherSubjectStartsFromAnEmptyProfile()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.claim(u"p"_qs, u"dave"_qs).isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"123:line-006"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, sample(), u"c"_qs).isNull());
        QVERIFY(cache.claim(u"p"_qs, u"dave"_qs).isNull()); // the same person keeps it all
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 6);
        QCOMPARE(cache.cursor(u"p"_qs), u"123:line-006"_qs);
        QVERIFY(cache.claim(u"p"_qs, u"bob"_qs).isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 0);
        QCOMPARE(cache.cursor(u"p"_qs), QString());
        QCOMPARE(cache.count(u"other"_qs, {}).value(), 6); // other profiles untouched
    }

    void reopenedFileKeepsLinesAndCursor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        {
            AccessLogCache cache(path);
            QVERIFY(cache.open().isNull());
            QVERIFY(cache.store(u"p"_qs, sample(), u"123:line-006"_qs).isNull());
        }
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 6);
        QCOMPARE(cache.cursor(u"p"_qs), u"123:line-006"_qs);
        const auto first = cache.page(u"p"_qs, {})->first();
        QCOMPARE(first.id, u"line-006"_qs);
        QCOMPARE(first.loggedAt, kStart.addSecs(6));
        QVERIFY(first.unknownHost());
    }

    void retentionDropsOldLinesThenTheOldestBeyondTheCap()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, sample(), u"c"_qs).isNull());
        // Lines 1 and 2 are older than line 3's time.
        QCOMPARE(cache.prune(u"p"_qs, kStart.addSecs(3), 0).value(), 2);
        QCOMPARE(ids(cache.page(u"p"_qs, {}).value()),
                 (QStringList{u"line-006"_qs, u"line-005"_qs, u"line-004"_qs, u"line-003"_qs}));
        QCOMPARE(cache.prune(u"p"_qs, {}, 3).value(), 1);
        QCOMPARE(ids(cache.page(u"p"_qs, {}).value()),
                 (QStringList{u"line-006"_qs, u"line-005"_qs, u"line-004"_qs}));
        QCOMPARE(cache.prune(u"p"_qs, {}, 3).value(), 0);
        QCOMPARE(cache.cursor(u"p"_qs), u"c"_qs); // dropped lines are not fetched again
        QCOMPARE(cache.count(u"other"_qs, {}).value(), 6);
    }

    void callerKindIsKept()
    {
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        auto lines = sample();
        lines[0].subjectKind = u"agent"_qs;
        QVERIFY(cache.store(u"p"_qs, lines.mid(0, 1), u"c"_qs).isNull());
        QCOMPARE(cache.page(u"p"_qs, {})->first().subjectKind, u"agent"_qs);
    }

    // A cache written by a version without the caller's kind is synced again
    // from the start instead of showing lines with a blank.
    void aCacheOfAnOlderShapeIsSyncedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_qs,
                     {path, u"CREATE TABLE access_log (profile TEXT, id TEXT, caller TEXT); "
                            u"INSERT INTO access_log VALUES ('p', 'old', 'bob'); "
                            u"CREATE TABLE access_log_sync (profile TEXT PRIMARY KEY, "
                            u"cursor TEXT NOT NULL, subject TEXT NOT NULL DEFAULT ''); "
                            u"INSERT INTO access_log_sync VALUES ('p', '99:old', 'bob');"_qs});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 0);
        QCOMPARE(cache.cursor(u"p"_qs), QString());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        QCOMPARE(cache.count(u"p"_qs, {}).value(), 6);
    }

    void fileIsReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(u"p"_qs, sample(), u"c"_qs).isNull());
        QProcess stat;
        stat.start(u"stat"_qs, {u"-c"_qs, u"%a"_qs, path});
        QVERIFY(stat.waitForFinished(30000));
        QCOMPARE(stat.readAllStandardOutput().trimmed(), QByteArray("600"));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogCache)
#include "tst_accesslogcache.moc"
