#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "SyncHttp.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// carol may always reach payments; Caddy asks about GET / on its host.
const QString kCatalog = u"[[services]]\nname = \"payments\"\nteam = \"payments\"\n"
                         "owners = [\"alice\"]\nedge_hosts = [\"payments.localhost\"]\n\n"
                         "[[permissions]]\nsubject = \"carol\"\nservice = \"payments\"\n"_qs;

QList<QPair<QByteArray, QByteArray>> headers(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token},
            {"X-Forwarded-Method", "GET"},
            {"X-Forwarded-Host", "payments.localhost"},
            {"X-Forwarded-Uri", "/"},
            {"X-Forwarded-Proto", "http"}};
}

} // namespace

// gatehoused judges access tokens on the identity provider's keys it has
// cached; fetching keys never holds up an answer, at the edge (forward_auth)
// or on the API. The IdP here is in this process and can hold its key set
// endpoint open on request.
class TestTokenKeys : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void slowKeySetDoesNotDelayTokensWithCachedKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<int>("bobsStatus"); // once bob's key is known
        // carol may reach payments (standing permission), bob may not.
        QTest::newRow("edge decision") << u"/v1/authz/caddy"_qs << u"urn:gatehouse:edge"_qs << 403;
        QTest::newRow("API call") << u"/v1/me"_qs << u"urn:gatehouse:api"_qs << 200;
    }
    void slowKeySetDoesNotDelayTokensWithCachedKeys()
    {
        QFETCH(QString, path);
        QFETCH(QString, audience);
        QFETCH(int, bobsStatus);
        StaticIdp idp;
        QVERIFY(idp.start());
        GatehousedFixture gatehoused;
        QVERIFY2(gatehoused.start(idp.issuer(), kCatalog), qPrintable(gatehoused.diagnostics()));
        const QUrl url(gatehoused.url().toString() + path);
        const QJsonObject aud{{u"aud"_qs, audience}};
        QCOMPARE(httpGet(url, headers(idp.token(u"carol"_qs, {}, aud))).status, 200);

        // The IdP rotates its key, and its key set endpoint stops answering.
        idp.holdKeySet();
        const int fetchesBefore = idp.jwksRequests();
        const QByteArray rotatedForAudience = idp.tokenWithRotatedKey(u"bob"_qs, {}, aud);
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers(rotatedForAudience))
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> unknownKey(m_nam.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(idp.jwksRequests() > fetchesBefore, 20000);

        // While gatehoused waits for the new keys, a token signed with a key it
        // knows is answered at once (a fresh token: no cached verdict).
        QElapsedTimer timer;
        timer.start();
        const auto known = httpGet(url, headers(idp.token(u"carol"_qs, {}, aud)));
        const qint64 elapsed = timer.elapsed();
        qInfo("%s with a cached key while the key set hangs: %lld ms", qPrintable(path), elapsed);
        QCOMPARE(known.status, 200);
        // The key fetch's own timeout is 2 s; an answer held behind it takes longer.
        QVERIFY2(elapsed < 1500, qPrintable(u"answered after %1 ms"_qs.arg(elapsed)));
        QCOMPARE(idp.jwksRequests(), fetchesBefore + 1);

        // The token with the unknown key is refused without waiting for the fetch.
        QSignalSpy unknownDone(unknownKey.get(), &QNetworkReply::finished);
        QVERIFY(unknownKey->isFinished() || unknownDone.wait(1500));
        QCOMPARE(unknownKey->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);

        // Once the IdP answers, the rotated key is known and its tokens pass.
        idp.release();
        QTRY_COMPARE_WITH_TIMEOUT(httpGet(url, headers(rotatedForAudience)).status, bobsStatus,
                                  30000);
    }

    void listensOnceTheKeysAreFetched()
    {
        // The IdP's key set answers only after a second: gatehoused waits for
        // it (without blocking) before it listens, so the very first request
        // finds the keys. (An IdP that never answers: tst_keyfetch.)
        StaticIdp idp;
        QVERIFY(idp.start());
        idp.holdKeySet();
        QTimer::singleShot(1000, [&idp] { idp.release(); });
        GatehousedFixture gatehoused;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(gatehoused.start(idp.issuer(), kCatalog), qPrintable(gatehoused.diagnostics()));
        const qint64 readyAfter = timer.elapsed();
        qInfo("ready %lld ms after starting, the key set answering after 1000 ms", readyAfter);
        QVERIFY2(readyAfter >= 1000, qPrintable(u"ready after %1 ms"_qs.arg(readyAfter)));
        QVERIFY(idp.jwksRequests() >= 1);

        const QUrl me(gatehoused.url().toString() + u"/v1/me"_qs);
        const QJsonObject aud{{u"aud"_qs, u"urn:gatehouse:api"_qs}};
        const QByteArray token = idp.token(u"carol"_qs, {}, aud);
        QCOMPARE(httpGet(me, {{"Authorization", "Bearer " + token}}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestTokenKeys)
#include "tst_tokenkeys.moc"
