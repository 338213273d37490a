// Sync of the access log from a real gatehoused into a fresh console cache,
// against the issue's goal ("Sync: 1 million rows from gatehoused into the
// console cache < 10 s"), with the JSON pages as the baseline in the same run.
//
// 1. Starts a real gatehoused (SQLite store) with a test identity provider,
//    stops it, and inserts N realistic lines (default 1,000,000: several
//    services and callers, allowed/denied/5xx, forged headers) with their
//    decisions straight into its SQLite store in one transaction (not through
//    Caddy and ingest, which bench_ingest measures), then starts it again.
// 2. Downloads the export and throws the bytes away: the server's time and
//    the transfer, without parsing or storing.
// 3. Syncs into a fresh cache through the export (AccessLogSync, as the
//    console does) and, as the baseline, through the pages of 1000 lines.
//
//   build-bench/bin/bench_accesslog_sync [--rows N] [--no-pages]

#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "SyntheticAccessLog.h"
#include "api/ControlPlaneClient.h"
#include "cache/AccessLogCache.h"
#include "cache/AccessLogSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

bool seed(const QString &storePath, qint64 rows)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"seed"_qs);
        db.setDatabaseName(storePath);
        if (!db.open())
            return false;
        QSqlQuery(db).exec(u"PRAGMA synchronous = OFF"_qs);
        db.transaction();
        QSqlQuery a(db);
        a.prepare(u"INSERT INTO access_log (id, logged_at, method, host, path, status, "
                  "duration_us, size, remote_ip, user_id, client_identity, decision_id, seq) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        QSqlQuery d(db);
        d.prepare(u"INSERT INTO decisions (id, decided_at, subject, subject_kind, service, "
                  "method, host, path, allowed, status, reason, grant_id, latency_us) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        bench::SyntheticAccessLog log(rows, QDateTime::currentDateTimeUtc(),
                                      qint64(7) * 24 * 3600 * 1000);
        for (qint64 i = 0; i < rows && ok; ++i) {
            const AccessLogEntry e = log.next();
            const qint64 atUs = e.loggedAt.toMSecsSinceEpoch() * 1000;
            const QString decision = u"d-"_qs + QString::number(i);
            const QVariant av[] = {e.id,
                                   atUs,
                                   e.method,
                                   e.host,
                                   e.path,
                                   e.status,
                                   e.durationUs,
                                   e.size,
                                   e.remoteIp,
                                   e.userId,
                                   e.flagged ? u"mallory"_qs : QString(u""_qs),
                                   decision,
                                   i + 1};
            for (int c = 0; c < int(std::size(av)); ++c)
                a.bindValue(c, av[c].typeId() == QMetaType::QString && av[c].toString().isNull()
                                   ? QVariant(u""_qs)
                                   : av[c]);
            ok = a.exec();
            const QVariant dv[] = {decision,   atUs,
                                   e.subject,  e.subjectKind.isEmpty() ? u"user"_qs : e.subjectKind,
                                   e.service,  e.method,
                                   e.host,     e.path,
                                   e.allowed,  e.status,
                                   e.reason,   e.grantId,
                                   qint64(150)};
            for (int c = 0; c < int(std::size(dv)); ++c)
                d.bindValue(c, dv[c].typeId() == QMetaType::QString && dv[c].toString().isNull()
                                   ? QVariant(u""_qs)
                                   : dv[c]);
            ok = ok && d.exec();
            if (!ok)
                std::fprintf(stderr, "seed: %s %s\n", qPrintable(a.lastError().text()),
                             qPrintable(d.lastError().text()));
        }
        QSqlQuery last(db);
        last.prepare(u"UPDATE access_log_seq SET last = ?"_qs);
        last.addBindValue(rows);
        ok = ok && last.exec() && db.commit();
    }
    QSqlDatabase::removeDatabase(u"seed"_qs);
    return ok;
}

struct Download
{
    qint64 ms = 0;
    qint64 wireBytes = 0;
    QByteArray encoding;
    bool ok = false;
};

