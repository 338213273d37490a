#include "ApiClient.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "api/ControlPlaneClient.h"
#include "identity/Base64Url.h"
#include "session/BrowserLauncher.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

QJsonObject jwtPayload(const QByteArray &jwt)
{
    const auto part = base64url::decode(jwt.split('.').value(1));
    return part ? QJsonDocument::fromJson(*part).object() : QJsonObject{};
}

QString catalogOwnedBy(const QString &owner)
{
    return u"[[services]]\nname = \"payments\"\nteam = \"payments\"\nowners = [\"%1\"]\n"_qs.arg(
        owner);
}

} // namespace

// The real development IdP (oidc-provider) made to behave like the providers
// people run: opaque subjects (Okta, Google, Entra), and the three ways they
// issue access tokens for an API. The console signs in through the scripted
// browser; gatehoused, configured to match, takes the tokens.
class TestIdentityProviders : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    int m_profiles = 0;

    Profile profile(const DevIdp &idp)
    {
        Profile p;
        p.name = u"idp-test-%1"_qs.arg(++m_profiles); // a keychain entry of its own
        p.issuer = idp.issuer();
        p.controlPlaneUrl = QUrl(u"http://127.0.0.1:47102"_qs);
        return p;
    }

    static Error run(const std::function<void(Session::Done)> &call)
    {
        std::optional<Error> out;
        call([&](const Error &e) { out = e; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return Error{u"test.timeout"_qs, u"no answer within 60 s"_qs, {}};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("GATEHOUSE_DEV_DENY");
        qunsetenv("GATEHOUSE_DEV_USER");
    }

    void opaqueSubjectsAreMappedToPeople_data()
    {
        QTest::addColumn<QString>("identity"); // gatehoused's [identity] lines
        QTest::addColumn<QString>("owner");    // as the catalog names alice
        QTest::addColumn<QString>("subject");  // who gatehoused says alice is
        QTest::newRow("preferred_username")
            << u"subject_claim = \"preferred_username\""_qs << u"alice"_qs << u"alice"_qs;
        QTest::newRow("email") << u"subject_claim = \"email\""_qs << u"alice@example.test"_qs
                               << u"alice@example.test"_qs;
    }
    void opaqueSubjectsAreMappedToPeople()
    {
        QFETCH(QString, identity);
        QFETCH(QString, owner);
        QFETCH(QString, subject);
        DevIdp idp;
        idp.setOpaqueSubjects(true);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        QString error;
        const QJsonObject tokens = idp.signIn(u"alice"_qs, u"api"_qs, &error);
        QVERIFY2(!tokens.isEmpty(), qPrintable(error));
        const QByteArray access = tokens.value(u"access_token").toString().toLatin1();
        // What the provider calls alice is an opaque id, as Okta's "00u…".
        const QString sub = jwtPayload(access).value(u"sub").toString();
        QVERIFY2(sub.startsWith(u"00u"_qs) && !sub.contains(u"alice"_qs), qPrintable(sub));

        GatehousedFixture gatehoused;
        gatehoused.setIdentityOptions(identity);
        QVERIFY2(gatehoused.start(idp.issuer(), catalogOwnedBy(owner)),
                 qPrintable(gatehoused.diagnostics()));
        const auto me = ApiClient(gatehoused.url()).get(u"/v1/me"_qs, access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"subject").toString(), subject);
        QCOMPARE(me.json().value(u"owns").toArray(), QJsonArray{u"payments"_qs});
    }

    void consoleLearnsWhoItIsFromTheControlPlane()
    {
        // The console matches "my grants" on what gatehoused calls the user,
        // not on the ID token's opaque sub.
        DevIdp idp;
        idp.setOpaqueSubjects(true);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        QString error;
        const QJsonObject tokens = idp.signIn(u"alice"_qs, u"api"_qs, &error);
        QVERIFY2(!tokens.isEmpty(), qPrintable(error));
        const QByteArray access = tokens.value(u"access_token").toString().toLatin1();
        GatehousedFixture gatehoused;
        gatehoused.setIdentityOptions(u"subject_claim = \"email\""_qs);
        QVERIFY2(gatehoused.start(idp.issuer()), qPrintable(gatehoused.diagnostics()));

        ControlPlaneClient client(&m_nam, gatehoused.url(), [access] { return access; });
        QSignalSpy identity(&client, &ControlPlaneClient::identityChanged);
        client.start();
        QVERIFY(identity.wait(15000));
        client.stop();
        QCOMPARE(identity.first().at(0).toString(), u"alice@example.test"_qs);
        QVERIFY(identity.first().at(1).toStringList().contains(u"payments-team"_qs));
    }

    void severalIssuersEachWithItsOwnClaims()
    {
        // One gatehoused trusting two providers: the dev IdP with opaque
        // subjects (people by email) and another that names people in `sub`.
        DevIdp idp;
        idp.setOpaqueSubjects(true);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        StaticIdp other;
        QVERIFY(other.start());
        StaticIdp untrusted;
        QVERIFY(untrusted.start());
        QString error;
        const QJsonObject tokens = idp.signIn(u"alice"_qs, u"api"_qs, &error);
        QVERIFY2(!tokens.isEmpty(), qPrintable(error));

        GatehousedFixture gatehoused;
        gatehoused.setIdentityOptions(
            u"subject_claim = \"email\"\n[[identity.issuers]]\nissuer = \"%1\"\n"_qs.arg(
                other.issuer().toString()));
        QVERIFY2(gatehoused.start(idp.issuer()), qPrintable(gatehoused.diagnostics()));
        const ApiClient api(gatehoused.url());
        const auto alice =
            api.get(u"/v1/me"_qs, tokens.value(u"access_token").toString().toLatin1());
        QCOMPARE(alice.status, 200);
        QCOMPARE(alice.json().value(u"subject").toString(), u"alice@example.test"_qs);
        const auto bob = api.get(u"/v1/me"_qs, other.token(u"bob"_qs, {u"engineering"_qs}));
        QCOMPARE(bob.status, 200);
        QCOMPARE(bob.json().value(u"subject").toString(), u"bob"_qs);
        const auto mallory = api.get(u"/v1/me"_qs, untrusted.token(u"mallory"_qs, {}));
        QCOMPARE(mallory.status, 401);
        QCOMPARE(mallory.json().value(u"error").toObject().value(u"code").toString(),
                 u"token.issuer"_qs);
    }

    void tokenWithoutTheConfiguredClaimIsRefused()
    {
        DevIdp idp;
        idp.setOpaqueSubjects(true);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        QString error;
        const QJsonObject tokens = idp.signIn(u"alice"_qs, u"api"_qs, &error);
        QVERIFY2(!tokens.isEmpty(), qPrintable(error));
        GatehousedFixture gatehoused;
        gatehoused.setIdentityOptions(u"subject_claim = \"upn\""_qs);
        QVERIFY2(gatehoused.start(idp.issuer()), qPrintable(gatehoused.diagnostics()));
        const auto me = ApiClient(gatehoused.url())
                            .get(u"/v1/me"_qs, tokens.value(u"access_token").toString().toLatin1());
        QCOMPARE(me.status, 401);
        QVERIFY2(me.body.contains("'upn' claim"), me.body.constData());
    }

    void consoleShowsNamesNotOpaqueIds()
    {
        DevIdp idp;
        idp.setOpaqueSubjects(true);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        Session session(profile(idp), &m_nam);
        session.setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        const Error e = run([&](Session::Done d) { session.signIn(d); });
        QVERIFY2(e.isNull(), qPrintable(e.logText()));
        const SignedInUser &u = session.user();
        QVERIFY(u.subject.startsWith(u"00u"_qs));
        QCOMPARE(u.displayName(), u"Alice Adams"_qs);
        QCOMPARE(u.email, u"alice@example.test"_qs);
    }

    void apiTokenModes_data()
    {
        QTest::addColumn<QString>("idpMode");
        QTest::addColumn<int>("profileMode");
        QTest::addColumn<QString>("apiScope");
        QTest::addColumn<QString>("audience"); // of the API's access token
        QTest::newRow("resource indicator")
            << u"resource"_qs << int(ApiTokenMode::ResourceIndicator) << QString()
            << u"urn:gatehouse:api"_qs;
        QTest::newRow("audience scope, provider refuses resource")
            << u"audience-scope"_qs << int(ApiTokenMode::AudienceScope)
            << u"api://gatehouse/.default"_qs << u"api://gatehouse"_qs;
        QTest::newRow("code exchange token, fixed audience, provider refuses resource")
            << u"fixed-audience"_qs << int(ApiTokenMode::CodeExchangeToken) << QString()
            << u"api://default"_qs;
    }
    void apiTokenModes()
    {
        QFETCH(QString, idpMode);
        QFETCH(int, profileMode);
        QFETCH(QString, apiScope);
        QFETCH(QString, audience);
        DevIdp idp;
        idp.setTokenMode(idpMode);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        Profile p = profile(idp);
        p.apiTokenMode = ApiTokenMode(profileMode);
        p.apiScope = apiScope;
        QVERIFY(p.validate().isNull());
        Session session(p, &m_nam);
        session.setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        const Error e = run([&](Session::Done d) { session.signIn(d); });
        QVERIFY2(e.isNull(), qPrintable(e.logText()));
        QCOMPARE(session.state(), Session::State::SignedIn);
        QCOMPARE(session.user().name, u"Alice Adams"_qs);
        QCOMPARE(jwtPayload(session.accessToken()).value(u"aud").toString(), audience);

        // gatehoused, told which audience to accept, takes the token.
        GatehousedFixture gatehoused;
        gatehoused.setIdentityOptions(u"api_audiences = [\"%1\"]"_qs.arg(audience));
        QVERIFY2(gatehoused.start(idp.issuer()), qPrintable(gatehoused.diagnostics()));
        const ApiClient api(gatehoused.url());
        const auto me = api.get(u"/v1/me"_qs, session.accessToken());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"subject").toString(), u"alice"_qs);

        // A refresh gets another token for the API, the same way.
        const QByteArray first = session.accessToken();
        QVERIFY2(run([&](Session::Done d) { session.refreshNow(d); }).isNull(),
                 qPrintable(session.lastError().logText()));
        QVERIFY(session.accessToken() != first);
        QCOMPARE(jwtPayload(session.accessToken()).value(u"aud").toString(), audience);
        QCOMPARE(api.get(u"/v1/me"_qs, session.accessToken()).status, 200);
    }

    void resourceIndicatorAgainstAProviderWithoutItSaysSo()
    {
        // What every sign-in did against such a provider before the token mode
        // could be chosen: the browser step ends in the provider's refusal.
        DevIdp idp;
        idp.setTokenMode(u"audience-scope"_qs);
        QVERIFY2(idp.start(), qPrintable(idp.diagnostics()));
        Session session(profile(idp), &m_nam);
        session.setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        const Error e = run([&](Session::Done d) { session.signIn(d); });
        QCOMPARE(e.code, signin::kProviderError);
        QVERIFY2(e.message.contains(u"resource indicators are not supported"_qs),
                 qPrintable(e.message));
        QCOMPARE(session.state(), Session::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestIdentityProviders)
#include "tst_identityproviders.moc"
