// The console's access-log cache at scale, against the issue's goals and
// against lnav on the same lines, in the same run.
//
// 1. Generates N realistic lines (default 10,000,000; 7 days) into a console
//    cache file through AccessLogCache::store (the sync's own write path) and
//    the same lines as Caddy JSON access lines into a file.
// 2. In a fresh process (so the RSS is the reader's, not the generator's):
//    opens the cache, loads the first window of `user = bob and status >= 500`
//    over 7 days into an AccessLogModel the way the console does, scrolls,
//    searches free text, and times facet and histogram GROUP BY queries.
// 3. Times lnav opening the Caddy lines and applying the same filters.
//
//   build-bench/bin/bench_accesslog_cache [--rows N] [--no-lnav] [--keep DIR]
//
// With --keep DIR the files stay in DIR, and a later run with the same DIR
// and row count reuses them instead of generating again.

#include "AccessLogModel.h"
#include "SyntheticAccessLog.h"
#include "cache/AccessLogCache.h"
#include "logs/AccessLogFilter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace gatehouse;
using namespace gatehouse::bench;

namespace {

const QString kProfile = u"bench"_qs;
const QString kFiltered = u"user = bob and status >= 500"_qs;
// A bare word: the filter's free text (the path contains it). A resource
// number an on-call engineer pastes from an error report: a rare match.
const QString kFreeText = u"re_471"_qs;
constexpr qint64 kSpanMs = 7LL * 24 * 3600 * 1000;
const QDateTime kEnd = QDateTime(QDate(2026, 12, 7), QTime(18, 0), Qt::UTC);
constexpr int kRepeats = 3;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double vmRssMb()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The first run (this process has not read the query before) and the median
// of kRepeats runs, in ms.
struct Timing
{
    double first = 0;
    double median = 0;
};

Timing timeIt(const std::function<void()> &run)
{
    QList<double> runs;
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        runs.append(msSince(t));
    }
    Timing result{runs.first(), 0};
    std::sort(runs.begin(), runs.end());
    result.median = runs.at(runs.size() / 2);
    return result;
}

QJsonObject toJson(const Timing &t)
{
    return {{u"first"_qs, t.first}, {u"median"_qs, t.median}};
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_accesslog_cache: %s\n", qPrintable(what));
    std::exit(1);
}

// --- 1. generation ---------------------------------------------------------

qint64 cachedRows(const QString &path)
{
    if (!QFile::exists(path))
        return -1;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bench-probe"_qs);
    db.setDatabaseName(path);
    qint64 rows = -1;
    if (db.open()) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM access_log"_qs) && q.next())
            rows = q.value(0).toLongLong();
    }
    db = {};
    QSqlDatabase::removeDatabase(u"bench-probe"_qs);
    return rows;
}

// Seconds AccessLogCache::store took per million rows; negative when the
// rows were reused.
double generate(const QString &dir, qint64 rows)
{
    const QString cachePath = dir + u"/console-cache.sqlite"_qs;
    const QString logPath = dir + u"/access.log"_qs;
    if (cachedRows(cachePath) == rows && QFile::exists(logPath)) {
        std::printf("reusing %lld rows in %s\n", static_cast<long long>(rows), qPrintable(dir));
        return -1;
    }
    QFile::remove(cachePath);
    QFile::remove(cachePath + u"-wal"_qs);
    QFile::remove(cachePath + u"-shm"_qs);
    AccessLogCache cache(cachePath);
    if (Error e = cache.open(); !e.isNull())
        fail(e.logText());
    QFile log(logPath);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(u"cannot write "_qs + logPath);

    SyntheticAccessLog lines(rows, kEnd, kSpanMs);
    constexpr int kBatch = 20000; // pages of this size, each one transaction
    QElapsedTimer total;
    total.start();
    double storeMs = 0;
    QList<AccessLogEntry> batch;
    batch.reserve(kBatch);
    for (qint64 i = 0; i < rows; ++i) {
        batch.append(lines.next());
        log.write(SyntheticAccessLog::caddyJson(batch.last()));
        if (batch.size() == kBatch || i == rows - 1) {
            QElapsedTimer t;
            t.start();
            if (Error e = cache.store(kProfile, batch, u"c%1"_qs.arg(i)); !e.isNull())
                fail(e.logText());
            storeMs += msSince(t);
            batch.clear();
            if ((i + 1) % 1000000 == 0)
                std::fprintf(stderr, "  %lld rows…\n", static_cast<long long>(i + 1));
        }
    }
    log.close();
    std::printf("generated %lld rows over 7 days in %.1f s; AccessLogCache::store %.1f s "
                "(%.0f rows/s); cache %.0f MB, Caddy log %.0f MB\n",
                static_cast<long long>(rows), msSince(total) / 1000.0, storeMs / 1000.0,
                double(rows) / (storeMs / 1000.0),
                double(QFileInfo(cachePath).size() + QFileInfo(cachePath + u"-wal"_qs).size()) /
                    1e6,
                double(QFileInfo(logPath).size()) / 1e6);
    return storeMs / 1000.0 / (double(rows) / 1e6);
}

