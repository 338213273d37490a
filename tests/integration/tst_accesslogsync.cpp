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

    void syncsEveryLineOnceThenOnlyNewOnesAndReadsOffline()
    {
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
        // A sync with nothing new asks again for at most one page (these
        // lines share one millisecond, finer than the API's times).
        synced.clear();
        sync.syncNow();
        QVERIFY(synced.wait(10000));
        QVERIFY(synced.first().first().toInt() <= 5);
        QCOMPARE(cache.count(u"work"_qs, {}).value(), 30);

        // What the cache holds is what the API said: decision, flag, no query string.
        AccessLogCache::Query q;
        q.filter = AccessLogFilter::parse(u"flag = forged"_qs).value();
        const auto forged = cache.page(u"work"_qs, q);
        QVERIFY(forged.ok());
        QCOMPARE(forged->size(), 30); // every sample line carries a client-sent X-Gatehouse-User
        QCOMPARE(forged->first().path, u"/v1/charges"_qs);
        QCOMPARE(forged->first().userId, u"bob"_qs);

        // The control plane goes away: the lines stay readable from the file.
        g.reset();
        AccessLogCache reopened(cachePath);
        QVERIFY(reopened.open().isNull());
        QCOMPARE(reopened.count(u"work"_qs, {}).value(), 30);
        QCOMPARE(reopened.page(u"work"_qs, {})->size(), 30);

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
};

QTEST_GUILESS_MAIN(TestAccessLogSync)
#include "tst_accesslogsync.moc"
