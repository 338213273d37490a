#include "ApiClient.h"
#include "CaddyAccessLines.h"
#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
constexpr qint64 kLimit = 4 * 1024 * 1024; // gatehoused's longest access-log line

// The local addresses of listening TCP sockets on `port`, as the kernel
// reports them (what `ss -ltn` shows).
QStringList listeningAddresses(quint16 port)
{
    QStringList addresses;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> rows = file.readAll().split('\n');
        for (const QByteArray &row : rows.mid(1)) {
            const QList<QByteArray> fields = row.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2 || local.at(1).toUInt(nullptr, 16) != port)
                continue;
            // The kernel prints the address as 32-bit words in host (little-endian) order.
            const QByteArray hex = QByteArray::fromHex(local.at(0));
            QByteArray bytes;
            for (qsizetype word = 0; word < hex.size(); word += 4) {
                for (qsizetype i = 3; i >= 0; --i)
                    bytes += hex.at(word + i);
            }
            if (bytes.size() == 4) {
                addresses.append(
                    QHostAddress(qFromBigEndian<quint32>(bytes.constData())).toString());
            } else {
                Q_IPV6ADDR v6;
                std::copy(bytes.cbegin(), bytes.cend(), v6.c);
                addresses.append(QHostAddress(v6).toString());
            }
        }
    }
    return addresses;
}
} // namespace

