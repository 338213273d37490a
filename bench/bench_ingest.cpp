// Ingests a Caddy JSON access log into a fresh SQLite store the way gatehoused
// does (AccessLogIngest: simdjson, batched transactions with the position)
// and prints lines per second. bench/ingest-1m runs it against lnav and sqlite3.
//
//   build/bin/bench_ingest FILE

#include "AccessLogIngest.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace gatehouse;
using namespace gatehouse::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ingest FILE\n");
        return 64;
    }
    QTemporaryDir dir;
    auto store = Store::open(u"sqlite:"_qs + dir.filePath(u"bench.db"_qs));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().logText()));
        return 1;
    }
    AccessLogIngest ingest(store.value()->connectionName(), QString::fromLocal8Bit(argv[1]));
    QElapsedTimer timer;
    timer.start();
    if (Error e = ingest.poll(); !e.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.logText()));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%lld %lld %.3f\n", static_cast<long long>(ingest.linesStored()),
                static_cast<long long>(ingest.linesMalformed()), seconds);
    return 0;
}
