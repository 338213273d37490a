#include "ApiClient.h"
#include "CaddyAccessLines.h"
#include "GatehousedFixture.h"
#include "PostgresFixture.h"
#include "StaticIdp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
QByteArray carol(const StaticIdp &idp)
{
    return idp.token(u"carol"_qs, {u"auditors"_qs});
}

bool appendFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(data) == data.size();
}

// One forward_auth question as Caddy asks it, without a token (answered 401,
// recorded as a decision all the same).
HttpResult askEdge(const QUrl &gatehoused, int n)
{
    return httpRequest("GET", QUrl(gatehoused.toString() + u"/v1/authz/caddy"_qs),
                       {{"X-Forwarded-Method", "GET"},
                        {"X-Forwarded-Host", "payments.localhost"},
                        {"X-Forwarded-Uri", "/v1/charges/" + QByteArray::number(n)}});
}
// GET of `url` by Python's http.client (chunked transfer decoded by it) and,
// when `gzip`, with Accept-Encoding: gzip and the body decompressed by Python's
// gzip module: an HTTP client and a decoder that are not ours. Returns the
// body, with "Content-Encoding: <value>\n" first.
QByteArray pythonGet(const QUrl &url, const QByteArray &token, bool gzip)
{
    static const char *script = R"(
import gzip, http.client, sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
c = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
h = {'Authorization': 'Bearer ' + sys.stdin.readline().strip()}
if sys.argv[2] == '1':
    h['Accept-Encoding'] = 'gzip'
c.request('GET', u.path + ('?' + u.query if u.query else ''), headers=h)
r = c.getresponse()
body = r.read()
enc = r.getheader('Content-Encoding') or ''
if enc == 'gzip':
    body = gzip.decompress(body)
sys.stdout.buffer.write(('Content-Encoding: %s\n' % enc).encode() + body)
)";
    QProcess p;
    p.start(u"python3"_qs,
            {u"-c"_qs, QString::fromLatin1(script), url.toString(), gzip ? u"1"_qs : u"0"_qs});
    p.write(token + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

// The lines of an export body (after pythonGet's first line), parsed.
QList<QJsonObject> exportLines(const QByteArray &body)
{
    QList<QJsonObject> lines;
    const QList<QByteArray> parts = body.mid(body.indexOf('\n') + 1).split('\n');
    for (const QByteArray &part : parts)
        if (!part.isEmpty())
            lines.append(QJsonDocument::fromJson(part).object());
    return lines;
}
} // namespace