// Caddy's access log sent over TCP by its net writer (`output net`), with the
// Caddyfile `gatehoused caddy-config` writes, real Caddy, the dev IdP and
// gatehoused.
class TestAccessLogNet : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    DemoUpstream m_upstream;
    ApiClient m_api;
    QTemporaryDir m_dir;
    quint16 m_netPort = 0;
    QString m_caddyfile;
    QByteArray m_carol;
    int m_rawRow = 0;

    QByteArray token(const QString &user, const QString &audience)
    {
        QString error;
        const auto r = m_idp.signIn(user, audience, &error);
        if (r.isEmpty())
            qWarning() << "sign-in failed:" << error;
        return r.value(u"access_token").toString().toLatin1();
    }

    HttpResult throughEdge(const QByteArray &method, const QString &path, const QByteArray &bearer)
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Host", "payments.localhost:" + QByteArray::number(m_caddy.httpPort())}};
        if (!bearer.isEmpty())
            headers.append({"Authorization", "Bearer " + bearer});
        return httpRequest(
            method, QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_caddy.httpPort()).arg(path)), headers);
    }

    // Every stored line, as on-call sees them.
    QList<QJsonObject> storedLines(QJsonObject *ingest = nullptr)
    {
        QList<QJsonObject> lines;
        QString cursor;
        QJsonObject page;
        do {
            page = m_api.get(u"/v1/access-log?limit=1000&after="_qs + cursor, m_carol).json();
            const auto items = page.value(u"items").toArray();
            for (const auto &item : items)
                lines.append(item.toObject());
            cursor = page.value(u"next").toString();
        } while (!cursor.isEmpty());
        if (ingest)
            *ingest = page.value(u"ingest").toObject();
        return lines;
    }

    static QHash<QString, QJsonObject> byPath(const QList<QJsonObject> &lines)
    {
        QHash<QString, QJsonObject> paths;
        for (const QJsonObject &line : lines)
            paths.insert(line.value(u"path").toString(), line);
        return paths;
    }

    double metric(const QString &name)
    {
        const auto r = httpGet(QUrl(m_gatehoused.url().toString() + u"/metrics"_qs));
        const auto match =
            QRegularExpression(u"^"_qs + QRegularExpression::escape(name) + u" (\\S+)$"_qs,
                               QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(r.body));
        return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
    }

    // `caddy adapt --validate` on the Caddyfile: adapts it and opens its log writers.
    QPair<int, QString> caddyValidate(const QString &caddyfile)
    {
        const QString path = m_dir.filePath(u"validate.Caddyfile"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(caddyfile.toUtf8()) < 0)
            return {-1, u"cannot write "_qs + path};
        file.close();
        QProcess caddy;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"xdg-data"_qs));
        env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"xdg-config"_qs));
        caddy.setProcessEnvironment(env);
        caddy.start(QString::fromLatin1(kCaddy),
                    {u"adapt"_qs, u"--config"_qs, path, u"--adapter"_qs, u"caddyfile"_qs,
                     u"--validate"_qs});
        if (!caddy.waitForFinished(30000))
            return {-1, u"caddy adapt did not finish"_qs};
        return {caddy.exitCode(), QString::fromUtf8(caddy.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_upstream.start(u"payments"_qs), qPrintable(m_upstream.diagnostics()));

        const quint16 apiPort = freeLoopbackPort();
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        m_netPort = freeLoopbackPort();
        m_gatehoused.setListenPort(apiPort);
        const QString edge = u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n"
                             "access_log_net = \"127.0.0.1:%3\"\n\n"
                             "[edge.upstreams]\npayments = \"%4\"\n"_qs.arg(edgePort)
                                 .arg(adminPort)
                                 .arg(m_netPort)
                                 .arg(m_upstream.address());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog() + edge),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());

        QString why;
        m_caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!m_caddyfile.isEmpty(), qPrintable(why));
        QVERIFY2(m_caddyfile.contains(u"output net 127.0.0.1:%1 {"_qs.arg(m_netPort)),
                 qPrintable(m_caddyfile));
        QVERIFY(!m_caddyfile.contains(u"output file"_qs));
        // Caddy opens the net writer when it loads the config: gatehoused listens by now.
        QVERIFY2(m_caddy.startWithCaddyfile(m_caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));

        m_carol = token(u"carol"_qs, u"api"_qs);
        QVERIFY(!m_carol.isEmpty());
    }

    void caddyAcceptsTheNetWriterOnlyWhileGatehousedListens()
    {
        const auto accepted = caddyValidate(m_caddyfile);
        QVERIFY2(accepted.first == 0, qPrintable(accepted.second));

        // Caddy 2.6 dials when it loads the config: with nobody listening it
        // refuses the whole config, so gatehoused must be started first.
        QString elsewhere = m_caddyfile;
        elsewhere.replace(u"output net 127.0.0.1:%1"_qs.arg(m_netPort),
                          u"output net 127.0.0.1:%1"_qs.arg(freeLoopbackPort()));
        const auto refused = caddyValidate(elsewhere);
        QCOMPARE_NE(refused.first, 0);
        QVERIFY2(refused.second.contains(u"connection refused"_qs), qPrintable(refused.second));
    }

    void requestsThroughCaddyArriveJoinedToTheirDecisions()
    {
        const QByteArray alice = token(u"alice"_qs, u"api"_qs);
        const QByteArray bob = token(u"bob"_qs, u"edge"_qs);
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const auto grant = m_api.post(u"/v1/grants"_qs, alice,
                                      {{u"subject"_qs, u"bob"_qs},
                                       {u"service"_qs, u"payments"_qs},
                                       {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                       {u"duration"_qs, u"10m"_qs},
                                       {u"reason"_qs, u"INC-88 net log"_qs}});
        QCOMPARE(grant.status, 201);
        QVERIFY(pollUntil(
            [&] { return throughEdge("GET", u"/v1/charges/warm-up"_qs, bob).status == 200; },
            std::chrono::seconds(5)));

        QCOMPARE(throughEdge("GET", u"/v1/charges/net-allowed?token=must-not-leak"_qs, bob).status,
                 200);
        QCOMPARE(throughEdge("POST", u"/v1/charges/net-refused"_qs, bob).status, 403);
        QCOMPARE(throughEdge("GET", u"/v1/charges/net-anonymous"_qs, {}).status, 401);

        QHash<QString, QJsonObject> lines;
        const QStringList paths{u"/v1/charges/net-allowed"_qs, u"/v1/charges/net-refused"_qs,
                                u"/v1/charges/net-anonymous"_qs};
        QVERIFY(pollUntil(
            [&] {
                lines = byPath(storedLines());
                return std::all_of(paths.begin(), paths.end(),
                                   [&](const QString &p) { return lines.contains(p); });
            },
            std::chrono::seconds(10)));

        const QJsonObject allowed = lines.value(paths[0]);
        QCOMPARE(allowed.value(u"status").toInt(), 200);
        QCOMPARE(allowed.value(u"user_id").toString(), u"bob"_qs);
        QCOMPARE(allowed.value(u"decision").toObject().value(u"allowed").toBool(), true);
        QCOMPARE(allowed.value(u"decision").toObject().value(u"grant_id").toString(),
                 grant.json().value(u"id").toString());
        QVERIFY(allowed.value(u"id").toString().startsWith(u"net-"_qs));
        QCOMPARE(lines.value(paths[1]).value(u"status").toInt(), 403);
        QCOMPARE(lines.value(paths[1]).value(u"decision").toObject().value(u"allowed").toBool(),
                 false);
        QCOMPARE(lines.value(paths[2]).value(u"status").toInt(), 401);
        QVERIFY(!lines.value(paths[2]).value(u"decision").toObject().isEmpty());
        for (const QJsonObject &line : std::as_const(lines))
            QVERIFY(!line.value(u"path").toString().contains(u'?'));
    }

    void rawClientGetsOnlyValidLinesStored_data()
    {
        QTest::addColumn<QList<QByteArray>>("lines"); // each one write; "<n>" marks valid ones
        QTest::addColumn<int>("malformed");

        const QByteArray valid = "<valid>";
        const QByteArray overlong = QByteArray(kLimit + 1, 'x') + '\n';
        QTest::newRow("valid lines only") << QList<QByteArray>{valid, valid, valid} << 0;
        QTest::newRow("garbage between")
            << QList<QByteArray>{valid, "GET /x 200\n", "{\"msg\":\"serving\"}\n", valid} << 2;
        QTest::newRow("overlong line") << QList<QByteArray>{valid, overlong, valid} << 1;
        QTest::newRow("partial line at disconnect")
            << QList<QByteArray>{valid, caddyAccessLine(7).left(80)} << 1;
        QTest::newRow("everything at once") << QList<QByteArray>{valid,
                                                                 "not json\n",
                                                                 overlong,
                                                                 valid,
                                                                 QByteArray("\x00\xff\n", 3),
                                                                 valid,
                                                                 overlong,
                                                                 valid,
                                                                 caddyAccessLine(9).left(30)}
                                            << 5;
    }
    void rawClientGetsOnlyValidLinesStored()
    {
        QFETCH(QList<QByteArray>, lines);
        QFETCH(int, malformed);

        const double storedBefore = metric(u"gatehouse_ingest_lines_total"_qs);
        const double malformedBefore = metric(u"gatehouse_ingest_malformed_total"_qs);
        QVERIFY(storedBefore >= 0 && malformedBefore >= 0);

        // Valid lines carry paths of their own, to be found in the store.
        ++m_rawRow;
        QSet<QString> expected;
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_netPort);
        QVERIFY(client.waitForConnected(5000));
        for (QByteArray line : lines) {
            if (line == "<valid>") {
                const QByteArray path = "/raw/" + QByteArray::number(m_rawRow) + "/" +
                                        QByteArray::number(expected.size());
                line = caddyAccessLine(expected.size(), path + "?token=secret");
                expected.insert(QString::fromLatin1(path));
            }
            client.write(line);
        }
        client.disconnectFromHost();
        QVERIFY(pollUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; },
                          std::chrono::seconds(10)));

        QVERIFY2(pollUntil(
                     [&] {
                         return metric(u"gatehouse_ingest_lines_total"_qs) >=
                                    storedBefore + expected.size() &&
                                metric(u"gatehouse_ingest_malformed_total"_qs) >=
                                    malformedBefore + malformed;
                     },
                     std::chrono::seconds(10)),
                 qPrintable(m_gatehoused.diagnostics()));
        QCOMPARE(metric(u"gatehouse_ingest_lines_total"_qs), storedBefore + expected.size());
        QCOMPARE(metric(u"gatehouse_ingest_malformed_total"_qs), malformedBefore + malformed);
        QCOMPARE(metric(u"gatehouse_ingest_lag_bytes"_qs), 0.0);

        QJsonObject ingest;
        const auto stored = byPath(storedLines(&ingest));
        QSet<QString> mine;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            if (it.key().startsWith(u"/raw/%1/"_qs.arg(m_rawRow)))
                mine.insert(it.key());
        }
        QCOMPARE(mine, expected);
        QCOMPARE(ingest.value(u"malformed").toDouble(), malformedBefore + malformed);
    }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(listeningAddresses(m_netPort), QStringList{u"127.0.0.1"_qs});
        // Nothing answers on this machine's other addresses.
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress &address : addresses) {
            if (address.isLoopback() || address.isLinkLocal())
                continue;
            QTcpSocket probe;
            probe.connectToHost(address, m_netPort);
            QVERIFY2(!probe.waitForConnected(2000), qPrintable(address.toString()));
        }

        // A configuration that would listen elsewhere is refused.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatehoused.toml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[identity]\nissuer = \"https://idp.example.test\"\n\n[edge]\n"
                   "access_log_net = \"0.0.0.0:47190\"\n");
        file.close();
        QProcess check;
        check.start(gatehousedPath(), {u"--check-config"_qs, u"--config"_qs, path});
        QVERIFY(check.waitForFinished(20000));
        QCOMPARE(check.exitCode(), 78);
        const QString error = QString::fromUtf8(check.readAllStandardError());
        QVERIFY2(error.contains(path + u":5: 'access_log_net' must be a loopback address"_qs),
                 qPrintable(error));
    }

    // Caddy 2.6's net writer: while gatehoused is down, and for up to 10 s
    // after it is back, lines go to Caddy's stderr (or are lost); then Caddy
    // dials again and lines arrive again.
    void caddyReconnectsAfterGatehousedRestarts()
    {
        QVERIFY(m_gatehoused.process().stop() == 0);
        throughEdge("GET", u"/v1/charges/while-down-1"_qs, {});
        throughEdge("GET", u"/v1/charges/while-down-2"_qs, {});
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));

        // A request every 250 ms until one of them is stored.
        QElapsedTimer sinceRequest;
        int sent = 0;
        QHash<QString, QJsonObject> lines;
        QVERIFY2(pollUntil(
                     [&] {
                         if (sent == 0 || sinceRequest.elapsed() >= 250) {
                             throughEdge("GET", u"/v1/charges/after-restart-%1"_qs.arg(++sent), {});
                             sinceRequest.start();
                         }
                         lines = byPath(storedLines());
                         return std::any_of(lines.keyBegin(), lines.keyEnd(), [](const QString &p) {
                             return p.startsWith(u"/v1/charges/after-restart-"_qs);
                         });
                     },
                     std::chrono::seconds(40)),
                 qPrintable(m_caddy.diagnostics()));

        QVERIFY(!lines.contains(u"/v1/charges/while-down-1"_qs));
        QVERIFY(!lines.contains(u"/v1/charges/while-down-2"_qs));
        const QString caddyErrors = m_caddy.errors();
        QVERIFY2(caddyErrors.contains(u"\"uri\":\"/v1/charges/while-down-2\""_qs),
                 qPrintable(caddyErrors.right(2000)));
        // No line is stored twice.
        QHash<QString, int> times;
        const auto all = storedLines();
        for (const QJsonObject &line : all) {
            const QString path = line.value(u"path").toString();
            if (!path.endsWith(u"/warm-up"_qs))
                QVERIFY2(++times[path] == 1, qPrintable(path));
        }
    }

    void cleanupTestCase()
    {
        m_caddy.stop();
        m_upstream.stop();
    }
};

QTEST_GUILESS_MAIN(TestAccessLogNet)
#include "tst_accesslognet.moc"
