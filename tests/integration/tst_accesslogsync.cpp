#include "CaddyAccessLines.h"
#include "GatehousedFixture.h"
#include "ManagedProcess.h"
#include "StaticIdp.h"
#include "api/ControlPlaneClient.h"
#include "cache/AccessLogCache.h"
#include "cache/AccessLogSync.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
bool appendLines(const QString &path, int from, int to)
{
    QByteArray text;
    for (int i = from; i < to; ++i)
        text += caddyAccessLine(i);
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(text) == text.size();
}
// Between the console and gatehoused: passes requests on, and answers the
// export with a 404 (an older gatehoused) or cuts the answer after
// `cutAfter` bytes (a connection that drops), as the test asks.
class CuttingProxy : public QObject
{
public:
    explicit CuttingProxy(quint16 upstreamPort)
        : m_upstream(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                pipe(client);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_qs.arg(m_server.serverPort())); }
    qint64 cutAfter = -1;       // bytes of an export answer; -1: never
    bool exportMissing = false; // answer the export with 404
    qint64 exportBytes = 0;     // bytes of export answers passed on

private:
    void pipe(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto isExport = std::make_shared<bool>(false);
        auto passed = std::make_shared<qint64>(0);
        connect(client, &QTcpSocket::readyRead, client, [=, this] {
            const QByteArray bytes = client->readAll();
            if (bytes.startsWith("GET ")) // a new request on this connection
                *isExport = bytes.contains("/v1/access-log/export");
            if (*isExport && exportMissing) {
                const QByteArray body =
                    R"({"error":{"code":"not_found","message":"No such endpoint."}})";
                client->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                return;
            }
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
            QByteArray bytes = upstream->readAll();
            if (*isExport && cutAfter >= 0 && *passed + bytes.size() > cutAfter) {
                client->write(bytes.left(cutAfter - *passed));
                client->flush();
                client->disconnectFromHost();
                upstream->abort();
                return;
            }
            *passed += bytes.size();
            if (*isExport)
                exportBytes += bytes.size();
            client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    }

    QTcpServer m_server;
    quint16 m_upstream;
};
} // namespace

