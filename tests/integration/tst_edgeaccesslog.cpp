#include "ApiClient.h"
#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
}

// Real Caddy with the Caddyfile gatehoused writes, real gatehoused following
// its access log: every request Caddy answers, however the client spells
// Host and whatever identity headers it forges, is stored, joined to its
// decision, and flagged when it carried an identity header of its own.
class TestEdgeAccessLog : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    CaddyFixture m_caddy;
    DemoUpstream m_upstream;
    ApiClient m_api;
    QTemporaryDir m_dir;

    QByteArray edgeToken(const QString &user, const QStringList &groups) const
    {
        return m_idp.token(user, groups, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
    }

    // One request written byte for byte (repeated and empty headers, any
    // Host), so nothing between the test and Caddy tidies it up.
    int rawRequest(const QByteArray &host, const QByteArray &path, const Headers &headers,
                   QByteArray *body = nullptr)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_caddy.httpPort());
        if (!socket.waitForConnected(10000))
            return 0;
        QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "Connection: close\r\n\r\n";
        socket.write(request);
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        if (body)
            *body = response.mid(response.indexOf("\r\n\r\n") + 4);
        const QList<QByteArray> statusLine = response.left(response.indexOf('\r')).split(' ');
        return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    }

    // The stored access-log line for `path`, once gatehoused has it.
    QJsonObject storedLine(const QString &path)
    {
        const QByteArray auditor = m_idp.token(u"carol"_qs, {u"auditors"_qs});
        QJsonObject found;
        pollUntil(
            [&] {
                QString cursor;
                do {
                    const auto page =
                        m_api.get(u"/v1/access-log?limit=1000&after="_qs + cursor, auditor).json();
                    for (const auto &item : page.value(u"items").toArray()) {
                        if (item.toObject().value(u"path").toString() == path) {
                            found = item.toObject();
                            return true;
                        }
                    }
                    cursor = page.value(u"next").toString();
                } while (!cursor.isEmpty());
                return false;
            },
            std::chrono::seconds(15));
        return found;
    }

    QString port() const { return QString::number(m_caddy.httpPort()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        QVERIFY2(m_upstream.start(u"invoicing"_qs), qPrintable(m_upstream.diagnostics()));
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        m_gatehoused.setListenPort(freeLoopbackPort());
        const QString edge =
            u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n"
            "access_log = \"%3\"\n\n[edge.upstreams]\ninvoicing = \"%4\"\n"_qs.arg(edgePort)
                .arg(adminPort)
                .arg(m_dir.filePath(u"access.log"_qs), m_upstream.address());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog() + edge),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());

        QString why;
        const QString caddyfile = generatedCaddyfile(m_gatehoused.configPath(), &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));
    }

    void everyHostSpellingIsLoggedAndJoined_data()
    {
        QTest::addColumn<QString>("host"); // {PORT}: the edge's port
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("service"); // the decision's

        QTest::newRow("as published")
            << u"invoicing.localhost:{PORT}"_qs << true << 200 << u"invoicing"_qs;
        QTest::newRow("no port") << u"invoicing.localhost"_qs << true << 200 << u"invoicing"_qs;
        QTest::newRow("upper case")
            << u"INVOICING.LOCALHOST:{PORT}"_qs << true << 200 << u"invoicing"_qs;
        QTest::newRow("no port, no token")
            << u"invoicing.localhost"_qs << false << 401 << QString();
        QTest::newRow("trailing dot")
            << u"invoicing.localhost.:{PORT}"_qs << true << 403 << QString();
        QTest::newRow("unknown host")
            << u"nothing-here.localhost:{PORT}"_qs << true << 403 << QString();
        QTest::newRow("unknown host, no port")
            << u"nothing-here.localhost"_qs << false << 403 << QString();
        QTest::newRow("an address") << u"127.0.0.1:{PORT}"_qs << true << 403 << QString();
    }

    void everyHostSpellingIsLoggedAndJoined()
    {
        QFETCH(QString, host);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        QFETCH(QString, service);
        const QString path =
            u"/v1/invoices/"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Headers headers;
        if (withToken)
            headers.append(
                {"Authorization", "Bearer " + edgeToken(u"alice"_qs, {u"payments-team"_qs})});
        const QByteArray hostHeader = host.replace(u"{PORT}"_qs, port()).toUtf8();
        QCOMPARE(rawRequest(hostHeader, path.toUtf8(), headers), status);

        const QJsonObject line = storedLine(path);
        QVERIFY2(!line.isEmpty(), qPrintable(u"no stored line for Host "_qs + host +
                                             u"; Caddy said: "_qs + m_caddy.errors().right(1500)));
        QCOMPARE(line.value(u"status").toInt(), status);
        QCOMPARE(line.value(u"host").toString(), QString::fromUtf8(hostHeader));
        const QJsonObject decision = line.value(u"decision").toObject();
        QVERIFY2(!decision.isEmpty(), "the line is joined to its decision");
        QCOMPARE(decision.value(u"allowed").toBool(), status == 200);
        QCOMPARE(decision.value(u"service").toString(), service);
        if (withToken)
            QCOMPARE(decision.value(u"subject").toString(), u"alice"_qs);
        QVERIFY(!line.value(u"flagged").toBool());
    }

    void forgedIdentityHeadersAreFlagged_data()
    {
        QTest::addColumn<Headers>("forged");
        QTest::addColumn<QString>("named"); // what the flag reason must name

        QTest::newRow("user") << Headers{{"X-Gatehouse-User", "mallory"}} << u"mallory"_qs;
        QTest::newRow("empty user, then another")
            << Headers{{"X-Gatehouse-User", ""}, {"X-Gatehouse-User", "mallory"}} << u"mallory"_qs;
        QTest::newRow("empty user alone")
            << Headers{{"X-Gatehouse-User", ""}} << u"X-Gatehouse-User"_qs;
        QTest::newRow("own name") << Headers{{"X-Gatehouse-User", "alice"}}
                                  << u"X-Gatehouse-User"_qs;
        QTest::newRow("lower-case name")
            << Headers{{"x-gatehouse-user", "mallory"}} << u"mallory"_qs;
        QTest::newRow("groups") << Headers{{"X-Gatehouse-Groups", "gatehouse-admins"}}
                                << u"gatehouse-admins"_qs;
        QTest::newRow("grant") << Headers{{"X-Gatehouse-Grant", "standing:group:x"}}
                               << u"X-Gatehouse-Grant"_qs;
        QTest::newRow("decision") << Headers{{"X-Gatehouse-Decision", "allow"}}
                                  << u"X-Gatehouse-Decision"_qs;
        QTest::newRow("decision id")
            << Headers{{"X-Gatehouse-Decision-Id", "d-forged"}} << u"X-Gatehouse-Decision-Id"_qs;
        QTest::newRow("another edge header")
            << Headers{{"X-Gatehouse-Role", "admin"}} << u"X-Gatehouse-Role"_qs;
    }

    void forgedIdentityHeadersAreFlagged()
    {
        QFETCH(Headers, forged);
        QFETCH(QString, named);
        const QString path =
            u"/v1/invoices/"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Headers headers = forged;
        headers.append(
            {"Authorization", "Bearer " + edgeToken(u"alice"_qs, {u"payments-team"_qs})});
        // Spelled without the port, as a client that wants to stay unlogged would.
        QByteArray body;
        QCOMPARE(rawRequest("invoicing.localhost", path.toUtf8(), headers, &body), 200);
        // The upstream sees only what the edge decided, none of the client's copies.
        const QJsonObject seen =
            QJsonDocument::fromJson(
                body.mid(body.indexOf('{'), body.lastIndexOf('}') - body.indexOf('{') + 1))
                .object()
                .value(u"identity"_qs)
                .toObject();
        QCOMPARE(seen.value(u"x-gatehouse-user"_qs).toString(), u"alice"_qs);
        QCOMPARE(seen.value(u"x-gatehouse-groups"_qs).toString(), u"payments-team"_qs);
        QCOMPARE(seen.value(u"x-gatehouse-decision"_qs).toString(), u"allow"_qs);
        QCOMPARE(seen.value(u"x-gatehouse-grant"_qs).toString(),
                 u"standing:group:payments-team"_qs);
        QCOMPARE(seen.keys(), (QStringList{u"x-gatehouse-decision"_qs,
                                           u"x-gatehouse-decision-id"_qs, u"x-gatehouse-grant"_qs,
                                           u"x-gatehouse-groups"_qs, u"x-gatehouse-user"_qs}));
        const QJsonObject line = storedLine(path);
        QVERIFY2(!line.isEmpty(), qPrintable(m_caddy.errors().right(1500)));
        QVERIFY2(line.value(u"flagged").toBool(), qPrintable(path));
        const QString reason = line.value(u"flag_reason").toString();
        QVERIFY2(reason.contains(named), qPrintable(reason));
        QVERIFY2(reason.contains(u"alice"_qs), qPrintable(reason)); // the decided identity
    }

    // With TLS (port 443) Caddy is not started here, but the Caddyfile must
    // still send every host to one log: what Caddy makes of it says so.
    void theTlsCaddyfileLogsEveryHost()
    {
        const QString config =
            u"[server]\nlisten = \"127.0.0.1:47102\"\n\n[store]\nurl = \"sqlite:unused.db\"\n\n"
            "[identity]\nissuer = \"https://idp.example.test\"\n\n"_qs +
            demoCatalog() +
            u"\n[edge]\nlisten = \"0.0.0.0:443\"\naccess_log = \"%1\"\n\n"
            "[edge.upstreams]\ninvoicing = \"127.0.0.1:9\"\n"_qs.arg(m_dir.filePath(u"tls.log"_qs));
        QFile file(m_dir.filePath(u"tls.toml"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        QString why;
        const QString generated = generatedCaddyfile(file.fileName(), &why);
        QVERIFY2(!generated.isEmpty(), qPrintable(why));
        QFile caddyfile(m_dir.filePath(u"Caddyfile.tls"_qs));
        QVERIFY(caddyfile.open(QIODevice::WriteOnly));
        caddyfile.write(generated.toUtf8());
        caddyfile.close();

        QProcess adapt;
        adapt.start(QString::fromLatin1(kCaddy), {u"adapt"_qs, u"--config"_qs, caddyfile.fileName(),
                                                  u"--adapter"_qs, u"caddyfile"_qs});
        QVERIFY(adapt.waitForFinished(20000));
        QVERIFY2(adapt.exitCode() == 0, adapt.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(adapt.readAllStandardOutput()).object();
        const QJsonObject servers = json.value(u"apps"_qs)
                                        .toObject()
                                        .value(u"http"_qs)
                                        .toObject()
                                        .value(u"servers"_qs)
                                        .toObject();
        QCOMPARE(servers.size(), 1);
        const QJsonObject logs = servers.begin().value().toObject().value(u"logs"_qs).toObject();
        const QJsonObject loggers =
            json.value(u"logging"_qs).toObject().value(u"logs"_qs).toObject();
        const auto writesTheAccessLog = [&](const QString &logger) {
            return loggers.value(logger)
                       .toObject()
                       .value(u"writer"_qs)
                       .toObject()
                       .value(u"filename"_qs) == m_dir.filePath(u"tls.log"_qs);
        };
        // Any Host no site names exactly goes to the default logger: the access log.
        QVERIFY2(writesTheAccessLog(logs.value(u"default_logger_name"_qs).toString()),
                 QJsonDocument(logs).toJson().constData());
        const QJsonObject named = logs.value(u"logger_names"_qs).toObject();
        QVERIFY(named.contains(u"invoicing.localhost:443"_qs) ||
                named.contains(u"invoicing.localhost"_qs));
        for (auto it = named.begin(); it != named.end(); ++it)
            QVERIFY2(writesTheAccessLog(it.value().toString()), qPrintable(it.key()));

        // Caddy's own log keeps the query filter but leaves out the reverse
        // proxy's logger, whose per-request encoding of the whole request
        // costs Caddy about a tenth of its time (bench/edge-forward-auth).
        const QJsonObject own = loggers.value(u"default"_qs).toObject();
        QVERIFY2(own.value(u"exclude"_qs).toArray().contains(u"http.handlers.reverse_proxy"_qs),
                 QJsonDocument(own).toJson().constData());
        QCOMPARE(own.value(u"encoder"_qs)
                     .toObject()
                     .value(u"fields"_qs)
                     .toObject()
                     .value(u"request>uri"_qs)
                     .toObject()
                     .value(u"value"_qs)
                     .toString(),
                 u"?(query removed)"_qs);
    }

    void cleanupTestCase()
    {
        m_caddy.stop();
        m_upstream.stop();
    }
};

QTEST_GUILESS_MAIN(TestEdgeAccessLog)
#include "tst_edgeaccesslog.moc"
