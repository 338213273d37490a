#include "cache/AccessLogCache.h"
#include "cache/AccessLogWindows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

// Walking the log window by window after a key gives every line the filter
// and range select once, in the order one read of all of them gives.
class TestAccessLogWindows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AccessLogCache> m_cache;
    QDateTime m_base = QDateTime::fromMSecsSinceEpoch(1'765'000'000'000LL, Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = std::make_unique<AccessLogCache>(m_dir.filePath(u"c.sqlite"_qs));
        QVERIFY(m_cache->open().isNull());
        QList<AccessLogEntry> lines;
        for (int i = 0; i < 60; ++i) {
            AccessLogEntry e;
            e.id = u"l-%1"_qs.arg(i, 3, 10, QChar(u'0'));
            e.loggedAt = m_base.addMSecs((i / 4) * 10); // four lines in each millisecond
            e.method = i % 3 ? u"GET"_qs : u"POST"_qs;
            e.service = i % 2 ? u"payments"_qs : u"ledger"_qs;
            e.host = e.service + u".localhost"_qs;
            e.path = u"/v1/x"_qs;
            e.status = i % 5 ? 200 : 503;
            e.hasDecision = true;
            e.allowed = true;
            e.subject = i % 4 ? u"bob"_qs : u"carol"_qs;
            e.subjectKind = u"user"_qs;
            lines.append(e);
        }
        QVERIFY(m_cache->store(u"p"_qs, lines, u"c"_qs).isNull());
    }

    void windowsGiveEveryLineOnce_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("sinceMs"); // -1: none
        QTest::addColumn<int>("untilMs");
        QTest::addColumn<int>("window");
        for (int w : {1, 2, 3, 4, 5, 7, 100}) {
            QTest::addRow("all, window %d", w) << QString() << -1 << -1 << w;
            QTest::addRow("payments, window %d", w) << u"service = payments"_qs << -1 << -1 << w;
            QTest::addRow("bob 5xx in a range, window %d", w)
                << u"user = bob and status >= 500"_qs << 20 << 120 << w;
            QTest::addRow("range on a shared ms, window %d", w) << QString() << 30 << 71 << w;
        }
    }
    void windowsGiveEveryLineOnce()
    {
        QFETCH(QString, filter);
        QFETCH(int, sinceMs);
        QFETCH(int, untilMs);
        QFETCH(int, window);
        AccessLogCache::Query query;
        query.filter = AccessLogFilter::parse(filter).value();
        if (sinceMs >= 0)
            query.since = m_base.addMSecs(sinceMs);
        if (untilMs >= 0)
            query.until = m_base.addMSecs(untilMs);
        AccessLogCache::Query everything = query;
        everything.limit = 1000;
        const auto all = m_cache->page(u"p"_qs, everything);
        QVERIFY(all);
        QVERIFY(!all.value().isEmpty());
        QStringList expected;
        for (const auto &e : all.value())
            expected.append(e.id);

        QStringList walked;
        AccessLogCache::Query first = query;
        first.limit = window;
        auto page = m_cache->page(u"p"_qs, first);
        while (page && !page.value().isEmpty()) {
            for (const auto &e : page.value())
                walked.append(e.id);
            if (page.value().size() < window)
                break;
            const AccessLogEntry &last = page.value().constLast();
            page = accessLogWindowAfter(
                *m_cache, u"p"_qs, query,
                AccessLogCache::Key{last.loggedAt.toMSecsSinceEpoch(), last.id}, window);
        }
        QVERIFY(page);
        QCOMPARE(walked, expected);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogWindows)
#include "tst_accesslogwindows.moc"
