// Ingests a Caddy JSON access log into a fresh SQLite store the way gatehoused
// does, and then reads every stored line the way the API serves it. bench/
// ingest-1m runs it against lnav and sqlite3 on the same file.
//
// The path is gatehoused's own: a LogWorker (its thread, its connection, its
// read budget per turn) follows the file until every line is stored or
// counted as malformed; then AccessLogRows reads all lines joined to their
// decisions, with the forged-header check, in pages of the export's size. A
// decision for each line ("d-<n>", as the bench file's lines name them) is in
// the store before the clock starts, so the join finds them.
//
//   build-bench/bin/bench_ingest FILE
//
// Prints one line: stored malformed ingest_s join_s joined flagged peak_rss_kb
// cpu_s ingest_cpu_s (user + system time of the ingest and the join, and of
// the ingest alone, all threads)

#include "AccessLogExport.h"
#include "AccessLogRows.h"
#include "LogWorker.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace gatehouse;
using namespace gatehouse::server;

namespace {

double cpuSeconds()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!f.atEnd())
        lines += f.read(1 << 22).count('\n');
    return lines;
}

// One decision per line of the bench file, made with SQL (not timed).
Error addDecisions(const QString &connection, qint64 count)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery q(db);
    q.prepare(
        u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO decisions (id, decided_at, subject, subject_kind, service, method, host, "
        "path, allowed, status, reason, grant_id, latency_us) "
        "SELECT 'd-' || i, 1796011741000000 + i * 1000, "
        "CASE i % 5 WHEN 0 THEN 'alice' WHEN 1 THEN 'bob' WHEN 2 THEN 'carol' "
        "WHEN 3 THEN 'dave' ELSE 'erin' END, 'user', "
        "CASE i % 2 WHEN 0 THEN 'payments' ELSE 'ledger' END, 'GET', 'payments.localhost', "
        "'/v1/charges', i % 4 <> 3, CASE i % 4 WHEN 3 THEN 403 ELSE 200 END, "
        "CASE i % 4 WHEN 3 THEN 'no grant' ELSE 'grant' END, 'g-' || (i % 1000), 40 FROM n"_qs);
    q.addBindValue(count);
    return sql::inTransaction(db, u"bench decisions"_qs,
                              [&q] { return sql::exec(q, u"decisions"_qs); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ingest FILE\n");
        return 64;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 lines = countLines(path);
    QTemporaryDir dir;
    auto store = Store::open(u"sqlite:"_qs + dir.filePath(u"bench.db"_qs));
    if (!store || lines < 0) {
        std::fprintf(stderr, "%s\n",
                     store ? "cannot read the file" : qPrintable(store.error().logText()));
        return 1;
    }
    if (Error e = addDecisions(store.value()->connectionName(), lines); !e.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.logText()));
        return 1;
    }

    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    double ingestSeconds = 0;
    qint64 malformed = 0;
    double ingestCpu = 0;
    {
        LogWorker::Options options;
        options.accessLog = path;
        options.retention = std::chrono::hours(24 * 365 * 100); // the bench's lines are old
        // gatehoused lowers the worker's priority so decisions come first;
        // the bench measures ingest itself, at the priority lnav and sqlite3 get.
        options.yieldToDecisions = false;
        LogWorker worker(store.value().get(), options);
        if (Error e = worker.start(); !e.isNull()) {
            std::fprintf(stderr, "%s\n", qPrintable(e.logText()));
            return 1;
        }
        while (worker.linesStored() + worker.linesMalformed() < lines) {
            if (timer.elapsed() > 600'000) {
                std::fprintf(stderr, "ingest did not finish in 10 minutes\n");
                return 1;
            }
            QThread::msleep(2); // a poll with a deadline; the worker does the work
        }
        ingestSeconds = double(timer.nsecsElapsed()) / 1e9;
        ingestCpu = cpuSeconds() - cpuBefore;
        malformed = worker.linesMalformed();
    }

    // Every line as GET /v1/access-log and the export serve it.
    timer.restart();
    const AccessLogRows rows(store.value()->connectionName(), true, {});
    const auto last = rows.lastSeq();
    qint64 read = 0, joined = 0, flagged = 0, position = 0;
    while (last && position < last.value()) {
        const auto next = rows.read(position, last.value(), AccessLogExport::kLinesPerChunk,
                                    [&](const AccessLogRow &row) {
                                        ++read;
                                        joined += row.joined ? 1 : 0;
                                        flagged += row.flagged ? 1 : 0;
                                    });
        if (!next) {
            std::fprintf(stderr, "%s\n", qPrintable(next.error().logText()));
            return 1;
        }
        position = next.value();
    }
    const double joinSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;

    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%lld %lld %.3f %.3f %lld %lld %ld %.3f %.3f\n", static_cast<long long>(read),
                static_cast<long long>(malformed), ingestSeconds, joinSeconds,
                static_cast<long long>(joined), static_cast<long long>(flagged),
                long(usage.ru_maxrss), cpu, ingestCpu);
    return 0;
}