// --- 2. the console's reads, in a fresh process ------------------------------

AccessLogFilter parsed(const QString &text)
{
    auto filter = AccessLogFilter::parse(text);
    if (!filter)
        fail(filter.error().logText());
    return filter.value();
}

// The page source the console's controller gives the model.
AccessLogModel::PageSource sourceFor(const AccessLogCache &cache,
                                     const AccessLogCache::Query &query)
{
    return [&cache, query](const AccessLogEntry *after, int limit) {
        AccessLogCache::Query q = query;
        q.limit = limit;
        if (after)
            q.after = AccessLogCache::Key{after->loggedAt.toMSecsSinceEpoch(), after->id};
        return cache.page(kProfile, q);
    };
}

Timing timeSql(const QSqlDatabase &db, const QStringList &statements, qint64 *groups)
{
    return timeIt([&] {
        *groups = 0;
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            q.addBindValue(kProfile);
            q.addBindValue(kEnd.toMSecsSinceEpoch() - kSpanMs);
            if (!q.exec())
                fail(q.lastError().text());
            while (q.next())
                ++*groups;
        }
    });
}

QJsonObject measure(const QString &dir)
{
    QJsonObject out;
    out[u"rssStartMb"_qs] = vmRssMb();
    AccessLogCache cache(dir + u"/console-cache.sqlite"_qs);
    QElapsedTimer t;
    t.start();
    if (Error e = cache.open(); !e.isNull())
        fail(e.logText());
    out[u"openMs"_qs] = msSince(t);

    AccessLogCache::Query filtered;
    filtered.filter = parsed(kFiltered);
    filtered.since = kEnd.addMSecs(-kSpanMs);

    // First window of the filtered view, as the console loads it.
    AccessLogModel model;
    out[u"firstPage"_qs] = toJson(timeIt([&] { model.setSource(sourceFor(cache, filtered)); }));
    if (!model.lastError().isNull())
        fail(model.lastError().logText());
    out[u"firstPageRows"_qs] = model.rowCount();
    out[u"rssMb"_qs] = vmRssMb();

    // The status line's "N requests in the cache match".
    qint64 matching = 0;
    out[u"count"_qs] = toJson(timeIt([&] { matching = cache.count(kProfile, filtered).value(); }));
    out[u"countRows"_qs] = matching;

    // Scrolling: each window the view asks for at the end of the table.
    double worstWindow = 0;
    int windows = 0;
    model.setSource(sourceFor(cache, filtered));
    while (windows < 50 && model.canFetchMore({})) {
        QElapsedTimer w;
        w.start();
        model.fetchMore({});
        worstWindow = std::max(worstWindow, msSince(w));
        ++windows;
    }
    out[u"scrollWorstMs"_qs] = worstWindow;
    out[u"scrollWindows"_qs] = windows;
    out[u"scrollRows"_qs] = model.rowCount();

    // Free text (the bare word: the path contains it).
    AccessLogCache::Query text;
    text.filter = parsed(kFreeText);
    text.since = filtered.since;
    AccessLogModel textModel;
    out[u"freeText"_qs] = toJson(timeIt([&] { textModel.setSource(sourceFor(cache, text)); }));
    out[u"freeTextRows"_qs] = textModel.rowCount();
    qint64 textMatching = 0;
    out[u"freeTextCount"_qs] =
        toJson(timeIt([&] { textMatching = cache.count(kProfile, text).value(); }));
    out[u"freeTextCountRows"_qs] = textMatching;

    // Facets and histogram: AccessLogCache has no such queries; the same SQL
    // the tab would run, on the same file through Qt's SQLite driver.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bench-sql"_qs);
        db.setDatabaseName(dir + u"/console-cache.sqlite"_qs);
        if (!db.open())
            fail(db.lastError().text());
        const QString range = u" FROM access_log WHERE profile = ? AND logged_at_ms >= ? "_qs;
        qint64 groups = 0;
        out[u"facets"_qs] = toJson(timeSql(
            db,
            {u"SELECT caller, count(*) AS n"_qs + range +
                 u"GROUP BY caller ORDER BY n DESC LIMIT 10"_qs,
             u"SELECT service, count(*) AS n"_qs + range +
                 u"GROUP BY service ORDER BY n DESC LIMIT 10"_qs,
             u"SELECT status, count(*) AS n"_qs + range +
                 u"GROUP BY status ORDER BY n DESC LIMIT 10"_qs,
             u"SELECT reason, count(*) AS n"_qs + range +
                 u"AND has_decision = 1 AND allowed = 0 GROUP BY reason ORDER BY n DESC LIMIT 10"_qs},
            &groups));
        out[u"facetGroups"_qs] = groups;
        out[u"histogram"_qs] =
            toJson(timeSql(db,
                           {u"SELECT logged_at_ms / 3600000 AS hour, "
                            u"sum(status < 500 AND NOT (has_decision = 1 AND allowed = 0)), "
                            u"sum(has_decision = 1 AND allowed = 0), sum(status >= 500)"_qs +
                            range + u"GROUP BY hour"_qs},
                           &groups));
        out[u"histogramBuckets"_qs] = groups;
        db = {};
    }
    QSqlDatabase::removeDatabase(u"bench-sql"_qs);
    return out;
}