// The access log and decision lists of a real gatehoused process, read the way
// a client written with any URL library reads them, while ingest runs.
class TestLogApi : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;

    // A gatehoused following `log` (Caddy's access log file) with `extra` config.
    bool startGatehoused(GatehousedFixture &g, const QString &log, const QString &extra = {})
    {
        return g.start(m_idp.issuer(),
                       demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log) + extra);
    }

    static qint64 linesStored(const ApiClient &api, const QByteArray &token)
    {
        return api.get(u"/v1/access-log?limit=1"_qs, token)
            .json()
            .value(u"ingest")
            .toObject()
            .value(u"lines")
            .toInteger(-1);
    }

    // Every item of a list, page by page, with the cursor percent-encoded as
    // URL libraries do (":" as "%3A"). Stops after `maxPages`.
    static QStringList walk(const ApiClient &api, const QByteArray &token, const QString &list,
                            int limit, int maxPages, int *pages, bool encode = true)
    {
        QStringList ids;
        QString cursor;
        *pages = 0;
        do {
            QString path = u"%1?limit=%2"_qs.arg(list).arg(limit);
            if (!cursor.isEmpty())
                path += u"&after="_qs +
                        (encode ? QString::fromLatin1(QUrl::toPercentEncoding(cursor)) : cursor);
            const auto page = api.get(path, token);
            if (page.status != 200) {
                qWarning() << path << page.status << page.body;
                return ids;
            }
            const auto items = page.json().value(u"items").toArray();
            for (const auto &item : items)
                ids.append(item.toObject().value(u"id").toString());
            cursor = page.json().value(u"next").toString();
            ++*pages;
        } while (!cursor.isEmpty() && *pages < maxPages);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_idp.start()); }

    void pagesWithAnEncodedCursorEndAndShowEveryLineOnce_data()
    {
        QTest::addColumn<bool>("encode");
        QTest::newRow("cursor percent-encoded") << true;
        QTest::newRow("cursor as is") << false;
    }
    void pagesWithAnEncodedCursorEndAndShowEveryLineOnce()
    {
        QFETCH(bool, encode);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        constexpr int kLines = 50;
        QByteArray text;
        for (int i = 0; i < kLines; ++i)
            text += caddyAccessLine(i);
        QVERIFY(appendFile(log, text));
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == kLines; },
                          std::chrono::seconds(30)));

        int pages = 0;
        const QStringList ids =
            walk(api, carol(m_idp), u"/v1/access-log"_qs, 7, 100, &pages, encode);
        QCOMPARE(ids.size(), kLines);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kLines);
        QCOMPARE(pages, (kLines + 6) / 7);
    }

    // gatehoused stopped, Caddy rolled its log (renamed it, started a new one)
    // and wrote on: after a restart every line is stored, once.
    void restartAfterCaddyRolledTheLogStoresEveryLine()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        const auto lines = [](int first, int count) {
            QByteArray text;
            for (int n = first; n < first + count; ++n)
                text += caddyAccessLine(n);
            return text;
        };
        QVERIFY(appendFile(log, lines(0, 1000)));
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == 1000; },
                          std::chrono::seconds(60)));
        QCOMPARE(g.process().stop(), 0);

        QVERIFY(appendFile(log, lines(1000, 500)));
        QVERIFY(QFile::rename(log, dir.filePath(u"access-2026-12-07T18-20-00.000.log"_qs)));
        QVERIFY(appendFile(log, lines(1500, 700)));
        QVERIFY2(g.restart(), qPrintable(g.diagnostics()));
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) >= 2200; },
                          std::chrono::seconds(60)));
        int pages = 0;
        const QStringList ids = walk(api, carol(m_idp), u"/v1/access-log"_qs, 1000, 10, &pages);
        QCOMPARE(ids.size(), 2200);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 2200);
        QCOMPARE(linesStored(api, carol(m_idp)), 2200);
    }

    // A NUL in the request line reaches the API as Caddy wrote it (\u0000).
    void pathWithANulIsServedWhole()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        QVERIFY(appendFile(log, caddyAccessLine(1, R"(/a\u0000b/c?token=t)")));
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == 1; },
                          std::chrono::seconds(30)));
        const auto r = api.get(u"/v1/access-log"_qs, carol(m_idp));
        QVERIFY2(r.body.contains(R"("path":"/a\u0000b/c")"), r.body.constData());
        const auto items = r.json().value(u"items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"path").toString(),
                 QString(u"/a"_qs + QChar(0) + u"b/c"_qs));
        // The export writes its JSON itself: Python reads the same path, and
        // a line with quotes, backslashes, controls and non-ASCII text reads
        // back as it was logged.
        QVERIFY(appendFile(log, caddyAccessLine(2, R"(/q\"b\\s\t\u001f\u00e9\u732b\ud83d\ude00)")));
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == 2; },
                          std::chrono::seconds(30)));
        const QList<QJsonObject> lines = exportLines(
            pythonGet(QUrl(g.url().toString() + u"/v1/access-log/export"_qs), carol(m_idp), true));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), items.at(0).toObject());
        QCOMPARE(lines.at(1).value(u"path").toString(), u"/q\"b\\s\t\x1f\u00e9\u732b\U0001F600"_qs);
    }

    void decisionPagesWithAnEncodedCursorEndAndShowEveryDecisionOnce()
    {
        QTemporaryDir dir;
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, dir.filePath(u"access.log"_qs)), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        constexpr int kDecisions = 23;
        for (int i = 0; i < kDecisions; ++i)
            QCOMPARE(askEdge(g.url(), i).status, 401);

        int pages = 0;
        const QStringList ids = walk(api, carol(m_idp), u"/v1/decisions"_qs, 5, 100, &pages);
        QCOMPARE(ids.size(), kDecisions);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kDecisions);
        QCOMPARE(pages, (kDecisions + 4) / 5);
    }

    // Ingest runs beside the decisions: while a large access log is read,
    // forward_auth answers as fast as ever, and every line is stored.
    void decisionsStayFastWhileIngestCatchesUp()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        constexpr int kLines = 262144;
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < kLines; ++i) {
                block += caddyAccessLine(i);
                if (block.size() > (1 << 20) || i == kLines - 1) {
                    QCOMPARE(f.write(block), block.size());
                    block.clear();
                }
            }
        }
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        const QByteArray token = carol(m_idp);

        qint64 slowestMs = 0;
        int asked = 0;
        int askedWhileBehind = 0;
        qint64 stored = 0;
        QElapsedTimer total;
        total.start();
        while (stored < kLines && total.elapsed() < 400'000) {
            for (int i = 0; i < 20; ++i) {
                QElapsedTimer latency;
                latency.start();
                const auto answer = askEdge(g.url(), asked++);
                slowestMs = std::max(slowestMs, latency.elapsed());
                QCOMPARE(answer.status, 401);
            }
            stored = linesStored(api, token);
            if (stored < kLines)
                askedWhileBehind += 20;
        }
        qInfo() << "decisions asked:" << asked << "while ingest was behind:" << askedWhileBehind
                << "slowest:" << slowestMs << "ms; ingest took" << total.elapsed() << "ms";
        QCOMPARE(stored, kLines);
        QVERIFY2(askedWhileBehind >= 20, "ingest finished before decisions were measured");
        QVERIFY2(slowestMs < 200, qPrintable(u"a decision took %1 ms"_qs.arg(slowestMs)));
    }

    // Old decisions and access-log lines are deleted when gatehoused starts
    // (and every minute after); those inside the retention period stay.
    void retentionDeletesOnlyWhatIsOlderThanItsPeriod()
    {
        QTemporaryDir dir;
        GatehousedFixture g;
        const QString log = dir.filePath(u"access.log"_qs);
        const QString retention = u"\nretention = \"7d\"\n"_qs;
        QVERIFY2(startGatehoused(g, log, retention), qPrintable(g.diagnostics()));
        QCOMPARE(g.process().stop(), 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            const char *id;
            QDateTime at;
        } rows[] = {{"old-1", now.addDays(-30)},
                    {"old-2", now.addDays(-8)},
                    {"recent-1", now.addDays(-6)},
                    {"recent-2", now.addSecs(-60)}};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"seed"_qs);
            db.setDatabaseName(g.storePath());
            QVERIFY(db.open());
            for (const auto &row : rows) {
                const qint64 atUs = row.at.toMSecsSinceEpoch() * 1000;
                QSqlQuery d(db);
                d.prepare(u"INSERT INTO decisions (id, decided_at, subject, subject_kind, "
                          "service, method, host, path, allowed, status, reason, grant_id, "
                          "latency_us) VALUES (?, ?, 'bob', 'user', 'payments', 'GET', "
                          "'payments.localhost', '/', 1, 200, 'r', '', 10)"_qs);
                d.addBindValue(QString::fromLatin1(row.id));
                d.addBindValue(atUs);
                QVERIFY2(d.exec(), qPrintable(d.lastError().text()));
                QSqlQuery a(db);
                a.prepare(u"INSERT INTO access_log (id, logged_at, method, host, path, status, "
                          "duration_us, size, remote_ip, user_id, client_identity, decision_id, "
                          "seq) VALUES (?, ?, 'GET', 'payments.localhost', '/', 200, 1, 1, "
                          "'127.0.0.1', 'bob', '', ?, ?)"_qs);
                a.addBindValue(QString(u"seed:"_qs + QString::fromLatin1(row.id)));
                a.addBindValue(atUs);
                a.addBindValue(QString::fromLatin1(row.id));
                a.addBindValue(qint64(&row - std::begin(rows) + 1));
                QVERIFY2(a.exec(), qPrintable(a.lastError().text()));
            }
        }
        {
            // The seeded lines were numbered 1 to 4 above.
            QSqlDatabase db = QSqlDatabase::database(u"seed"_qs);
            QSqlQuery last(db);
            QVERIFY2(last.exec(u"UPDATE access_log_seq SET last = 4"_qs),
                     qPrintable(last.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"seed"_qs);

        QVERIFY2(g.restart(), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        const auto listed = [&](const QString &list) {
            QStringList ids;
            const auto items = api.get(list, carol(m_idp)).json().value(u"items").toArray();
            for (const auto &item : items)
                ids.append(item.toObject().value(u"id").toString());
            ids.sort();
            return ids;
        };
        const QStringList recent{u"recent-1"_qs, u"recent-2"_qs};
        QVERIFY(pollUntil([&] { return listed(u"/v1/decisions"_qs) == recent; },
                          std::chrono::seconds(30)));
        QVERIFY(pollUntil(
            [&] {
                return listed(u"/v1/access-log"_qs) ==
                       QStringList{u"seed:recent-1"_qs, u"seed:recent-2"_qs};
            },
            std::chrono::seconds(30)));
    }

    // On-call engineers and auditors read every line; an owner reads the lines
    // of the services they own (by name or through a group); anyone else reads
    // nothing, not even the lines of their own requests.
    void accessLogShowsEachRoleItsServicesOnly_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QStringList>("services");
        const QStringList all{u"ledger"_qs, u"payments"_qs, u"search"_qs};
        QTest::newRow("bob, no role") << u"bob"_qs << QStringList() << QStringList();
        QTest::newRow("alice, owner by name")
            << u"alice"_qs << QStringList() << QStringList{u"ledger"_qs, u"payments"_qs};
        QTest::newRow("frank, owner through his group")
            << u"frank"_qs << QStringList{u"payments-team"_qs}
            << QStringList{u"ledger"_qs, u"payments"_qs};
        QTest::newRow("dave, on-call") << u"dave"_qs << QStringList{u"oncall"_qs} << all;
        QTest::newRow("carol, auditor") << u"carol"_qs << QStringList{u"auditors"_qs} << all;
    }
    void accessLogShowsEachRoleItsServicesOnly()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, groups);
        QFETCH(QStringList, services);
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        // bob calls three services at the edge (denied: he holds no grant);
        // Caddy logs each request with its decision id.
        const QByteArray bobEdge =
            m_idp.token(u"bob"_qs, {}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        QByteArray lines;
        int n = 0;
        for (const QByteArray host :
             {"payments.localhost", "ledger.localhost", "search.localhost"}) {
            const auto asked = httpRequest("GET", QUrl(g.url().toString() + u"/v1/authz/caddy"_qs),
                                           {{"Authorization", "Bearer " + bobEdge},
                                            {"X-Forwarded-Method", "GET"},
                                            {"X-Forwarded-Host", host},
                                            {"X-Forwarded-Uri", "/v1/items"}});
            QCOMPARE(asked.status, 403);
            const QByteArray id = asked.header("X-Gatehouse-Decision-Id");
            QVERIFY(!id.isEmpty());
            ++n;
            const QByteArray placeholder = "\"d-" + QByteArray::number(n) + "\"";
            lines += caddyAccessLine(n, "/v1/items", host)
                         .replace(placeholder, QByteArray('"' + id + '"'));
        }
        QVERIFY(appendFile(log, lines));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == n; },
                          std::chrono::seconds(30)));

        const auto r = api.get(u"/v1/access-log"_qs, m_idp.token(user, groups));
        QCOMPARE(r.status, 200);
        QStringList seen;
        const auto items = r.json().value(u"items").toArray();
        for (const auto &item : items)
            seen.append(item.toObject().value(u"decision").toObject().value(u"service").toString());
        seen.sort();
        QCOMPARE(seen, services);

        // The bulk export answers the same question the same way.
        for (const bool gzip : {false, true}) {
            const QByteArray body =
                pythonGet(QUrl(g.url().toString() + u"/v1/access-log/export"_qs),
                          m_idp.token(user, groups), gzip);
            QVERIFY2(body.startsWith(gzip ? "Content-Encoding: gzip\n" : "Content-Encoding: \n"),
                     body.left(200).constData());
            QStringList exported;
            const QList<QJsonObject> lines = exportLines(body);
            QVERIFY(!lines.isEmpty());
            for (const QJsonObject &line : lines)
                if (line.contains(u"id"))
                    exported.append(
                        line.value(u"decision").toObject().value(u"service").toString());
            exported.sort();
            QCOMPARE(exported, services);
            QCOMPARE(lines.last().value(u"end"), QJsonValue(true));
            // Even someone who reads nothing moves past the lines: the next
            // export starts after them.
            QCOMPARE(lines.last().value(u"cursor").toString(), u"seq:3"_qs);
        }
        const auto bobWithoutToken =
            httpGet(QUrl(g.url().toString() + u"/v1/access-log/export"_qs));
        QCOMPARE(bobWithoutToken.status, 401);
    }

    // The export (plain and gzip, read by Python's HTTP client and gzip
    // module) holds exactly the lines the JSON pages hold, field for field,
    // with a cursor line after every chunk and a last line saying it ended.
    void exportHoldsWhatThePagesHold()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        constexpr int kLines = 9000; // more than two export chunks
        QByteArray text;
        for (int i = 0; i < kLines; ++i)
            text += caddyAccessLine(i, "/v1/charges/" + QByteArray::number(i));
        QVERIFY(appendFile(log, text));
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == kLines; },
                          std::chrono::seconds(60)));
        QList<QJsonObject> paged;
        QString cursor;
        do {
            const auto page = api.get(u"/v1/access-log?limit=1000"_qs +
                                          (cursor.isEmpty() ? QString() : u"&after="_qs + cursor),
                                      carol(m_idp));
            QCOMPARE(page.status, 200);
            for (const auto &item : page.json().value(u"items").toArray())
                paged.append(item.toObject());
            cursor = page.json().value(u"next").toString();
        } while (!cursor.isEmpty());
        QCOMPARE(paged.size(), kLines);

        for (const bool gzip : {false, true}) {
            const QByteArray body = pythonGet(
                QUrl(g.url().toString() + u"/v1/access-log/export"_qs), carol(m_idp), gzip);
            QVERIFY2(body.startsWith(gzip ? "Content-Encoding: gzip\n" : "Content-Encoding: \n"),
                     body.left(200).constData());
            QList<QJsonObject> items;
            QStringList cursors;
            const QList<QJsonObject> lines = exportLines(body);
            for (const QJsonObject &line : lines) {
                if (line.contains(u"id"))
                    items.append(line);
                else
                    cursors.append(line.value(u"cursor").toString());
            }
            QCOMPARE(items, paged);
            QCOMPARE(cursors, (QStringList{u"seq:4000"_qs, u"seq:8000"_qs, u"seq:9000"_qs}));
            QCOMPARE(lines.last().value(u"end"), QJsonValue(true));

            // From the middle: the rest, and an export from the end is empty.
            const QList<QJsonObject> rest = exportLines(
                pythonGet(QUrl(g.url().toString() + u"/v1/access-log/export?after=seq%3A8990"_qs),
                          carol(m_idp), gzip));
            QCOMPARE(rest.size(), 11);
            QCOMPARE(rest.first(), paged.at(8990));
            const QList<QJsonObject> none = exportLines(
                pythonGet(QUrl(g.url().toString() + u"/v1/access-log/export?after=seq%3A9000"_qs),
                          carol(m_idp), gzip));
            QCOMPARE(none.size(), 1);
            QCOMPARE(none.first(),
                     (QJsonObject{{u"cursor"_qs, u"seq:9000"_qs}, {u"end"_qs, true}}));
        }
    }

    // A line that reaches gatehoused late, with a time older than lines a
    // reader already has (another Caddy's log, another replica), is still
    // listed after the reader's cursor; the last page's cursor is given, so
    // a reader with nothing new asks again for nothing; a cursor of the older
    // time form still works.
    void aLateLineWithAnOlderTimeIsListed()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"access.log"_qs);
        QByteArray text;
        for (int i = 100; i < 110; ++i)
            text += caddyAccessLine(i);
        QVERIFY(appendFile(log, text));
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, log), qPrintable(g.diagnostics()));
        ApiClient api(g.url());
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == 10; },
                          std::chrono::seconds(30)));
        const auto first = api.get(u"/v1/access-log"_qs, carol(m_idp));
        QCOMPARE(first.json().value(u"items").toArray().size(), 10);
        QVERIFY(first.json().value(u"next").isNull());
        const QString cursor = first.json().value(u"cursor").toString();
        QCOMPARE(cursor, u"seq:10"_qs);
        QCOMPARE(api.get(u"/v1/access-log?after="_qs + cursor, carol(m_idp))
                     .json()
                     .value(u"items")
                     .toArray()
                     .size(),
                 0);

        // Request 5 was logged before 100..109 but arrives now.
        QVERIFY(appendFile(log, caddyAccessLine(5, "/late")));
        QVERIFY(pollUntil([&] { return linesStored(api, carol(m_idp)) == 11; },
                          std::chrono::seconds(30)));
        for (const QString &path : QStringList{u"/v1/access-log?after="_qs + cursor,
                                               u"/v1/access-log/export?after="_qs + cursor}) {
            const QByteArray body = pythonGet(QUrl(g.url().toString() + path), carol(m_idp), false);
            QList<QJsonObject> items;
            if (path.contains(u"export")) {
                for (const QJsonObject &line : exportLines(body))
                    if (line.contains(u"id"))
                        items.append(line);
            } else {
                for (const auto &item : QJsonDocument::fromJson(body.mid(body.indexOf('\n') + 1))
                                            .object()
                                            .value(u"items")
                                            .toArray())
                    items.append(item.toObject());
            }
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.first().value(u"path").toString(), u"/late"_qs);
        }

        // A time cursor ("<microseconds>:<id>") of an older console: the lines
        // after it in time, the late one too, since it is the last stored.
        const auto items = first.json().value(u"items").toArray();
        const QJsonObject sixth = items.at(5).toObject();
        const qint64 us =
            QDateTime::fromString(sixth.value(u"logged_at").toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch() *
            1000;
        const auto old = api.get(u"/v1/access-log?after="_qs + QString::number(us) + u"%3A"_qs +
                                     sixth.value(u"id").toString(),
                                 carol(m_idp));
        QCOMPARE(old.status, 200);
        QStringList paths;
        for (const auto &item : old.json().value(u"items").toArray())
            paths.append(item.toObject().value(u"path").toString());
        QVERIFY2(paths.contains(u"/late"_qs), qPrintable(paths.join(u' ')));
        QVERIFY(paths.size() >= 5);
    }

    // Two replicas on one PostgreSQL store, each following its own Caddy
    // log, store lines at the same time while a reader follows the log by
    // cursor through either replica: every line is read exactly once (the
    // numbers are committed in order, so a cursor never passes a line that
    // commits later), and the numbers are 1..N without gaps or repeats.
    void replicasIngestingAtOnceLoseNoLineForAReader()
    {
        PostgresFixture pg;
        QVERIFY2(pg.start(), qPrintable(pg.diagnostics()));
        const QString url = pg.createDatabase(u"access_seq"_qs);
        QVERIFY(!url.isEmpty());
        QTemporaryDir dir;
        const QString logA = dir.filePath(u"a.log"_qs);
        const QString logB = dir.filePath(u"b.log"_qs);
        const auto edge = [](const QString &log) -> QString {
            return demoCatalog() + u"\n[edge]\naccess_log = \"%1\"\n"_qs.arg(log);
        };
        GatehousedFixture a;
        GatehousedFixture b;
        QVERIFY2(a.start(m_idp.issuer(), edge(logA), url), qPrintable(a.diagnostics()));
        QVERIFY2(b.start(m_idp.issuer(), edge(logB), url), qPrintable(b.diagnostics()));
        const ApiClient apis[] = {ApiClient(a.url()), ApiClient(b.url())};

        constexpr int kRounds = 20;
        constexpr int kPerRound = 60;
        constexpr int kTotal = 2 * kRounds * kPerRound;
        QStringList read;
        QString cursor;
        int turn = 0;
        const auto follow = [&] {
            for (;;) {
                const auto page = apis[turn++ % 2].get(
                    u"/v1/access-log?limit=100"_qs +
                        (cursor.isEmpty() ? QString() : u"&after="_qs + cursor),
                    carol(m_idp));
                if (page.status != 200)
                    return false;
                for (const auto &item : page.json().value(u"items").toArray())
                    read.append(item.toObject().value(u"id").toString());
                cursor = page.json().value(u"cursor").toString();
                if (page.json().value(u"next").isNull())
                    return true;
            }
        };
        for (int round = 0; round < kRounds; ++round) {
            QByteArray textA;
            QByteArray textB;
            for (int i = 0; i < kPerRound; ++i) {
                textA += caddyAccessLine(round * kPerRound + i);
                textB += caddyAccessLine(round * kPerRound + i, "/b");
            }
            QVERIFY(appendFile(logA, textA));
            QVERIFY(appendFile(logB, textB));
            QVERIFY(follow());
        }
        QVERIFY(
            pollUntil([&] { return follow() && read.size() >= kTotal; }, std::chrono::seconds(60)));
        QCOMPARE(read.size(), kTotal);
        QCOMPARE(QSet<QString>(read.begin(), read.end()).size(), kTotal);
        QCOMPARE(cursor, u"seq:%1"_qs.arg(kTotal));
    }

    void malformedCursorIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("after");
        for (const QString &list :
             {u"/v1/access-log"_qs, u"/v1/decisions"_qs, u"/v1/access-log/export"_qs}) {
            const QByteArray l = list.toLatin1();
            QTest::addRow("%s no colon", l.constData()) << list << u"1796011741100000"_qs;
            QTest::addRow("%s no id", l.constData()) << list << u"1796011741100000%3A"_qs;
            QTest::addRow("%s no time", l.constData()) << list << u"%3Aabc"_qs;
            QTest::addRow("%s not a number", l.constData()) << list << u"soon:abc"_qs;
            QTest::addRow("%s negative", l.constData()) << list << u"-5:abc"_qs;
            QTest::addRow("%s too big", l.constData()) << list << u"99999999999999999999:abc"_qs;
        }
    }
    void malformedCursorIsRefusedNamingIt()
    {
        QFETCH(QString, list);
        QFETCH(QString, after);
        QTemporaryDir dir;
        GatehousedFixture g;
        QVERIFY2(startGatehoused(g, dir.filePath(u"access.log"_qs)), qPrintable(g.diagnostics()));
        const auto r = ApiClient(g.url()).get(list + u"?after="_qs + after, carol(m_idp));
        QCOMPARE(r.status, 400);
        const auto details = r.json().value(u"error").toObject().value(u"details").toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.at(0).toObject().value(u"field").toString(), u"after"_qs);
    }
};

QTEST_GUILESS_MAIN(TestLogApi)
#include "tst_logapi.moc"
