// The console's access-log cache at scale, against the issue's goals and
// against lnav on the same lines, in the same run.
//
// 1. Generates N realistic lines (default 10,000,000; 7 days) into a console
//    cache file through AccessLogCache::store (the sync's own write path) and
//    the same lines as Caddy JSON access lines into a file.
//    The first --lnav-rows of them (all by default) also go, as Caddy JSON
//    access lines, into a file for lnav.
// 2. In a fresh process (so the RSS is the reader's, not the generator's):
//    opens the cache, loads the first window of `user = bob and status >= 500`
//    over the last 7 days into an AccessLogModel the way the console does,
//    scrolls the real AccessLogView's table over all 7 days offscreen (each
//    step painted, fetchMore included), searches free text, and asks the
//    cache for the four facets and the histogram (AccessLogCache's own API).
// 3. Times lnav opening the Caddy lines and applying the same filters.
//
//   build-bench/bin/bench_accesslog_cache [--rows N] [--lnav-rows N] [--no-lnav] [--keep DIR]
//
// With --keep DIR the files stay in DIR, and a later run with the same DIR
// and row counts reuses them instead of generating again.

#include "AccessLogModel.h"
#include "AccessLogView.h"
#include "SyntheticAccessLog.h"
#include "cache/AccessLogCache.h"
#include "logs/AccessLogFilter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
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
// The console's "last 7 days" is counted from now, which is not on the hour.
const QDateTime kNow = kEnd.addSecs(20 * 60 + 34);
const QDateTime kSince = kNow.addMSecs(-kSpanMs);
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
constexpr int kRepeats = 3;

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

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

struct Writes
{
    double firstMillionS = -1; // store() of the first 1M rows, into an empty cache
    double firstMillionCpuS = -1;
    double perMillionS = -1; // store() per 1M rows, all of them
    double indexS = -1;      // indexText() of every row after the sync, in chunks
    double indexCpuS = -1;
};

QString lnavRowsFile(const QString &dir)
{
    return dir + u"/access.log.rows"_qs;
}

