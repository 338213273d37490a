#include "ApiClient.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "TestEnvironment.h"
#include "identity/Base64Url.h"
#include "net/FormPostJob.h"
#include "session/BrowserLauncher.h"
#include "session/KeychainJob.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const auto part = base64url::decode(jwt.split('.').value(1));
    return part ? QJsonDocument::fromJson(*part).object() : QJsonObject{};
}

} // namespace

// The console's session against the real development IdP (oidc-provider),
// signing in through the scripted browser, inside a private D-Bus session
// with an unlocked gnome-keyring.
class TestSignIn : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    QNetworkAccessManager m_nam;
    int m_profiles = 0;

    Profile profile()
    {
        Profile p;
        p.name = u"signin-test-%1"_qs.arg(++m_profiles); // a keychain entry of its own
        p.issuer = m_idp.issuer();
        p.controlPlaneUrl = QUrl(u"http://127.0.0.1:47102"_qs);
        return p;
    }

    static Error run(const std::function<void(Session::Done)> &call)
    {
        std::optional<Error> out;
        call([&](const Error &e) { out = e; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return Error{u"test.timeout"_qs, u"no answer within 30 s"_qs, {}};
        return *out;
    }

    static KeychainJob::Outcome readKeychain(const QString &key, QByteArray *secret = nullptr)
    {
        std::unique_ptr<KeychainJob> job(KeychainJob::read(key));
        QSignalSpy done(job.get(), &KeychainJob::finished);
        job->start();
        if (!done.wait(15000))
            return KeychainJob::Outcome::Unavailable;
        if (secret)
            *secret = job->secret();
        return job->outcome();
    }

    QString redeem(const QByteArray &refreshToken)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_qs, u"refresh_token"_qs);
        form.addQueryItem(u"refresh_token"_qs, QString::fromLatin1(refreshToken));
        form.addQueryItem(u"client_id"_qs, u"gatehouse-console"_qs);
        FormPostJob job(&m_nam, QUrl(m_idp.issuer().toString() + u"/token"_qs), form);
        QSignalSpy done(&job, &NetworkJob::finished);
        job.start();
        if (!done.wait(15000))
            return u"timeout"_qs;
        return job.error().isNull() ? u"ok"_qs : job.error().code;
    }

    std::unique_ptr<Session> signedIn(const Profile &p)
    {
        auto session = std::make_unique<Session>(p, &m_nam);
        session->setBrowserLauncher(makeDriverLauncher());
        const Error e = run([&](Session::Done d) { session->signIn(d); });
        if (!e.isNull()) {
            qWarning("sign-in failed: %s", qPrintable(e.logText()));
            return nullptr;
        }
        return session;
    }

    static SignInFlow::BrowserLauncher makeDriverLauncher();

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        qunsetenv("GATEHOUSE_DEV_DENY");
        qunsetenv("GATEHOUSE_DEV_USER");
    }

    void fullSignInThroughTheBrowser()
    {
        const Profile p = profile();
        Session session(p, &m_nam);
        session.setBrowserLauncher(makeDriverLauncher());
        QSignalSpy states(&session, &Session::stateChanged);
        const Error e = run([&](Session::Done d) { session.signIn(d); });
        QVERIFY2(e.isNull(), qPrintable(e.logText()));

        QCOMPARE(session.state(), Session::State::SignedIn);
        QCOMPARE(session.browserLaunches(), 1);
        QVERIFY(
            states.contains(QVariantList{QVariant::fromValue(Session::State::WaitingForBrowser)}));
        const SignedInUser &u = session.user();
        QCOMPARE(u.subject, u"alice"_qs);
        QCOMPARE(u.name, u"Alice Adams"_qs);
        QCOMPARE(u.email, u"alice@example.test"_qs);
        QVERIFY(u.groups.contains(u"payments-team"_qs));
        // The session ends when the refresh token does (8 h at the dev IdP).
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(u.sessionEndsAt);
        QVERIFY2(left > 7 * 3600 && left <= 8 * 3600, qPrintable(QString::number(left)));

        // The access token is for the control plane, and the control plane takes it.
        QCOMPARE(jwtPayload(session.accessToken()).value(u"aud").toString(),
                 u"urn:gatehouse:api"_qs);
        GatehousedFixture gatehoused;
        QVERIFY(gatehoused.start(m_idp.issuer()));
        const auto me = ApiClient(gatehoused.url()).get(u"/v1/me"_qs, session.accessToken());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"subject").toString(), u"alice"_qs);

        QByteArray stored;
        QCOMPARE(readKeychain(session.keychainKey(), &stored), KeychainJob::Outcome::Ok);
        QVERIFY(!stored.isEmpty());
        QVERIFY(session.keychainAvailable());
    }

    void refreshRotatesAndReuseEndsTheSession()
    {
        auto session = signedIn(profile());
        QVERIFY(session);
        QByteArray first;
        QCOMPARE(readKeychain(session->keychainKey(), &first), KeychainJob::Outcome::Ok);
        const QByteArray firstAccess = session->accessToken();

        QSignalSpy refreshed(session.get(), &Session::tokensRefreshed);
        QVERIFY(run([&](Session::Done d) { session->refreshNow(d); }).isNull());
        QCOMPARE(refreshed.count(), 1);
        QByteArray second;
        QCOMPARE(readKeychain(session->keychainKey(), &second), KeychainJob::Outcome::Ok);
        QVERIFY(second != first); // rotated, and the keychain holds the new one
        QVERIFY(session->accessToken() != firstAccess);

        // Someone presents the old token: the IdP refuses and revokes the whole grant.
        QCOMPARE(redeem(first), u"oauth.invalid_grant"_qs);

        QSignalSpy errors(session.get(), &Session::errorOccurred);
        const Error e = run([&](Session::Done d) { session->refreshNow(d); });
        QCOMPARE(e.code, signin::kSessionEnded);
        QVERIFY(e.message.contains(u"sign in again"_qs));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(session->state(), Session::State::SignedOut);
        QVERIFY(session->accessToken().isEmpty());
        QCOMPARE(readKeychain(session->keychainKey()), KeychainJob::Outcome::NotFound);
    }

    void refreshesBeforeTheAccessTokenExpires()
    {
        DevIdp shortLived;
        shortLived.setAccessTokenTtl(3);
        QVERIFY2(shortLived.start(), qPrintable(shortLived.diagnostics()));
        Profile p = profile();
        p.issuer = shortLived.issuer();
        auto session = signedIn(p);
        QVERIFY(session);
        const QDateTime firstExpiry = session->accessExpiresAt();
        QSignalSpy refreshed(session.get(), &Session::tokensRefreshed);
        // Nothing asks for it: the session renews on its own, before expiry.
        QVERIFY(refreshed.wait(10000));
        QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry);
        QVERIFY(session->accessExpiresAt() > firstExpiry);
        QCOMPARE(session->state(), Session::State::SignedIn);
    }

    void signOutRevokesTheRefreshToken()
    {
        auto session = signedIn(profile());
        QVERIFY(session);
        QByteArray token;
        QCOMPARE(readKeychain(session->keychainKey(), &token), KeychainJob::Outcome::Ok);
        QVERIFY(run([&](Session::Done d) { session->signOut(d); }).isNull());
        QCOMPARE(session->state(), Session::State::SignedOut);
        QCOMPARE(readKeychain(session->keychainKey()), KeychainJob::Outcome::NotFound);
        QCOMPARE(redeem(token), u"oauth.invalid_grant"_qs);
    }

    void secondStartUsesTheKeychainWithoutABrowser()
    {
        const Profile p = profile();
        {
            auto first = signedIn(p);
            QVERIFY(first);
        } // the console quits
        Session second(p, &m_nam);
        int launches = 0;
        second.setBrowserLauncher([&](const QUrl &) {
            ++launches;
            return Error{};
        });
        const Error e = run([&](Session::Done d) { second.restore(d); });
        QVERIFY2(e.isNull(), qPrintable(e.logText()));
        QCOMPARE(second.state(), Session::State::SignedIn);
        QCOMPARE(second.user().email, u"alice@example.test"_qs);
        QCOMPARE(launches, 0);
        QCOMPARE(second.browserLaunches(), 0);
    }

    // The browser is answered only once the session is kept: when its page
    // arrives the session is signed in and the keychain holds it, or the page
    // says the session could not be saved (run without a keychain:
    // tst_signin_nokeychain).
    void browserHearsOfTheSessionOnlyOnceItIsKept()
    {
        const bool noKeychain = qEnvironmentVariableIntValue("GATEHOUSE_TEST_NO_KEYCHAIN");
        Session session(profile(), &m_nam);
        QProcess browser; // signs in at the IdP's forms and hands back the callback
        QSignalSpy browserDone(&browser, &QProcess::finished);
        session.setBrowserLauncher([&](const QUrl &url) {
            browser.start(QString::fromLatin1(kNode),
                          {QString::fromLatin1(kSourceDir) + u"/scripts/idp/driver.mjs"_qs,
                           u"browser"_qs, u"--print-callback"_qs,
                           url.toString(QUrl::FullyEncoded)});
            return Error{};
        });
        std::optional<Error> result;
        session.signIn([&](const Error &e) { result = e; });
        QTRY_COMPARE_WITH_TIMEOUT(browserDone.count(), 1, 30000);
        QVERIFY2(browser.exitCode() == 0, browser.readAllStandardError().constData());
        const QUrl callback(QString::fromUtf8(browser.readAllStandardOutput()).trimmed());
        QVERIFY2(callback.isValid() && callback.port() > 0, qPrintable(callback.toString()));

        // Deliver the callback as the browser would, noting how far the
        // session had come when the first byte of the page arrived.
        QTcpSocket socket;
        QByteArray page;
        std::optional<Session::State> stateAtPage;
        connect(&socket, &QTcpSocket::readyRead, this, [&] {
            if (!stateAtPage)
                stateAtPage = session.state();
            page += socket.readAll();
        });
        socket.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            result.has_value() && socket.state() == QAbstractSocket::UnconnectedState, 30000);
        page += socket.readAll();

        QVERIFY2(result->isNull(), qPrintable(result->logText()));
        QVERIFY(stateAtPage.has_value());
        QCOMPARE(*stateAtPage, Session::State::SignedIn);
        QVERIFY2(page.startsWith("HTTP/1.1 200 "), page.left(200).constData());
        QVERIFY2(page.contains("Signed in to Gatehouse"), page.constData());
        QVERIFY2(page.contains("Alice Adams"), page.constData());
        if (noKeychain) {
            QVERIFY(!session.keychainAvailable());
            QVERIFY2(page.contains("could not be saved in the keychain"), page.constData());
        } else {
            QVERIFY(session.keychainAvailable());
            QVERIFY2(!page.contains("could not be saved"), page.constData());
            QByteArray stored;
            QCOMPARE(readKeychain(session.keychainKey(), &stored), KeychainJob::Outcome::Ok);
            QVERIFY(!stored.isEmpty());
        }
    }

    void failuresSayWhatHappened_data()
    {
        QTest::addColumn<QString>("issuer"); // empty: the dev IdP
        QTest::addColumn<QString>("launcher");
        QTest::addColumn<QString>("expected");
        QTest::newRow("access denied") << QString() << u"deny"_qs << signin::kDenied;
        QTest::newRow("IdP unreachable")
            << u"http://127.0.0.1:1"_qs << u"driver"_qs << signin::kUnreachable;
        QTest::newRow("issuer mismatch")
            << u"localhost"_qs << u"driver"_qs << signin::kIssuerMismatch;
        QTest::newRow("cancelled") << QString() << u"cancel"_qs << signin::kCancelled;
        QTest::newRow("timed out") << QString() << u"nothing"_qs << signin::kTimedOut;
        QTest::newRow("forged callback state")
            << QString() << u"forge"_qs << signin::kStateMismatch;
        QTest::newRow("code the IdP does not accept")
            << QString() << u"badcode"_qs << signin::kCodeRejected;
    }
    void failuresSayWhatHappened()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, launcher);
        QFETCH(QString, expected);
        Profile p = profile();
        if (issuer == u"localhost") { // same server, but not the name it gives itself
            QUrl other = m_idp.issuer();
            other.setHost(u"localhost"_qs);
            p.issuer = other;
        } else if (!issuer.isEmpty()) {
            p.issuer = QUrl(issuer);
        }
        Session session(p, &m_nam);
        session.setSignInTimeout(std::chrono::milliseconds(launcher == u"nothing" ? 500 : 30000));
        QUrl opened;
        session.setBrowserLauncher([&](const QUrl &url) {
            opened = url;
            if (launcher == u"deny")
                qputenv("GATEHOUSE_DEV_DENY", "1");
            if (launcher == u"deny" || launcher == u"driver") {
                Error e = makeDriverLauncher()(url);
                qunsetenv("GATEHOUSE_DEV_DENY");
                return e;
            }
            return Error{};
        });
        std::optional<Error> result;
        session.signIn([&](const Error &e) { result = e; });
        if (launcher == u"cancel" || launcher == u"forge" || launcher == u"badcode") {
            QTRY_VERIFY_WITH_TIMEOUT(
                session.state() == Session::State::WaitingForBrowser && opened.isValid(), 10000);
            if (launcher == u"cancel") {
                session.cancelSignIn();
            } else {
                QUrl callback(
                    QUrlQuery(opened).queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
                if (launcher == u"forge") {
                    callback.setQuery(u"code=stolen&state=not-the-one"_qs);
                } else { // the right state, but a code already used or never issued
                    QUrlQuery answer;
                    answer.addQueryItem(u"code"_qs, u"never-issued"_qs);
                    answer.addQueryItem(u"state"_qs, QUrlQuery(opened).queryItemValue(u"state"_qs));
                    answer.addQueryItem(u"iss"_qs, p.issuer.toString());
                    callback.setQuery(answer);
                }
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, quint16(callback.port()));
                QVERIFY(socket.waitForConnected(5000));
                socket.write("GET " +
                             callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                             " HTTP/1.1\r\n\r\n");
                socket.flush();
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->code, expected);
        QVERIFY(!result->message.isEmpty());
        if (launcher == u"badcode") // not "your session has ended": there was none yet
            QVERIFY2(result->message.contains(u"did not accept the sign-in code"_qs),
                     qPrintable(result->message));
        QCOMPARE(session.state(), Session::State::SignedOut);
        // Whatever happened, the callback port is closed again.
        if (opened.isValid()) {
            const QUrl redirect(
                QUrlQuery(opened).queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
            QVERIFY(!probe.waitForConnected(2000));
        }
    }
};

SignInFlow::BrowserLauncher TestSignIn::makeDriverLauncher()
{
    return makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