// The export read and thrown away. Accept-Encoding is set here, so the
// network layer hands over the gzip bytes as they came (what crossed the wire).
Download download(const QUrl &base, const QByteArray &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base.toString() + u"/v1/access-log/export"_qs));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept-Encoding", "gzip");
    Download d;
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [&] { d.wireBytes += reply->readAll().size(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    d.ms = t.elapsed();
    d.ok = reply->error() == QNetworkReply::NoError;
    d.encoding = reply->rawHeader("Content-Encoding");
    reply->deleteLater();
    return d;
}

struct SyncRun
{
    AccessLogSync::Timing timing;
    qint64 rows = 0;
    bool ok = false;
};

SyncRun sync(const QUrl &base, const QByteArray &token, const QString &cachePath,
             AccessLogSync::Mode mode)
{
    QNetworkAccessManager nam;
    ControlPlaneClient client(&nam, base, [token] { return token; });
    AccessLogCache cache(cachePath);
    SyncRun run;
    if (!cache.open().isNull())
        return run;
    AccessLogSync s(&client, &cache, u"bench"_qs);
    s.setMode(mode);
    s.setPageSize(1000);
    QEventLoop loop;
    QObject::connect(&s, &AccessLogSync::synced, &loop, [&] {
        run.ok = true;
        loop.quit();
    });
    QObject::connect(&s, &AccessLogSync::failed, &loop, [&](const Error &e) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(e.logText()));
        loop.quit();
    });
    s.syncNow();
    loop.exec();
    run.timing = s.lastTiming();
    run.rows = cache.count(u"bench"_qs, {}).value();
    return run;
}

double perSecond(qint64 rows, qint64 ms)
{
    return ms > 0 ? rows * 1000.0 / ms : 0;
}

void printRun(const char *name, const SyncRun &r)
{
    const auto &t = r.timing;
    std::printf("%-8s %9lld rows in %7.2f s = %9.0f rows/s   (parse %6.2f s, store %6.2f s, "
                "waiting for server and network %6.2f s)\n",
                name, static_cast<long long>(r.rows), t.totalMs / 1000.0,
                perSecond(r.rows, t.totalMs), t.parseMs / 1000.0, t.storeMs / 1000.0,
                (t.totalMs - t.parseMs - t.storeMs) / 1000.0);
    if (t.bytes > 0)
        std::printf("         %.1f MB of JSON Lines after decompression\n", t.bytes / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QLoggingCategory::setFilterRules(u"gatehouse.*.info=false"_qs);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rowsOption(u"rows"_qs, u"lines to sync (default 1000000)"_qs, u"N"_qs,
                                  u"1000000"_qs);
    QCommandLineOption noPages(u"no-pages"_qs, u"skip the JSON pages baseline"_qs);
    parser.addOptions({rowsOption, noPages});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const auto loadAverage = [] {
        QFile f(u"/proc/loadavg"_qs);
        return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("?");
    };
    std::printf("machine: %d cores, load average %s\n", QThread::idealThreadCount(),
                loadAverage().constData());

    StaticIdp idp;
    if (!idp.start())
        return std::fprintf(stderr, "identity provider did not start\n"), 1;
    GatehousedFixture g;
    if (!g.start(idp.issuer(), demoCatalog()))
        return std::fprintf(stderr, "%s\n", qPrintable(g.diagnostics())), 1;
    g.process().stop();
    QElapsedTimer t;
    t.start();
    if (!seed(g.storePath(), rows))
        return 1;
    std::printf("seeded %lld lines with their decisions into gatehoused's SQLite store in %.1f s "
                "(direct inserts)\n",
                static_cast<long long>(rows), t.elapsed() / 1000.0);
    if (!g.restart())
        return std::fprintf(stderr, "%s\n", qPrintable(g.diagnostics())), 1;
    const QByteArray token = idp.token(u"dave"_qs, {u"oncall"_qs});
    QTemporaryDir dir;

    const Download d = download(g.url(), token);
    std::printf("export download only (server + transfer, nothing parsed or stored): %.2f s, "
                "%.1f MB on the wire (Content-Encoding: %s)%s\n",
                d.ms / 1000.0, d.wireBytes / 1e6,
                d.encoding.isEmpty() ? "none" : d.encoding.constData(), d.ok ? "" : "  FAILED");

    const SyncRun bulk =
        sync(g.url(), token, dir.filePath(u"export.sqlite"_qs), AccessLogSync::Mode::Export);
    printRun("export", bulk);
    if (!parser.isSet(noPages)) {
        const SyncRun pages =
            sync(g.url(), token, dir.filePath(u"pages.sqlite"_qs), AccessLogSync::Mode::Pages);
        printRun("pages", pages);
        if (bulk.timing.totalMs > 0)
            std::printf("ratio: export is %.2fx the speed of the JSON pages (baseline)\n",
                        double(pages.timing.totalMs) / bulk.timing.totalMs);
    }
    std::printf("load average now %s\n", loadAverage().constData());
    const double goalSeconds = 10.0 * rows / 1e6;
    const bool pass = bulk.ok && bulk.rows == rows && bulk.timing.totalMs / 1000.0 < goalSeconds;
    std::printf("goal: 1,000,000 rows < 10 s (%lld rows < %.1f s): %.2f s  %s\n",
                static_cast<long long>(rows), goalSeconds, bulk.timing.totalMs / 1000.0,
                pass ? "PASS" : "MISS");
    return bulk.ok && bulk.rows == rows ? 0 : 1;
}