// The console's access-log sync against a real gatehoused following a log
// file: every line arrives once, in pages, later syncs bring only what is new,
// and the cache reads the same after the control plane is gone.
class TestAccessLogSync : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_idp.start()); }

    void syncsEveryLineOnceThenOnlyNewOnesAndReadsOffline_data()
    {
        QTest::addColumn<AccessLogSync::Mode>("mode");
        QTest::newRow("export") << AccessLogSync::Mode::Export;
        QTest::newRow("pages") << AccessLogSync::Mode::Pages;
    }
    void syncsEveryLineOnceThenOnlyNewOnesAndReadsOffline()
    {
        QFETCH(AccessLogSync::Mode, mode);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        const QString cachePath = dir.filePath(u"console/cache.sqlite"_qs);
        QVERIFY(appendLines(log, 0, 23));
        auto g = std::make_unique<GatehousedFixture>();
        QVERIFY2(g->start(m_idp.issuer(),
                          demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log)),
                 qPrintable(g->diagnostics()));
        const QByteArray token = m_idp.token(u"dave"_qs, {u"oncall"_qs});
        QNetworkAccessManager nam;
        ControlPlaneClient client(&nam, g->url(), [token] { return token; });
        AccessLogCache cache(cachePath);
        QVERIFY(cache.open().isNull());
        AccessLogSync sync(&client, &cache, u"work"_qs);
        sync.setMode(mode);
        sync.setPageSize(5);
        QSignalSpy synced(&sync, &AccessLogSync::synced);
        QSignalSpy failed(&sync, &AccessLogSync::failed);

        // Ingest runs on its own clock: sync until all 23 are here.
        QVERIFY(pollUntil(
            [&] {
                sync.syncNow();
                synced.wait(10000);
                return cache.count(u"work"_qs, {}).value() == 23;
            },
            std::chrono::seconds(60)));
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? ""
                                  : qPrintable(failed.first().first().value<Error>().logText()));

        QVERIFY(appendLines(log, 23, 30));
        QVERIFY(pollUntil(
            [&] {
                sync.syncNow();
                synced.wait(10000);
                return cache.count(u"work"_qs, {}).value() >= 30;
            },
            std::chrono::seconds(60)));
        QCOMPARE(cache.count(u"work"_qs, {}).value(), 30);
        // A sync with nothing new brings nothing: the server says where the
        // end is, even on its last page.
        synced.clear();
        sync.syncNow();
        QVERIFY(synced.wait(10000));
        QCOMPARE(synced.first().first().toInt(), 0);
        QCOMPARE(cache.count(u"work"_qs, {}).value(), 30);
        QCOMPARE(sync.mode(), mode);

        // A line that arrives late, logged before all the others (another
        // Caddy's log, another replica), is synced all the same.
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::Append));
            const QByteArray late =
                caddyAccessLine(0).replace("\"ts\":1796011741.", "\"ts\":1796011700.");
            QVERIFY(late.contains("1796011700."));
            QCOMPARE(f.write(late), late.size());
        }
        QVERIFY(pollUntil(
            [&] {
                sync.syncNow();
                synced.wait(10000);
                return cache.count(u"work"_qs, {}).value() == 31;
            },
            std::chrono::seconds(60)));

        // What the cache holds is what the API said: decision, flag, no query string.
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(u"flag = forged"_qs).value();
        const auto forged = cache.page(u"work"_qs, q);
        QVERIFY(forged.ok());
        QCOMPARE(forged->size(), 31); // every sample line carries a client-sent X-Gatehouse-User
        QCOMPARE(forged->first().path, u"/v1/charges"_qs);
        QCOMPARE(forged->first().userId, u"bob"_qs);

        // The control plane goes away: the lines stay readable from the file.
        g.reset();
        AccessLogCache reopened(cachePath);
        QVERIFY(reopened.open().isNull());
        QCOMPARE(reopened.count(u"work"_qs, {}).value(), 31);
        QCOMPARE(reopened.page(u"work"_qs, {})->size(), 31);

        // Never a token in the cache (nor its journal).
        for (const QString &name : QDir(dir.filePath(u"console"_qs)).entryList(QDir::Files))
            QVERIFY2(!fileBytes(dir.filePath(u"console/"_qs + name)).contains(token),
                     qPrintable(name));
    }

    void someoneWhoMaySeeNothingCachesNothing()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        QVERIFY(appendLines(log, 0, 5));
        GatehousedFixture g;
        QVERIFY2(
            g.start(m_idp.issuer(), demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log)),
            qPrintable(g.diagnostics()));
        const QByteArray dave = m_idp.token(u"dave"_qs, {u"oncall"_qs});
        const QByteArray bob = m_idp.token(u"bob"_qs, {});
        QNetworkAccessManager nam;
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        ControlPlaneClient daveClient(&nam, g.url(), [dave] { return dave; });
        AccessLogSync daveSync(&daveClient, &cache, u"dave"_qs);
        QSignalSpy daveSynced(&daveSync, &AccessLogSync::synced);
        QVERIFY(pollUntil(
            [&] {
                daveSync.syncNow();
                daveSynced.wait(10000);
                return cache.count(u"dave"_qs, {}).value() == 5;
            },
            std::chrono::seconds(60)));
        ControlPlaneClient bobClient(&nam, g.url(), [bob] { return bob; });
        AccessLogSync bobSync(&bobClient, &cache, u"bob"_qs);
        QSignalSpy bobSynced(&bobSync, &AccessLogSync::synced);
        bobSync.syncNow();
        QVERIFY(bobSynced.wait(10000));
        QCOMPARE(cache.count(u"bob"_qs, {}).value(), 0);
    }

    // The connection drops in the middle of an export: what arrived in whole
    // chunks is kept with their cursor, the broken chunk is not, and the next
    // sync brings only the rest.
    void anInterruptedExportResumesAfterItsLastWholeChunk()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        constexpr int kLines = 9000; // chunks of 4000, 4000 and 1000
        QVERIFY(appendLines(log, 0, kLines));
        GatehousedFixture g;
        QVERIFY2(
            g.start(m_idp.issuer(), demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log)),
            qPrintable(g.diagnostics()));
        const QByteArray token = m_idp.token(u"dave"_qs, {u"oncall"_qs});
        CuttingProxy proxy(quint16(g.url().port()));
        QVERIFY(proxy.listen());
        QNetworkAccessManager nam;
        ControlPlaneClient direct(&nam, g.url(), [token] { return token; });
        ControlPlaneClient cut(&nam, proxy.url(), [token] { return token; });

        // A first, whole sync through the proxy measures the answer.
        AccessLogCache measure(dir.filePath(u"measure.sqlite"_qs));
        QVERIFY(measure.open().isNull());
        AccessLogSync whole(&cut, &measure, u"work"_qs);
        QSignalSpy wholeSynced(&whole, &AccessLogSync::synced);
        QVERIFY(pollUntil(
            [&] {
                proxy.exportBytes = 0;
                whole.syncNow();
                wholeSynced.wait(30000);
                return measure.count(u"work"_qs, {}).value() == kLines;
            },
            std::chrono::seconds(60)));
        QVERIFY(proxy.exportBytes > 0);

        // Cut at 60 %: inside the second chunk.
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        proxy.cutAfter = proxy.exportBytes * 6 / 10;
        AccessLogSync broken(&cut, &cache, u"work"_qs);
        QSignalSpy failed(&broken, &AccessLogSync::failed);
        broken.syncNow();
        QVERIFY(failed.wait(30000));
        // Whole chunks only, each with its cursor. (Usually the first chunk;
        // Qt's network layer may drop what it had read when the connection
        // breaks, so none is possible too.)
        const qint64 kept = cache.count(u"work"_qs, {}).value();
        QVERIFY2(kept == 0 || kept == 4000, qPrintable(QString::number(kept)));
        QCOMPARE(cache.cursor(u"work"_qs), kept == 0 ? QString() : u"seq:4000"_qs);
        qInfo() << "kept after the cut:" << kept;

        AccessLogSync resumed(&direct, &cache, u"work"_qs);
        QSignalSpy synced(&resumed, &AccessLogSync::synced);
        resumed.syncNow();
        QVERIFY(synced.wait(30000));
        QCOMPARE(synced.first().first().toInt(), kLines - kept); // nothing twice
        QCOMPARE(cache.count(u"work"_qs, {}).value(), kLines);
        QCOMPARE(cache.cursor(u"work"_qs), u"seq:9000"_qs);
    }

    // A gatehoused from before the export answers it with 404: the sync
    // reads pages instead and gets every line.
    void anOlderServerIsReadByPages()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        QVERIFY(appendLines(log, 0, 12));
        GatehousedFixture g;
        QVERIFY2(
            g.start(m_idp.issuer(), demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log)),
            qPrintable(g.diagnostics()));
        const QByteArray token = m_idp.token(u"dave"_qs, {u"oncall"_qs});
        CuttingProxy proxy(quint16(g.url().port()));
        proxy.exportMissing = true;
        QVERIFY(proxy.listen());
        QNetworkAccessManager nam;
        ControlPlaneClient client(&nam, proxy.url(), [token] { return token; });
        AccessLogCache cache(dir.filePath(u"cache.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        AccessLogSync sync(&client, &cache, u"work"_qs);
        sync.setPageSize(5);
        QSignalSpy synced(&sync, &AccessLogSync::synced);
        QSignalSpy failed(&sync, &AccessLogSync::failed);
        QVERIFY(pollUntil(
            [&] {
                sync.syncNow();
                synced.wait(10000);
                return cache.count(u"work"_qs, {}).value() == 12;
            },
            std::chrono::seconds(60)));
        QCOMPARE(sync.mode(), AccessLogSync::Mode::Pages);
        QVERIFY(failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessLogSync)
#include "tst_accesslogsync.moc"
