#include "cache/AccessLogCache.h"
#include "cache/AccessLogTextIndexer.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <random>

using namespace gatehouse;

namespace {

const QString kProfile = u"p"_qs;
const QDateTime kStart = QDateTime::fromString(u"2026-12-01T00:00:00.000Z"_qs, Qt::ISODateWithMs);
constexpr qint64 kHourMs = 3600 * 1000LL;

using Predicate = std::function<bool(const AccessLogEntry &)>;

// Lines over 52 hours, 31 s apart plus jitter: callers, services, statuses,
// decisions and flags drawn at random (fixed seed), paths with resource
// numbers, mixed case and a few non-ASCII characters.
QList<AccessLogEntry> randomLines(int count)
{
    std::mt19937 r(20261207);
    const QStringList callers{u"alice"_qs, u"bob"_qs, u"carol"_qs, u"service:ledger"_qs,
                              u"agent:deploy-bot"_qs};
    const QStringList services{u"payments"_qs, u"ledger"_qs, u"search"_qs, QString()};
    const QStringList paths{u"/v1/charges/ch_%1"_qs, u"/v1/Refunds/re_%1"_qs,
                            u"/entries/%1?page=2"_qs, u"/café/%1"_qs, u"/a\"b/%1"_qs};
    const QList<int> statuses{200, 201, 304, 401, 403, 404, 500, 502, 503};
    QList<AccessLogEntry> lines;
    for (int i = 0; i < count; ++i) {
        AccessLogEntry e;
        e.id = u"l%1"_qs.arg(i, 6, 10, QChar(u'0'));
        e.loggedAt = kStart.addMSecs(qint64(i) * 31000 + r() % 9000);
        e.method = r() % 4 ? u"GET"_qs : u"POST"_qs;
        e.service = services.at(int(r() % services.size()));
        e.host = e.service + u".localhost"_qs;
        e.path = paths.at(int(r() % paths.size())).arg(r() % 300);
        e.status = statuses.at(int(r() % statuses.size()));
        e.userId = callers.at(int(r() % callers.size()));
        e.hasDecision = r() % 10 != 0;
        e.subject = e.hasDecision && r() % 5 == 0 ? u"carol"_qs : e.userId;
        e.allowed = e.hasDecision && e.status != 401 && e.status != 403;
        e.flagged = r() % 20 == 0;
        e.reason = e.allowed ? u"allowed"_qs : u"no grant for %1"_qs.arg(e.path);
        e.remoteIp = u"10.0.0.1"_qs;
        lines.append(e);
    }
    return lines;
}

// Runs the sqlite3 shell on the cache file (a reader beside the cache's own
// connection) and returns what it printed.
QString sqlite(const QString &path, const QString &sql)
{
    QProcess p;
    p.start(u"sqlite3"_qs, {path, sql});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"sqlite3 failed: "_qs + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Rows of the hourly counts that a plain GROUP BY over the lines does not
// give, and lines of the trigram index that disagree with the paths; both 0
// when the extra tables agree with the lines.
void verifyAgainstTheLines(const QString &path)
{
    for (const auto &[table, column, ms] :
         {std::tuple{u"access_log_hourly"_qs, u"hour_ms"_qs, u"3600000"_qs},
          std::tuple{u"access_log_daily"_qs, u"day_ms"_qs, u"86400000"_qs}}) {
        const QString grouped = u"SELECT profile, logged_at_ms / %1 * %1, caller, service, "
                                u"status, has_decision, allowed, flagged, count(*) FROM "
                                u"access_log GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"_qs.arg(ms);
        const QString counts = u"SELECT profile, %1, caller, service, status, has_decision, "
                               u"allowed, flagged, n FROM %2"_qs.arg(column, table);
        QCOMPARE(sqlite(path,
                        u"SELECT count(*) FROM ("_qs + counts + u" EXCEPT "_qs + grouped + u")"_qs),
                 u"0"_qs);
        QCOMPARE(sqlite(path,
                        u"SELECT count(*) FROM ("_qs + grouped + u" EXCEPT "_qs + counts + u")"_qs),
                 u"0"_qs);
    }
    // FTS5's own check of an external-content index against its table.
    QCOMPARE(sqlite(path, u"INSERT INTO access_log_text (access_log_text) VALUES "
                          u"('integrity-check'); SELECT 'ok';"_qs),
             u"ok"_qs);
    // The index holds exactly the lines up to the mark: for a few texts the
    // index's rowids are those of the lines at or below it whose paths
    // contain the text; and nothing above the highest line.
    for (const QString &text : {u"Ref"_qs, u"ch_1"_qs, u"zzq"_qs, u"afé"_qs, u"e=2"_qs}) {
        const QString inIndex = sqlite(
            path, u"SELECT group_concat(rowid) FROM (SELECT rowid FROM access_log_text WHERE "
                  u"access_log_text MATCH '\"%1\"' ORDER BY rowid)"_qs.arg(text));
        const QString inLines =
            sqlite(path, u"SELECT group_concat(seq) FROM (SELECT seq FROM access_log WHERE seq <= "
                         u"(SELECT seq FROM access_log_text_mark) AND instr(path, '%1') > 0 "
                         u"ORDER BY seq)"_qs.arg(text));
        QVERIFY2(inIndex == inLines, qPrintable(text + u": "_qs + inIndex + u" / "_qs + inLines));
    }
    QCOMPARE(sqlite(path, u"SELECT (SELECT seq FROM access_log_text_mark) <= "
                          u"(SELECT coalesce(max(seq), 0) FROM access_log)"_qs),
             u"1"_qs);
}

// Indexes every stored path; the cache then has no unindexed tail.
void indexAll(AccessLogCache &cache)
{
    const auto waiting = cache.indexText(1000000);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting.value(), 0);
}

QStringList idsOf(const QList<AccessLogEntry> &lines)
{
    QStringList ids;
    for (const auto &l : lines)
        ids.append(l.id);
    return ids;
}

} // namespace