Writes generate(const QString &dir, qint64 rows, qint64 lnavRows)
{
    const QString cachePath = dir + u"/console-cache.sqlite"_qs;
    const QString logPath = dir + u"/access.log"_qs;
    QFile rowsFile(lnavRowsFile(dir));
    const qint64 loggedBefore =
        rowsFile.open(QIODevice::ReadOnly) ? rowsFile.readAll().trimmed().toLongLong() : -1;
    rowsFile.close();
    if (cachedRows(cachePath) == rows && QFile::exists(logPath) && loggedBefore == lnavRows) {
        std::printf("reusing %lld rows in %s\n", static_cast<long long>(rows), qPrintable(dir));
        return {};
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
    constexpr int kBatch = 5000; // pages of this size (a sync batch), each one transaction
    QElapsedTimer total;
    total.start();
    double storeMs = 0;
    double firstMillionMs = -1;
    double storeCpuMs = 0;
    double firstMillionCpuMs = -1;
    QList<AccessLogEntry> batch;
    batch.reserve(kBatch);
    for (qint64 i = 0; i < rows; ++i) {
        batch.append(lines.next());
        if (i < lnavRows)
            log.write(SyntheticAccessLog::caddyJson(batch.last()));
        if (batch.size() == kBatch || i == rows - 1) {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuMs();
            if (Error e = cache.store(kProfile, batch, u"c%1"_qs.arg(i)); !e.isNull())
                fail(e.logText());
            storeMs += msSince(t);
            storeCpuMs += cpuMs() - cpu;
            batch.clear();
            if (i + 1 == 1000000) {
                firstMillionMs = storeMs;
                firstMillionCpuMs = storeCpuMs;
            }
            if ((i + 1) % 1000000 == 0)
                std::fprintf(stderr, "  %lld rows…\n", static_cast<long long>(i + 1));
        }
    }
    log.close();
    // What the console does after a sync, from an idle timer: the paths into
    // the trigram index, in chunks of the console's size.
    QElapsedTimer indexing;
    indexing.start();
    const double indexCpu = cpuMs();
    for (;;) {
        const auto waiting = cache.indexText(2000);
        if (!waiting)
            fail(waiting.error().logText());
        if (waiting.value() == 0)
            break;
    }
    const double indexMs = msSince(indexing);
    const double indexCpuMs = cpuMs() - indexCpu;
    if (rowsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        rowsFile.write(QByteArray::number(lnavRows));
    std::printf("generated %lld rows over 7 days in %.1f s; AccessLogCache::store %.1f s "
                "(%.1f s CPU; %.0f rows/s), then indexText %.1f s (%.1f s CPU); cache %.0f MB, "
                "Caddy log %.0f MB\n",
                static_cast<long long>(rows), msSince(total) / 1000.0, storeMs / 1000.0,
                storeCpuMs / 1000.0, double(rows) / (storeMs / 1000.0), indexMs / 1000.0,
                indexCpuMs / 1000.0,
                double(QFileInfo(cachePath).size() + QFileInfo(cachePath + u"-wal"_qs).size()) /
                    1e6,
                double(QFileInfo(logPath).size()) / 1e6);
    return {firstMillionMs / 1000.0, firstMillionCpuMs / 1000.0,
            storeMs / 1000.0 / (double(rows) / 1e6), indexMs / 1000.0, indexCpuMs / 1000.0};
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

double vmHwmMb()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Scrolls the real view's table over the unfiltered 7 days, a page per
// step, each step painted at once (the view's own fetchMore included).
void scroll(const AccessLogCache &cache, QJsonObject &out)
{
    AccessLogCache::Query all;
    all.since = kSince;
    AccessLogModel model;
    model.setSource(sourceFor(cache, all));
    AccessLogView view(&model);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    QTableView *table = view.table();
    QScrollBar *bar = table->verticalScrollBar();
    constexpr int kSteps = 400;
    QList<double> steps;
    for (int i = 0; i < kSteps; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        steps.append(msSince(t));
    }
    out[u"scrollRows"_qs] = model.rowCount();
    out[u"scrollSteps"_qs] = kSteps;
    out[u"scrollOver50"_qs] =
        int(std::count_if(steps.begin(), steps.end(), [](double ms) { return ms > 50; }));
    std::sort(steps.begin(), steps.end());
    out[u"scrollWorstMs"_qs] = steps.last();
    out[u"scrollMedianMs"_qs] = steps.at(steps.size() / 2);
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

    AccessLogCache::Query all;
    all.since = kSince;
    AccessLogCache::Query filtered;
    filtered.filter = parsed(kFiltered);
    filtered.since = kSince;

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

    // Free text (the bare word: the path contains it).
    AccessLogCache::Query text;
    text.filter = parsed(kFreeText);
    text.since = kSince;
    AccessLogModel textModel;
    out[u"freeText"_qs] = toJson(timeIt([&] { textModel.setSource(sourceFor(cache, text)); }));
    out[u"freeTextRows"_qs] = textModel.rowCount();
    qint64 textMatching = 0;
    out[u"freeTextCount"_qs] =
        toJson(timeIt([&] { textMatching = cache.count(kProfile, text).value(); }));
    out[u"freeTextCountRows"_qs] = textMatching;
    // Text on most lines: the first page comes from the newest lines.
    AccessLogCache::Query common;
    common.filter = parsed(u"api"_qs);
    common.since = kSince;
    AccessLogModel commonModel;
    out[u"commonText"_qs] =
        toJson(timeIt([&] { commonModel.setSource(sourceFor(cache, common)); }));

    // The tab's summary: four facets and the histogram, for the unfiltered
    // 7 days (the heaviest case) and for the filtered view; day buckets as
    // the tab draws 7 days.
    using Facet = AccessLogCache::Facet;
    for (const auto &[name, query] :
         {std::pair{u"all"_qs, all}, std::pair{u"filtered"_qs, filtered}}) {
        qint64 values = 0;
        out[u"facets-"_qs + name] = toJson(timeIt([&, &query = query] {
            values = 0;
            for (Facet f : {Facet::Caller, Facet::Service, Facet::Status, Facet::DenyReason})
                values += cache.facet(kProfile, query, f).value().size();
        }));
        out[u"facetValues-"_qs + name] = values;
        qint64 buckets = 0;
        out[u"histogram-"_qs + name] = toJson(timeIt([&, &query = query] {
            buckets = cache.histogram(kProfile, query, kDayMs).value().size();
        }));
        out[u"histogramBuckets-"_qs + name] = buckets;
    }
    // Hourly buckets over 7 days.
    out[u"histogramHourly"_qs] =
        toJson(timeIt([&] { (void)cache.histogram(kProfile, all, 3600 * 1000LL); }));
    // A filter the hourly counts do not keep (read from the lines).
    AccessLogCache::Query byMethod;
    byMethod.filter = parsed(u"method = DELETE and status >= 500"_qs);
    byMethod.since = kSince;
    out[u"facetsLines"_qs] = toJson(timeIt([&] {
        for (Facet f : {Facet::Caller, Facet::Service, Facet::Status, Facet::DenyReason})
            (void)cache.facet(kProfile, byMethod, f);
    }));

    scroll(cache, out);
    out[u"rssEndMb"_qs] = vmRssMb();
    out[u"rssPeakMb"_qs] = vmHwmMb();
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
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_qs, u"Rows to generate (10000000)."_qs, u"N"_qs,
                                        u"10000000"_qs);
    const QCommandLineOption keepOption(u"keep"_qs, u"Keep (and reuse) the files in DIR."_qs,
                                        u"DIR"_qs);
    const QCommandLineOption noLnavOption(u"no-lnav"_qs, u"Do not run lnav."_qs);
    const QCommandLineOption lnavRowsOption(
        u"lnav-rows"_qs, u"Give lnav only the first N (oldest) lines (default: all)."_qs, u"N"_qs);
    const QCommandLineOption measureOption(u"measure"_qs, u"(internal) Measure DIR."_qs, u"DIR"_qs);
    parser.addOptions({rowsOption, keepOption, noLnavOption, lnavRowsOption, measureOption});
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
    // --no-lnav alone writes no Caddy file; with --lnav-rows it is written
    // (for a later run that reuses the files).
    qint64 lnavRows = parser.isSet(noLnavOption) ? 0 : rows;
    if (parser.isSet(lnavRowsOption))
        lnavRows = std::min(rows, parser.value(lnavRowsOption).toLongLong());
    std::optional<QTemporaryDir> temporary;
    QString dir = parser.value(keepOption);
    if (dir.isEmpty()) {
        temporary.emplace();
        dir = temporary->path();
    }
    QDir().mkpath(dir);
    dir = QDir(dir).absolutePath();

    const Writes writes = generate(dir, rows, lnavRows);
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

    const auto ms = [&](const QString &key, const char *which = "first") {
        return r[key].toObject()[QLatin1String(which)].toDouble();
    };
    const auto median = [&](const QString &key) {
        return u"median %1 ms"_qs.arg(ms(key, "median"), 0, 'f', 1);
    };
    const auto n = [&](const QString &key) { return r[key].toInteger(); };
    std::printf("\naccess-log cache, %lld rows over 7 days, one machine, one run "
                "(first = first run in a fresh process; median of %d)\n",
                static_cast<long long>(rows), kRepeats);
    std::printf("  filtered view: \"%s\" over the last 7 days; free text: \"%s\"\n",
                qPrintable(kFiltered), qPrintable(kFreeText));
    if (lnavRows > 0 && lnavRows < rows)
        std::printf("  lnav is given only the oldest %lld lines (%.0f%% of them)\n",
                    static_cast<long long>(lnavRows), 100.0 * double(lnavRows) / double(rows));
    std::printf("  %-36s %12s   %-6s %s  %-22s %s\n", "", "ours", "goal", "", "lnav (open+filter)",
                "");
    goal("first filtered page (model)", ms(u"firstPage"_qs), 50, "ms", lnavText(lnavFiltered),
         median(u"firstPage"_qs) + u"; %1 rows; lnav kept %2 entries"_qs.arg(n(u"firstPageRows"_qs))
                                       .arg(lnavFiltered.entries));
    goal("  status-line count of that view", ms(u"count"_qs), 50, "ms", QString(),
         median(u"count"_qs) + u"; %1 match"_qs.arg(n(u"countRows"_qs)));
    goal("free-text search (first page)", ms(u"freeText"_qs), 200, "ms", lnavText(lnavText_),
         median(u"freeText"_qs) + u"; %1 rows; lnav kept %2 entries"_qs.arg(n(u"freeTextRows"_qs))
                                      .arg(lnavText_.entries));
    goal("  status-line count of that search", ms(u"freeTextCount"_qs), 200, "ms", QString(),
         median(u"freeTextCount"_qs) + u"; %1 match"_qs.arg(n(u"freeTextCountRows"_qs)));
    goal("  free text on most lines (\"api\")", ms(u"commonText"_qs), 200, "ms", QString(),
         median(u"commonText"_qs));
    goal("facets (4), all lines of 7 days", ms(u"facets-all"_qs), 500, "ms", QString(),
         median(u"facets-all"_qs) + u"; %1 values"_qs.arg(n(u"facetValues-all"_qs)));
    goal("facets (4), filtered view", ms(u"facets-filtered"_qs), 500, "ms", QString(),
         median(u"facets-filtered"_qs) + u"; %1 values"_qs.arg(n(u"facetValues-filtered"_qs)));
    goal("  facets (4), method = DELETE & 5xx", ms(u"facetsLines"_qs), 500, "ms", QString(),
         median(u"facetsLines"_qs) + u"; read from the lines"_qs);
    goal("histogram (days), all lines", ms(u"histogram-all"_qs), 300, "ms", QString(),
         median(u"histogram-all"_qs) + u"; %1 buckets"_qs.arg(n(u"histogramBuckets-all"_qs)));
    goal("histogram (days), filtered view", ms(u"histogram-filtered"_qs), 300, "ms", QString(),
         median(u"histogram-filtered"_qs) +
             u"; %1 buckets"_qs.arg(n(u"histogramBuckets-filtered"_qs)));
    goal("  histogram (hours), all lines", ms(u"histogramHourly"_qs), 300, "ms", QString(),
         median(u"histogramHourly"_qs));
    goal("scrolling the table: worst step", r[u"scrollWorstMs"_qs].toDouble(), 50, "ms", QString(),
         u"median %1 ms; %2 of %3 steps over 50 ms; %4 rows loaded; painted"_qs
             .arg(r[u"scrollMedianMs"_qs].toDouble(), 0, 'f', 1)
             .arg(n(u"scrollOver50"_qs))
             .arg(n(u"scrollSteps"_qs))
             .arg(n(u"scrollRows"_qs)));
    goal("RSS, cache open, view scrolled", r[u"rssPeakMb"_qs].toDouble(), 250, "MB",
         lnavFiltered.maxRssMb < 0 ? QString()
                                   : u"lnav peak %1 MB"_qs.arg(lnavFiltered.maxRssMb, 0, 'f', 0),
         u"peak of the reading process (with widgets); %1 MB after the first page"_qs.arg(
             r[u"rssMb"_qs].toDouble(), 0, 'f', 0));
    std::printf("  %-36s %12s   < 10 s   --    not measured here (needs a real gatehoused)\n",
                "sync 1M rows from gatehoused", "--");
    if (writes.firstMillionS >= 0)
        goal("  its cache writes alone: first 1M", writes.firstMillionS, 10, "s", QString(),
             u"store() in pages of 5000 into an empty cache; %1 s of it on the CPU"_qs.arg(
                 writes.firstMillionCpuS, 0, 'f', 1));
    if (writes.perMillionS >= 0)
        goal("  cache writes per 1M, all rows", writes.perMillionS, 10, "s", QString(),
             u"average while the cache grows to %1 rows"_qs.arg(rows));
    if (writes.indexS >= 0)
        std::printf("  %-36s %10.1f s   (after the sync, from an idle timer; %.1f s CPU)\n",
                    "  paths into the trigram index, all", writes.indexS, writes.indexCpuS);
    return 0;
}
