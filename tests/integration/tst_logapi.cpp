#include "ApiClient.h"
#include "CaddyAccessLines.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
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
                          "duration_us, size, remote_ip, user_id, client_identity, decision_id) "
                          "VALUES (?, ?, 'GET', 'payments.localhost', '/', 200, 1, 1, "
                          "'127.0.0.1', 'bob', '', ?)"_qs);
                a.addBindValue(QString(u"seed:"_qs + QString::fromLatin1(row.id)));
                a.addBindValue(atUs);
                a.addBindValue(QString::fromLatin1(row.id));
                QVERIFY2(a.exec(), qPrintable(a.lastError().text()));
            }
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
    }

    void malformedCursorIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("after");
        for (const QString &list : {u"/v1/access-log"_qs, u"/v1/decisions"_qs}) {
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
