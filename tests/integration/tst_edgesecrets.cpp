#include "CaddyFixture.h"
#include "DemoUpstream.h"
#include "GatehousedFixture.h"
#include "JsonLines.h"
#include "SyncHttp.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace gatehouse;
using namespace gatehouse::test;

// Query strings (and the tokens people put in them) stay out of the
// authoriser and out of every log Caddy writes, while the upstream still
// receives the request exactly as sent. Real Caddy with the Caddyfile
// `gatehoused caddy-config` writes; forward_auth goes to a recording
// authoriser in this process that allows everything.
class TestEdgeSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHttpServer m_authoriser;
    CaddyFixture m_caddy;
    DemoUpstream m_upstream;
    struct Asked
    {
        QString url;
        QString forwardedUri;
    };
    QList<Asked> m_asked;
    QByteArray m_redirectTo;

    QString accessLogPath() const { return m_dir.filePath(u"access.log"_qs); }

    HttpResult throughEdge(const QString &host, const QString &pathAndQuery,
                           QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append({"Host", (host + u':' + QString::number(m_caddy.httpPort())).toUtf8()});
        return httpRequest(
            "GET",
            QUrl::fromEncoded(
                u"http://127.0.0.1:%1%2"_qs.arg(m_caddy.httpPort()).arg(pathAndQuery).toUtf8()),
            headers);
    }

    static QString secret() { return u"SECRET-"_qs + QUuid::createUuid().toString(QUuid::Id128); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_upstream.start(u"invoicing"_qs), qPrintable(m_upstream.diagnostics()));
        const auto allow = [this](const QHttpServerRequest &request) {
            m_asked.append({QString::fromUtf8(request.url().toEncoded()),
                            QString::fromUtf8(request.value("X-Forwarded-Uri"))});
            // A sign-in redirect, as an authoriser in front of a web app sends.
            if (request.value("X-Forwarded-Uri").startsWith("/login")) {
                QHttpServerResponse redirect(QHttpServerResponse::StatusCode::Found);
                redirect.setHeader("Location", m_redirectTo);
                return redirect;
            }
            QHttpServerResponse response("text/plain", QByteArray("allowed\n"));
            response.setHeader("X-Gatehouse-User", "alice");
            response.setHeader("X-Gatehouse-Groups", "payments-team");
            response.setHeader("X-Gatehouse-Grant", "standing:group:payments-team");
            response.setHeader("X-Gatehouse-Decision", "allow");
            response.setHeader("X-Gatehouse-Decision-Id", "d-test");
            return response;
        };
        m_authoriser.route(u"/v1/authz/caddy"_qs, allow);
        const quint16 authz = m_authoriser.listen(QHostAddress::LocalHost);
        QVERIFY(authz != 0);

        // A service whose upstream is down, so Caddy writes an error to its own log.
        const quint16 closedPort = freeLoopbackPort();
        const quint16 edgePort = freeLoopbackPort();
        const quint16 adminPort = freeLoopbackPort();
        const QString config =
            u"[server]\nlisten = \"127.0.0.1:1\"\n\n[store]\nurl = \"sqlite:unused.db\"\n\n"
            "[identity]\nissuer = \"https://idp.example.test\"\n\n"_qs +
            demoCatalog() +
            u"\n[edge]\nlisten = \"127.0.0.1:%1\"\nadmin = \"127.0.0.1:%2\"\n"
            "access_log = \"%3\"\nauthz_url = \"http://127.0.0.1:%4\"\n\n"
            "[edge.upstreams]\ninvoicing = \"%5\"\nledger = \"127.0.0.1:%6\"\n"_qs.arg(edgePort)
                .arg(adminPort)
                .arg(accessLogPath())
                .arg(authz)
                .arg(m_upstream.address())
                .arg(closedPort);
        const QString configPath = m_dir.filePath(u"gatehoused.toml"_qs);
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.toUtf8());
        file.close();
        QString why;
        const QString caddyfile = generatedCaddyfile(configPath, &why);
        QVERIFY2(!caddyfile.isEmpty(), qPrintable(why));
        QVERIFY2(m_caddy.startWithCaddyfile(caddyfile, edgePort, adminPort),
                 qPrintable(m_caddy.diagnostics()));
    }

    void theAuthoriserGetsThePathOnly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query"); // {SECRET}: a fresh token

        QTest::newRow("token in the query") << u"/v1/invoices/7"_qs << u"?token={SECRET}"_qs;
        QTest::newRow("several parameters")
            << u"/v1/invoices"_qs << u"?a=1&access_token={SECRET}&b=%3F"_qs;
        QTest::newRow("encoded path kept as sent")
            << u"/v1/invoices/a%20b/%C3%A9"_qs << u"?code={SECRET}"_qs;
        QTest::newRow("question mark in the query") << u"/v1/x"_qs << u"?next=/y?t={SECRET}"_qs;
        QTest::newRow("empty query") << u"/v1/invoices/8"_qs << u"?"_qs;
        QTest::newRow("no query") << u"/v1/invoices/9"_qs << QString();
    }

    void theAuthoriserGetsThePathOnly()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        const QString token = secret();
        query.replace(u"{SECRET}"_qs, token);
        m_asked.clear();
        const auto r = throughEdge(u"invoicing.localhost"_qs, path + query);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().forwardedUri, path);
        QVERIFY2(QUrl(m_asked.first().url).query().isEmpty(), qPrintable(m_asked.first().url));
        // The upstream received the request as the client sent it.
        const auto seen = r.json();
        QCOMPARE(seen.value(u"uri").toString(), path + query);
        QCOMPARE(seen.value(u"identity").toObject().value(u"x-gatehouse-user").toString(),
                 u"alice"_qs);
    }

    void theAccessLogKeepsNoQueryOrReferer()
    {
        const QString token = secret();
        const QString path = u"/v1/invoices/"_qs + QUuid::createUuid().toString(QUuid::Id128);
        const QByteArray referer = "https://app.example.test/cb?code=" + token.toUtf8();
        const auto r = throughEdge(u"invoicing.localhost"_qs, path + u"?token="_qs + token,
                                   {{"Referer", referer}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"uri").toString(), path + u"?token="_qs + token);
        QCOMPARE(r.json().value(u"referer").toString(), QString::fromUtf8(referer));

        QJsonObject line;
        QVERIFY(pollUntil(
            [&] {
                for (const QJsonObject &l : readJsonLines(accessLogPath())) {
                    if (l.value(u"request").toObject().value(u"uri").toString().startsWith(path))
                        line = l;
                }
                return !line.isEmpty();
            },
            std::chrono::seconds(10)));
        const auto request = line.value(u"request").toObject();
        QCOMPARE(request.value(u"uri").toString(), path + u"?(query removed)"_qs);
        QVERIFY(!request.value(u"headers").toObject().contains(u"Referer"_qs));
        QFile file(accessLogPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
    }

    void theAccessLogKeepsNoRedirectTarget()
    {
        const QString token = secret();
        m_redirectTo = "https://app.example.test/callback?code=" + token.toUtf8();
        const QString path = u"/login/"_qs + QUuid::createUuid().toString(QUuid::Id128);
        const auto r = throughEdge(u"invoicing.localhost"_qs, path);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), m_redirectTo); // the client gets it as sent
        QJsonObject line;
        QVERIFY(pollUntil(
            [&] {
                for (const QJsonObject &l : readJsonLines(accessLogPath())) {
                    if (l.value(u"request").toObject().value(u"uri").toString() == path)
                        line = l;
                }
                return !line.isEmpty();
            },
            std::chrono::seconds(10)));
        QCOMPARE(line.value(u"status").toInt(), 302);
        QVERIFY(!line.value(u"resp_headers").toObject().contains(u"Location"_qs));
        QFile file(accessLogPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
    }

    void caddysOwnLogKeepsNoQuery()
    {
        const QString token = secret();
        const QString path = u"/entries/"_qs + QUuid::createUuid().toString(QUuid::Id128);
        // ledger's upstream is down: Caddy answers 502 and logs an error with the request.
        QCOMPARE(throughEdge(u"ledger.localhost"_qs, path + u"?token="_qs + token,
                             {{"Referer", "https://x.test/?t=" + token.toUtf8()}})
                     .status,
                 502);
        QVERIFY2(
            pollUntil([&] { return m_caddy.errors().contains(path); }, std::chrono::seconds(10)),
            qPrintable(m_caddy.errors().right(2000)));
        QVERIFY2(!m_caddy.errors().contains(token), qPrintable(m_caddy.errors().right(2000)));
        QFile file(accessLogPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));
    }

    void cleanupTestCase()
    {
        m_caddy.stop();
        m_upstream.stop();
    }
};

QTEST_GUILESS_MAIN(TestEdgeSecrets)
#include "tst_edgesecrets.moc"
