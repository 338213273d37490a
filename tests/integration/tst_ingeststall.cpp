#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// A million Caddy access lines written directly (a second or two), each
// a request as Caddy 2.6 logs it; one in a hundred carries a forged
// X-Gatehouse-User, which ingest keeps for the flag.
bool writeLog(const QString &path, qint64 lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block;
    block.reserve(5 << 20);
    char line[1024];
    for (qint64 i = 0; i < lines; ++i) {
        const char *forged = i % 100 == 42 ? "\"X-Gatehouse-User\":[\"mallory\"]," : "";
        const int n = std::snprintf(
            line, sizeof line,
            "{\"level\":\"info\",\"ts\":1796011741.%06lld,\"logger\":\"http.log.access.log0\","
            "\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"10.0.%lld.%lld\","
            "\"remote_port\":\"4%04lld\",\"proto\":\"HTTP/1.1\",\"method\":\"GET\","
            "\"host\":\"payments.localhost\",\"uri\":\"/v1/charges/%lld?page=2\","
            "\"headers\":{%s\"User-Agent\":[\"curl/7.88.1\"],\"Accept\":[\"*/*\"]}},"
            "\"user_id\":\"bob\",\"duration\":0.0012,\"size\":%lld,\"status\":200,"
            "\"resp_headers\":{\"Server\":[\"Caddy\"],\"X-Gatehouse-Decision-Id\":[\"d-%lld\"]}}"
            "\n",
            i % 1'000'000, i % 250, i % 199, i % 10000, i, forged, 10 + i % 5000, i);
        block.append(line, n);
        if (block.size() > (4 << 20) || i == lines - 1) {
            if (f.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    return true;
}

// One keep-alive connection to the decision listener, one question at a
// time, as Caddy's forward_auth asks.
class EdgeClient
{
public:
    bool connect(const QUrl &url)
    {
        m_socket.connectToHost(url.host(), quint16(url.port()));
        return m_socket.waitForConnected(5000);
    }
    // The status of one answer; 0 when none came within 5 s.
    int ask(const QByteArray &request)
    {
        m_socket.write(request);
        QByteArray got;
        while (true) {
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end >= 0) {
                qsizetype length = 0;
                const qsizetype at = got.toLower().indexOf("\r\ncontent-length:");
                if (at >= 0 && at < end)
                    length = got.mid(at + 17, got.indexOf("\r\n", at + 2) - at - 17)
                                 .trimmed()
                                 .toLongLong();
                if (got.size() >= end + 4 + length)
                    return got.mid(9, 3).toInt();
            }
            if (!m_socket.waitForReadyRead(5000))
                return 0;
            got += m_socket.readAll();
        }
    }

private:
    QTcpSocket m_socket;
};

qint64 metric(const ApiClient &api, const QByteArray &name)
{
    const QByteArray body = api.get(u"/metrics"_qs, {}).body;
    for (const QByteArray &line : body.split('\n'))
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toLongLong();
    return -1;
}

} // namespace

// While gatehoused catches up on an access log of a million lines, the edge
// decision listener answers as fast as ever: the 99th percentile of the
// decisions asked during the catch-up stays under 5 ms.
class TestIngestStall : public QObject
{
    Q_OBJECT

    static constexpr qint64 kLines = 1'000'000;
    StaticIdp m_idp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_idp.start()); }

    void decisionP99StaysUnder5msWhileAMillionLinesAreIngested()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        QElapsedTimer writing;
        writing.start();
        QVERIFY(writeLog(log, kLines));
        qInfo("wrote %lld lines (%lld MB) in %lld ms", kLines, QFile(log).size() >> 20,
              writing.elapsed());

        // The grant is made before the log appears: gatehoused then starts
        // with a million lines to catch up on, as after a long stop.
        const QString hidden = dir.filePath(u"later.log"_qs);
        QVERIFY(QFile::rename(log, hidden));
        GatehousedFixture g;
        QVERIFY2(
            g.start(m_idp.issuer(),
                    demoCatalog() + u"\n[edge]\nlisten = \"127.0.0.1:%1\"\naccess_log = \"%2\"\n"_qs
                                        .arg(freeLoopbackPort())
                                        .arg(log)),
            qPrintable(g.diagnostics()));
        QVERIFY(g.decisionUrl().isValid());
        ApiClient api(g.url());
        const auto granted =
            api.post(u"/v1/grants"_qs, m_idp.token(u"alice"_qs, {u"payments-team"_qs}),
                     {{u"subject"_qs, u"bob"_qs},
                      {u"service"_qs, u"payments"_qs},
                      {u"methods"_qs, QJsonArray{u"GET"_qs}},
                      {u"path_prefixes"_qs, QJsonArray{u"/v1/charges"_qs}},
                      {u"duration"_qs, u"1h"_qs},
                      {u"reason"_qs, u"INC-13 ingest stall check"_qs}});
        QVERIFY2(granted.status == 201, granted.body.constData());

        const QByteArray token =
            m_idp.token(u"bob"_qs, {u"developers"_qs}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        const QByteArray request = "GET /v1/authz/caddy HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "X-Forwarded-Method: GET\r\n"
                                   "X-Forwarded-Host: payments.localhost\r\n"
                                   "X-Forwarded-Uri: /v1/charges/7\r\n"
                                   "Authorization: Bearer " +
                                   token + "\r\n\r\n";
        EdgeClient edge;
        QVERIFY(edge.connect(g.decisionUrl()));
        // The listener's snapshot takes the grant within its reload period.
        QVERIFY(pollUntil([&] { return edge.ask(request) == 200; }, std::chrono::seconds(10)));

        QList<qint64> idleUs;      // before the log appears: this machine's own figure
        QList<qint64> latenciesUs; // while ingest catches up
        QList<qint64> *into = &idleUs;
        qint64 firstSeen = -1;
        qint64 lastSeen = 0;
        int wrongAnswers = 0;
        bool done = false;
        // Paced questions (a 1 ms timer; with the answers and the /metrics
        // reads in between, about 120 a second), each timed from its request
        // to its whole answer; ingest progress read from /metrics every 250 ms.
        QTimer asking;
        asking.setInterval(1);
        asking.setTimerType(Qt::PreciseTimer);
        connect(&asking, &QTimer::timeout, this, [&] {
            QElapsedTimer one;
            one.start();
            if (edge.ask(request) != 200)
                ++wrongAnswers;
            into->append(one.nsecsElapsed() / 1000);
        });
        QTimer progress;
        progress.setInterval(250);
        connect(&progress, &QTimer::timeout, this, [&] {
            const qint64 stored = metric(api, "gatehouse_ingest_lines_total");
            if (firstSeen < 0 && stored > 0)
                firstSeen = stored;
            lastSeen = std::max(lastSeen, stored);
            done = stored + metric(api, "gatehouse_ingest_malformed_total") >= kLines;
        });
        asking.start();
        QTRY_VERIFY_WITH_TIMEOUT(idleUs.size() >= 1000, 60'000);

        into = &latenciesUs;
        QVERIFY(QFile::rename(hidden, log));
        QElapsedTimer catchUp;
        catchUp.start();
        progress.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 150'000);
        asking.stop();
        progress.stop();
        const qint64 catchUpMs = catchUp.elapsed();
        const auto at = [](QList<qint64> &us, double q) {
            std::sort(us.begin(), us.end());
            return us.at(std::min<qsizetype>(us.size() - 1, qsizetype(q * us.size())));
        };
        qInfo("ingest: %lld lines stored in %lld ms (%.0f lines/s)", lastSeen, catchUpMs,
              lastSeen * 1000.0 / std::max<qint64>(1, catchUpMs));
        qInfo("decisions before ingest: %lld, p50 %lld us, p99 %lld us", qint64(idleUs.size()),
              at(idleUs, 0.50), at(idleUs, 0.99));
        const qint64 p99 = at(latenciesUs, 0.99);
        qInfo("decisions while ingesting: %lld, p50 %lld us, p99 %lld us, max %lld us",
              qint64(latenciesUs.size()), at(latenciesUs, 0.50), p99, latenciesUs.last());

        QCOMPARE(wrongAnswers, 0);
        // Ingest was running during the measurement: it went from a part of
        // the file to all of it.
        QVERIFY2(firstSeen >= 0 && firstSeen < kLines / 2,
                 qPrintable(u"first seen %1 lines stored"_qs.arg(firstSeen)));
        QCOMPARE(lastSeen, kLines);
        QVERIFY(latenciesUs.size() >= 1000);
        QVERIFY2(p99 < 5000, qPrintable(u"decision p99 %1 us"_qs.arg(p99)));
    }
};

QTEST_GUILESS_MAIN(TestIngestStall)
#include "tst_ingeststall.moc"