// The structures beside the cached lines — hourly counts and the trigram index
// of paths — answer exactly what reading every line answers: for random
// filters and unaligned ranges, after replacing lines, after prune and claim.
// The expected answers are computed here from the lines themselves.
class TestAccessLogCacheIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAgreeWithTheLines_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<Predicate>("keeps");
        const auto denied = [](const AccessLogEntry &e) { return e.hasDecision && !e.allowed; };
        QTest::newRow("everything") << QString() << Predicate([](const auto &) { return true; });
        QTest::newRow("user and 5xx")
            << u"user = bob and status >= 500"_qs << Predicate([](const AccessLogEntry &e) {
                   return e.caller() == u"bob" && e.status >= 500;
               });
        QTest::newRow("subject wins over header")
            << u"user = carol"_qs
            << Predicate([](const AccessLogEntry &e) { return e.caller() == u"carol"; });
        QTest::newRow("service or denied") << u"service = ledger or decision = deny"_qs
                                           << Predicate([denied](const AccessLogEntry &e) {
                                                  return e.service == u"ledger" || denied(e);
                                              });
        QTest::newRow("not allowed, 4xx")
            << u"decision != allow and status = 4xx"_qs << Predicate([](const AccessLogEntry &e) {
                   return !(e.hasDecision && e.allowed) && e.status >= 400 && e.status <= 499;
               });
        QTest::newRow("forged") << u"flag = forged"_qs
                                << Predicate([](const AccessLogEntry &e) { return e.flagged; });
        QTest::newRow("no site") << u"flag = unknown-host and status != 404"_qs
                                 << Predicate([](const AccessLogEntry &e) {
                                        return e.hasDecision && e.service.isEmpty() &&
                                               e.status != 404;
                                    });
        QTest::newRow("user contains")
            << u"user ~ :"_qs
            << Predicate([](const AccessLogEntry &e) { return e.caller().contains(u':'); });
        // Fields the hourly counts do not keep: read from the lines.
        QTest::newRow("method (lines)")
            << u"method = POST and status < 300"_qs << Predicate([](const AccessLogEntry &e) {
                   return e.method == u"POST" && e.status < 300;
               });
        QTest::newRow("free text (index)")
            << u"Refunds"_qs
            << Predicate([](const AccessLogEntry &e) { return e.path.contains(u"Refunds"); });
    }

    void countsAgreeWithTheLines()
    {
        QFETCH(QString, filter);
        QFETCH(Predicate, keeps);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        const QList<AccessLogEntry> lines = randomLines(6000);
        for (qsizetype i = 0; i < lines.size(); i += 700) // several pages, like a sync
            QVERIFY(cache.store(kProfile, lines.mid(i, 700), u"c"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, lines.mid(0, 500), u"c"_qs).isNull()); // never counted
        verifyAgainstTheLines(path);

        std::mt19937 r(7);
        const qint64 spanMs =
            lines.last().loggedAt.toMSecsSinceEpoch() - kStart.toMSecsSinceEpoch();
        for (int trial = 0; trial < 12; ++trial) {
            AccessLogCache::Query q;
            q.filter = AccessLogFilter::parse(filter).value();
            // Ranges from minutes to the whole log, rarely on the hour.
            if (trial % 4 != 0)
                q.since = kStart.addMSecs(qint64(r() % quint32(spanMs)));
            if (trial % 3 != 0)
                q.until = (q.since.isValid() ? q.since : kStart)
                              .addMSecs(qint64(r() % quint32(spanMs)) + 60000);
            if (trial == 5) { // exactly on hours
                q.since = kStart.addMSecs(3 * kHourMs);
                q.until = kStart.addMSecs(20 * kHourMs);
            }
            qint64 expected = 0;
            std::map<qint64, std::array<qint64, 3>> buckets; // 2 h buckets
            std::map<QString, qint64> callers, services, statuses;
            for (const AccessLogEntry &e : lines) {
                const qint64 at = e.loggedAt.toMSecsSinceEpoch();
                if ((q.since.isValid() && at < q.since.toMSecsSinceEpoch()) ||
                    (q.until.isValid() && at >= q.until.toMSecsSinceEpoch()) || !keeps(e))
                    continue;
                ++expected;
                auto &b = buckets[at / (2 * kHourMs) * 2 * kHourMs];
                ++b[e.status >= 500 ? 2 : (e.hasDecision && !e.allowed) ? 1 : 0];
                ++callers[e.caller()];
                ++services[e.service];
                ++statuses[QString::number(e.status)];
            }
            const QString where = u"trial %1: %2 .. %3"_qs.arg(trial).arg(
                q.since.toString(Qt::ISODateWithMs), q.until.toString(Qt::ISODateWithMs));
            QVERIFY2(cache.count(kProfile, q).value() == expected,
                     qPrintable(where +
                                u" count %1, expected %2"_qs.arg(cache.count(kProfile, q).value())
                                    .arg(expected)));
            const auto histogram = cache.histogram(kProfile, q, 2 * kHourMs);
            QVERIFY(histogram.ok());
            QCOMPARE(qsizetype(histogram.value().size()), qsizetype(buckets.size()));
            for (const auto &b : histogram.value()) {
                const auto &want = buckets[b.startMs];
                QVERIFY2(b.allowed == want[0] && b.denied == want[1] && b.serverErrors == want[2],
                         qPrintable(where));
            }
            // Day buckets (the daily counts where a whole day is in range).
            std::map<qint64, qint64> days;
            for (const auto &[start, parts] : buckets)
                days[start / (24 * kHourMs) * 24 * kHourMs] += parts[0] + parts[1] + parts[2];
            const auto daily = cache.histogram(kProfile, q, 24 * kHourMs);
            QVERIFY(daily.ok());
            QCOMPARE(qsizetype(daily.value().size()), qsizetype(days.size()));
            for (const auto &b : daily.value())
                QVERIFY2(b.total() == days[b.startMs], qPrintable(where));
            using Facet = AccessLogCache::Facet;
            for (const auto &[facet, want] : {std::pair{Facet::Caller, &callers},
                                              {Facet::Service, &services},
                                              {Facet::Status, &statuses}}) {
                const auto top = cache.facet(kProfile, q, facet, 100);
                QVERIFY(top.ok());
                QCOMPARE(qsizetype(top.value().size()), qsizetype(want->size()));
                for (const auto &c : top.value())
                    QVERIFY2(want->contains(c.value) && want->at(c.value) == c.count,
                             qPrintable(where + u" facet value "_qs + c.value));
            }
        }
    }

    void freeTextAgreesWithContains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("rare, indexed") << u"re_17"_qs;
        QTest::newRow("case is kept") << u"refunds"_qs; // paths say Refunds: no match
        QTest::newRow("on many lines") << u"/v1/"_qs;
        QTest::newRow("two characters") << u"h_"_qs;
        QTest::newRow("one character") << u"9"_qs;
        QTest::newRow("non-ASCII") << u"fé/"_qs;
        QTest::newRow("a quote") << u"a\"b"_qs;
        QTest::newRow("FTS syntax") << u"AND OR NOT*"_qs;
        QTest::newRow("query string") << u"?page=2"_qs;
    }

    void freeTextAgreesWithContains()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        const QList<AccessLogEntry> lines = randomLines(3000);
        // The same answers whether no path, some or all are in the index.
        QVERIFY(cache.store(kProfile, lines.mid(0, 1500), u"c"_qs).isNull());
        const auto check = [&](qsizetype stored, const char *state) {
            QStringList expected;
            for (const AccessLogEntry &e : lines.mid(0, stored))
                if (e.path.contains(text))
                    expected.prepend(e.id); // newest first
            // The filter language has no escapes: a " is quoted with '.
            const QChar mark = text.contains(u'"') ? u'\'' : u'"';
            const QString quoted = mark + text + mark;
            for (const QString &filter : QStringList{quoted, u"path ~ "_qs + quoted}) {
                const auto parsed = AccessLogFilter::parse(filter);
                QVERIFY2(parsed.ok(), qPrintable(filter));
                AccessLogCache::Query q;
                q.filter = parsed.value();
                q.limit = 5000;
                QVERIFY2(idsOf(cache.page(kProfile, q).value()) == expected, state);
                QVERIFY2(cache.count(kProfile, q).value() == qint64(expected.size()), state);
            }
        };
        check(1500, "nothing indexed");
        indexAll(cache);
        check(1500, "all indexed");
        QVERIFY(cache.store(kProfile, lines.mid(1500), u"c"_qs).isNull());
        check(3000, "the newest half not indexed");
        QCOMPARE(cache.indexText(700).value(), 800);
        check(3000, "700 of 1500 new lines indexed");
        indexAll(cache);
        check(3000, "all indexed again");
        verifyAgainstTheLines(dir.filePath(u"cache.sqlite"_qs));
    }

    // The newest line, indexed, stored again with another path: deleted and
    // inserted under the same seq (the highest plus one), which must not
    // pass for indexed; its new path is found, its old one is not.
    void theNewestLineReplacedAfterIndexingIsFoundByItsNewPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QList<AccessLogEntry> lines = randomLines(10);
        lines.last().path = u"/old/qqx"_qs;
        QVERIFY(cache.store(kProfile, lines, u"c1"_qs).isNull());
        indexAll(cache);
        AccessLogEntry changed = lines.last();
        changed.path = u"/new/wwy"_qs;
        QVERIFY(cache.store(kProfile, {changed}, u"c2"_qs).isNull());
        verifyAgainstTheLines(path);
        for (const auto &[text, n] : {std::pair{u"wwy"_qs, 1}, {u"qqx"_qs, 0}}) {
            AccessLogCache::Query q;
            q.filter = AccessLogFilter::parse(text).value();
            QCOMPARE(cache.count(kProfile, q).value(), n);
        }
        QCOMPARE(cache.indexText(100).value(), 0);
        verifyAgainstTheLines(path);
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(u"wwy"_qs).value();
        QCOMPARE(cache.count(kProfile, q).value(), 1);
    }

    // What the console runs after a sync: chunks from the event loop until
    // no line waits; then the index holds every path.
    void theIndexerCatchesUpInChunks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QVERIFY(cache.store(kProfile, randomLines(2500), u"c"_qs).isNull());
        AccessLogTextIndexer indexer(&cache);
        indexer.setChunk(400);
        QSignalSpy finished(&indexer, &AccessLogTextIndexer::finished);
        indexer.start();
        QVERIFY(indexer.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!indexer.isRunning());
        QCOMPARE(sqlite(path, u"SELECT seq FROM access_log_text_mark"_qs),
                 sqlite(path, u"SELECT max(seq) FROM access_log"_qs));
        verifyAgainstTheLines(path);
    }

    void replacedPrunedAndClaimedLinesLeaveNoCounts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        AccessLogCache cache(path);
        QVERIFY(cache.open().isNull());
        QList<AccessLogEntry> lines = randomLines(4000);
        QVERIFY(cache.store(kProfile, lines, u"c1"_qs).isNull());
        QVERIFY(cache.store(u"other"_qs, lines.mid(0, 300), u"c1"_qs).isNull());
        indexAll(cache); // replacing and deleting take indexed paths out

        // Stored again, changed: the old line's counts and path go.
        QList<AccessLogEntry> again = lines.mid(100, 50);
        for (AccessLogEntry &e : again) {
            e.status = 599;
            e.path = u"/replaced/zzq"_qs;
            e.userId = e.subject = u"zed"_qs;
        }
        QVERIFY(cache.store(kProfile, again, u"c2"_qs).isNull());
        verifyAgainstTheLines(path);
        QVERIFY(cache.indexText(20).ok()); // some of them in the index again, some not
        verifyAgainstTheLines(path);
        AccessLogCache::Query zed;
        zed.filter = AccessLogFilter::parse(u"user = zed and status = 599"_qs).value();
        QCOMPARE(cache.count(kProfile, zed).value(), 50);
        AccessLogCache::Query replaced;
        replaced.filter = AccessLogFilter::parse(u"zzq"_qs).value();
        QCOMPARE(cache.count(kProfile, replaced).value(), 50);

        // Retention in the middle of an hour, then by line count.
        const QDateTime cut = kStart.addMSecs(5 * kHourMs + 1234567);
        QVERIFY(cache.prune(kProfile, cut, 0).ok());
        verifyAgainstTheLines(path);
        qint64 left = 0;
        for (const auto &e : lines)
            left += e.loggedAt >= cut ? 1 : 0;
        QCOMPARE(cache.count(kProfile, {}).value(), left);
        QCOMPARE(cache.prune(kProfile, {}, 1000).value(), left - 1000);
        verifyAgainstTheLines(path);
        QCOMPARE(cache.count(kProfile, {}).value(), 1000);
        QCOMPARE(cache.count(kProfile, replaced).value(), 0); // those lines were old

        // Another person: this profile's lines, counts and paths go; the
        // other profile's stay.
        QVERIFY(cache.claim(kProfile, u"someone-else"_qs).isNull());
        verifyAgainstTheLines(path);
        QCOMPARE(cache.count(kProfile, {}).value(), 0);
        QCOMPARE(cache.count(u"other"_qs, {}).value(), 300);
        QCOMPARE(sqlite(path, u"SELECT count(*) FROM access_log_hourly WHERE profile = 'p'"_qs),
                 u"0"_qs);
        // The last profile claimed: everything goes at once, and new lines
        // are found again.
        QVERIFY(cache.claim(u"other"_qs, u"someone-else"_qs).isNull());
        verifyAgainstTheLines(path);
        QCOMPARE(sqlite(path, u"SELECT count(*) FROM access_log_hourly"_qs), u"0"_qs);
        QVERIFY(cache.store(kProfile, lines.mid(0, 200), u"c3"_qs).isNull());
        verifyAgainstTheLines(path);
        indexAll(cache);
        verifyAgainstTheLines(path);
        AccessLogCache::Query text;
        text.filter = AccessLogFilter::parse(u"Refunds"_qs).value();
        qint64 refunds = 0;
        for (const auto &e : lines.mid(0, 200))
            refunds += e.path.contains(u"Refunds") ? 1 : 0;
        QCOMPARE(cache.count(kProfile, text).value(), refunds);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogCacheIndexes)
#include "tst_accesslogcacheindexes.moc"