// --- 3. lnav ---------------------------------------------------------------

// The Caddy format bench/ingest-1m gives lnav.
constexpr const char *kLnavFormat =
    R"({"$schema": "https://lnav.org/schemas/format-v1.schema.json",
  "caddy_access": {"title": "Caddy JSON access log", "json": true, "timestamp-field": "ts",
    "level-field": "level", "body-field": "msg",
    "value": {"logger": {"kind": "string", "identifier": true}, "request": {"kind": "json"},
      "user_id": {"kind": "string", "identifier": true}, "status": {"kind": "integer"},
      "duration": {"kind": "float"}, "size": {"kind": "integer"},
      "resp_headers": {"kind": "json"}}}})";

struct LnavRun
{
    double ms = -1;
    qint64 entries = -1;
    double maxRssMb = -1;
};

// lnav -n (headless) opens the file, applies `filter` and writes the
// filtered view; entries are counted in what it wrote.
LnavRun runLnav(const QString &dir, const QString &filter)
{
    const QString out = dir + u"/lnav-view.txt"_qs;
    const QString rss = dir + u"/lnav-rss.txt"_qs;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, dir + u"/lnav-home"_qs);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(u"/usr/bin/time"_qs,
            {u"-f"_qs, u"%M"_qs, u"-o"_qs, rss, u"lnav"_qs, u"-n"_qs, u"-c"_qs, filter, u"-c"_qs,
             u":write-view-to "_qs + out, dir + u"/access.log"_qs});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return {};
    LnavRun run;
    run.ms = msSince(t);
    QFile view(out);
    if (view.open(QIODevice::ReadOnly)) {
        run.entries = 0;
        while (!view.atEnd())
            run.entries += view.readLine().startsWith("  ts: ") ? 1 : 0;
    }
    QFile r(rss);
    if (r.open(QIODevice::ReadOnly))
        run.maxRssMb = r.readAll().trimmed().split('\n').last().toDouble() / 1024.0;
    QFile::remove(out);
    return run;
}

// --- report ----------------------------------------------------------------

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

void goal(const char *what, double value, double limit, const char *unit, const QString &lnav,
          const QString &note = {})
{
    std::printf("  %-34s %10.1f %-3s < %-6.0f %s  %-22s %s\n", what, value, unit, limit,
                verdict(value < limit), qPrintable(lnav), qPrintable(note));
}

