#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// gatehoused judges access tokens on the identity provider's keys it has
// cached; fetching keys never holds up an answer. The IdP here is in this
// process and can hold its key set endpoint open on request.
class TestTokenKeys : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QNetworkReply *startGet(const QUrl &base, const QByteArray &token)
    {
        QNetworkRequest request(QUrl(base.toString() + u"/v1/me"_qs));
        request.setRawHeader("Authorization", "Bearer " + token);
        return m_nam.get(request);
    }

private Q_SLOTS:
    void slowKeySetDoesNotDelayTokensWithCachedKeys()
    {
        StaticIdp idp;
        QVERIFY(idp.start());
        GatehousedFixture gatehoused;
        QVERIFY2(gatehoused.start(idp.issuer()), qPrintable(gatehoused.diagnostics()));
        const ApiClient api(gatehoused.url());
        QCOMPARE(api.get(u"/v1/me"_qs, idp.token(u"alice"_qs, {})).status, 200);

        // The IdP rotates its key, and its key set endpoint stops answering.
        idp.holdKeySet();
        const int fetchesBefore = idp.jwksRequests();
        const QByteArray rotated = idp.tokenWithRotatedKey(u"bob"_qs, {});
        std::unique_ptr<QNetworkReply> unknownKey(startGet(gatehoused.url(), rotated));
        QTRY_VERIFY_WITH_TIMEOUT(idp.jwksRequests() > fetchesBefore, 20000);

        // While gatehoused waits for the new keys, a token signed with a key it
        // knows is answered at once (a fresh token: no cached verdict).
        QElapsedTimer timer;
        timer.start();
        const auto known = api.get(u"/v1/me"_qs, idp.token(u"carol"_qs, {}));
        const qint64 elapsed = timer.elapsed();
        qInfo("decision with a cached key while the key set hangs: %lld ms", elapsed);
        QCOMPARE(known.status, 200);
        QCOMPARE(known.json().value(u"subject").toString(), u"carol"_qs);
        // The key fetch's own timeout is 2 s; an answer held behind it takes longer.
        QVERIFY2(elapsed < 1500, qPrintable(u"answered after %1 ms"_qs.arg(elapsed)));
        QVERIFY(idp.jwksRequests() == fetchesBefore + 1);

        // The token with the unknown key is refused without waiting for the fetch.
        QSignalSpy unknownDone(unknownKey.get(), &QNetworkReply::finished);
        QVERIFY(unknownKey->isFinished() || unknownDone.wait(1500));
        QCOMPARE(unknownKey->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);

        // Once the IdP answers, the rotated key is known and its tokens pass.
        idp.release();
        QTRY_COMPARE_WITH_TIMEOUT(api.get(u"/v1/me"_qs, rotated).status, 200, 30000);
    }
};

QTEST_GUILESS_MAIN(TestTokenKeys)
#include "tst_tokenkeys.moc"
