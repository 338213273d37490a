#include "AccessTokenVerifier.h"
#include "StaticIdp.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

namespace {

// Ticks every millisecond on the thread under test and remembers the
// deepest event loop a tick ran in. QTRY_* and QTest::qWait process events
// without an event loop of their own, so while a test waits with them a
// tick at level 1 or more ran inside a QEventLoop someone else started: a
// nested event loop.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ++m_ticks;
            m_deepest = std::max(m_deepest, QThread::currentThread()->loopLevel());
        });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    int deepestLoop() const { return m_deepest; }

private:
    QTimer m_timer;
    int m_ticks = 0;
    int m_deepest = 0;
};

ServerConfig configFor(const StaticIdp &idp)
{
    ServerConfig config;
    config.issuer = idp.issuer();
    return config;
}

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

} // namespace

// gatehoused never waits for an identity provider on the thread that
// decides: the keys are fetched asynchronously at start-up and when a token
// names a key not seen yet, and no nested event loop runs meanwhile. The
// IdP here holds its key set open until the test releases it.
class TestKeyFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startUpFetchDoesNotBlockTheCallingThread()
    {
        StaticIdp idp;
        QVERIFY(idp.start());
        idp.holdKeySet();
        AccessTokenVerifier verifier(configFor(idp), AccessTokenVerifier::Audience::Api);
        // Longer than this test waits: waiting for the key set would show.
        verifier.setFetchTimeout(std::chrono::seconds(30));
        QSignalSpy loaded(&verifier, &AccessTokenVerifier::keysLoaded);
        LoopWatch watch;

        QElapsedTimer timer;
        timer.start();
        verifier.loadKeys();
        QVERIFY2(timer.elapsed() < 1000,
                 qPrintable(u"loadKeys() took %1 ms"_qs.arg(timer.elapsed())));
        QCOMPARE(loaded.size(), 0); // never from the call itself

        // The fetch reaches the held key set; this thread keeps turning meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(idp.jwksRequests() == 1, 10000);
        // (Twenty turns of the loop: a busy machine may take a while for them.)
        const int ticksBefore = watch.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(watch.ticks() >= ticksBefore + 20, 5000);
        QCOMPARE(loaded.size(), 0);
        // A token is judged now, on what is known (nothing yet): no waiting.
        const QByteArray carol = bearer(idp.token(u"carol"_qs, {}));
        timer.restart();
        const auto early = verifier.verify(carol);
        QVERIFY(timer.elapsed() < 1000); // a wait for the held key set takes 30 s
        QCOMPARE(early.error().code, u"token.keys_unavailable"_qs);

        idp.release();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QVERIFY(verifier.verify(bearer(idp.token(u"carol"_qs, {}))).ok());
        QCOMPARE(watch.deepestLoop(), 0);
    }

    void unknownKeyIsRefusedAtOnceAndFetchedOnce()
    {
        StaticIdp idp;
        QVERIFY(idp.start());
        AccessTokenVerifier verifier(configFor(idp), AccessTokenVerifier::Audience::Api);
        verifier.setFetchTimeout(std::chrono::seconds(30));
        QSignalSpy loaded(&verifier, &AccessTokenVerifier::keysLoaded);
        verifier.loadKeys();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(verifier.verify(bearer(idp.token(u"carol"_qs, {}))).ok());

        // The IdP rotates its key and its key set hangs.
        idp.holdKeySet();
        const int fetchesBefore = idp.jwksRequests();
        const QByteArray rotated = idp.tokenWithRotatedKey(u"bob"_qs, {});
        LoopWatch watch;
        QSignalSpy refreshed(&verifier, &AccessTokenVerifier::keysRefreshed);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50; ++i) {
            const auto result = verifier.verify(bearer(rotated));
            QCOMPARE(result.error().code, u"token.unknown_key"_qs);
        }
        QVERIFY2(timer.elapsed() < 1000,
                 qPrintable(u"50 refusals took %1 ms"_qs.arg(timer.elapsed())));
        // One background fetch for all of them, which waits on the IdP while
        // this thread keeps turning and a known key still passes.
        QTRY_COMPARE_WITH_TIMEOUT(idp.jwksRequests(), fetchesBefore + 1, 10000);
        const int ticksBefore = watch.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(watch.ticks() >= ticksBefore + 20, 5000);
        QCOMPARE(idp.jwksRequests(), fetchesBefore + 1);
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(verifier.verify(bearer(idp.token(u"carol"_qs, {}))).ok());

        // Once the key set answers, the rotated key is known.
        idp.release();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QCOMPARE(refreshed.first().at(1).toBool(), true);
        QVERIFY(verifier.verify(bearer(rotated)).ok());
        QCOMPARE(watch.deepestLoop(), 0);
    }

    void unreachableIdpEndsTheStartUpFetch()
    {
        // Nothing listens on this port: the start-up fetch ends with an
        // error (so the daemon listens anyway) without blocking meanwhile.
        ServerConfig config;
        config.issuer = QUrl(u"http://127.0.0.1:9/"_qs);
        AccessTokenVerifier verifier(config, AccessTokenVerifier::Audience::Api);
        QSignalSpy loaded(&verifier, &AccessTokenVerifier::keysLoaded);
        LoopWatch watch;
        verifier.loadKeys();
        QCOMPARE(loaded.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().first().toBool(), false);
        QCOMPARE(watch.deepestLoop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyFetch)
#include "tst_keyfetch.moc"