QString lnavText(const LnavRun &run)
{
    if (run.ms < 0)
        return u"lnav: not run"_qs;
    return u"lnav %1 s"_qs.arg(run.ms / 1000.0, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLoggingCategory::setFilterRules(u"gatehouse.*.info=false"_qs);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_qs, u"Rows to generate (10000000)."_qs, u"N"_qs,
                                        u"10000000"_qs);
    const QCommandLineOption keepOption(u"keep"_qs, u"Keep (and reuse) the files in DIR."_qs,
                                        u"DIR"_qs);
    const QCommandLineOption noLnavOption(u"no-lnav"_qs, u"Do not run lnav."_qs);
    const QCommandLineOption measureOption(u"measure"_qs, u"(internal) Measure DIR."_qs, u"DIR"_qs);
    parser.addOptions({rowsOption, keepOption, noLnavOption, measureOption});
    parser.process(app);

    if (parser.isSet(measureOption)) {
        const QString dir = parser.value(measureOption);
        QFile result(dir + u"/reads.json"_qs);
        if (!result.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(u"cannot write the results"_qs);
        result.write(QJsonDocument(measure(dir)).toJson());
        return 0;
    }

    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows <= 0)
        fail(u"--rows takes a positive number"_qs);
    std::optional<QTemporaryDir> temporary;
    QString dir = parser.value(keepOption);
    if (dir.isEmpty()) {
        temporary.emplace();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    dir = QDir(dir).absolutePath();

    const double storeSecondsPerMillion = generate(dir, rows);
    std::fflush(stdout);

    QProcess reader;
    reader.setProcessChannelMode(QProcess::ForwardedChannels);
    reader.start(QCoreApplication::applicationFilePath(), {u"--measure"_qs, dir});
    if (!reader.waitForFinished(-1) || reader.exitCode() != 0)
        fail(u"the reading process failed"_qs);
    QFile resultFile(dir + u"/reads.json"_qs);
    if (!resultFile.open(QIODevice::ReadOnly))
        fail(u"no results"_qs);
    const QJsonObject r = QJsonDocument::fromJson(resultFile.readAll()).object();

    LnavRun lnavFiltered, lnavText_;
    if (!parser.isSet(noLnavOption)) {
        QDir().mkpath(dir + u"/lnav-home"_qs);
        QFile format(dir + u"/caddy_access.json"_qs);
        if (format.open(QIODevice::WriteOnly | QIODevice::Truncate))
            format.write(kLnavFormat);
        format.close();
        QProcess install;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, dir + u"/lnav-home"_qs);
        install.setProcessEnvironment(env);
        install.start(u"lnav"_qs, {u"-i"_qs, format.fileName()});
        install.waitForFinished(-1);
        lnavFiltered = runLnav(dir, u":filter-expr :user_id = 'bob' AND :status >= 500"_qs);
        lnavText_ = runLnav(dir, u":filter-in "_qs + kFreeText);
    }

    const auto ms = [&](const char *key, const char *which = "first") {
        return r[QLatin1String(key)].toObject()[QLatin1String(which)].toDouble();
    };
    const auto n = [&](const char *key) { return r[QLatin1String(key)].toInteger(); };
    std::printf("\naccess-log cache, %lld rows over 7 days, one machine, one run "
                "(first = first run in a fresh process; median of %d)\n",
                static_cast<long long>(rows), kRepeats);
    std::printf("  filtered view: \"%s\" over 7 days; free text: \"%s\"\n", qPrintable(kFiltered),
                qPrintable(kFreeText));
    std::printf("  %-34s %14s   %-6s %s  %-22s %s\n", "", "ours", "goal", "", "lnav (open+filter)",
                "");
    goal("first filtered page (model)", ms("firstPage"), 50, "ms", lnavText(lnavFiltered),
         u"median %1 ms; %2 rows; lnav kept %3 entries"_qs.arg(ms("firstPage", "median"), 0, 'f', 1)
             .arg(n("firstPageRows"))
             .arg(lnavFiltered.entries));
    goal("  status-line count of that view", ms("count"), 50, "ms", QString(),
         u"median %1 ms; %2 match"_qs.arg(ms("count", "median"), 0, 'f', 1).arg(n("countRows")));
    goal("scrolling: worst window (fetchMore)", r[u"scrollWorstMs"_qs].toDouble(), 50, "ms",
         QString(),
         u"%1 windows, %2 rows; no painting measured"_qs.arg(n("scrollWindows"))
             .arg(n("scrollRows")));
    goal("free-text search (first page)", ms("freeText"), 200, "ms", lnavText(lnavText_),
         u"median %1 ms; %2 rows; lnav kept %3 entries"_qs.arg(ms("freeText", "median"), 0, 'f', 1)
             .arg(n("freeTextRows"))
             .arg(lnavText_.entries));
    goal("  status-line count of that search", ms("freeTextCount"), 200, "ms", QString(),
         u"median %1 ms; %2 match"_qs.arg(ms("freeTextCount", "median"), 0, 'f', 1)
             .arg(n("freeTextCountRows")));
    goal("facet counts (4 GROUP BY, SQL)", ms("facets"), 500, "ms", QString(),
         u"median %1 ms; %2 groups; no cache API yet"_qs.arg(ms("facets", "median"), 0, 'f', 1)
             .arg(n("facetGroups")));
    goal("histogram (hourly, SQL)", ms("histogram"), 300, "ms", QString(),
         u"median %1 ms; %2 buckets; no cache API yet"_qs.arg(ms("histogram", "median"), 0, 'f', 1)
             .arg(n("histogramBuckets")));
    goal("RSS, cache open + first window", r[u"rssMb"_qs].toDouble(), 250, "MB",
         lnavFiltered.maxRssMb < 0 ? QString()
                                   : u"lnav peak %1 MB"_qs.arg(lnavFiltered.maxRssMb, 0, 'f', 0),
         u"this process (no widgets), at start %1 MB"_qs.arg(r[u"rssStartMb"_qs].toDouble(), 0, 'f',
                                                             0));
    std::printf("  %-34s %14s   < 10 s   --    not measured (needs a real gatehoused)\n",
                "sync 1M rows from gatehoused", "--");
    if (storeSecondsPerMillion >= 0)
        goal("  its cache writes alone (store), 1M", storeSecondsPerMillion, 10, "s", QString(),
             u"pages of 20000, no network or JSON"_qs);
    return 0;
}
