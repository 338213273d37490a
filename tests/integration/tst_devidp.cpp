#include "DevIdp.h"
#include "SyncHttp.h"
#include "identity/TokenValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// Talks to the real development OpenID Provider: discovery, key set, and
// tokens for demo users obtained through its login and consent forms.
class TestDevIdp : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    QJsonObject m_discovery;
    JwkSet m_keys;

    TokenRules accessTokenRules(const QString &audience) const
    {
        TokenRules rules;
        rules.issuer = m_idp.issuer().toString();
        rules.audiences = {audience};
        rules.type = u"at+jwt"_qs;
        return rules;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QCOMPARE(m_idp.issuer().host(), u"127.0.0.1"_qs);
    }

    void discoveryNamesTheIssuer()
    {
        const auto r =
            httpGet(QUrl(m_idp.issuer().toString() + u"/.well-known/openid-configuration"_qs));
        QCOMPARE(r.status, 200);
        m_discovery = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(m_discovery.value(u"issuer").toString(), m_idp.issuer().toString());
        QVERIFY(
            m_discovery.value(u"code_challenge_methods_supported").toArray().contains(u"S256"_qs));
        QVERIFY(!m_discovery.value(u"code_challenge_methods_supported")
                     .toArray()
                     .contains(u"plain"_qs));
        QVERIFY(m_discovery.value(u"authorization_response_iss_parameter_supported").toBool());
        QVERIFY(!m_discovery.value(u"revocation_endpoint").toString().isEmpty());

        const auto jwks = httpGet(QUrl(m_discovery.value(u"jwks_uri").toString()));
        QCOMPARE(jwks.status, 200);
        int skipped = -1;
        m_keys = JwkSet::fromJson(QJsonDocument::fromJson(jwks.body).object(), &skipped);
        QVERIFY(!m_keys.isEmpty());
        QCOMPARE(skipped, 0);
    }

    void aliceGetsAVerifiableApiToken()
    {
        QString error;
        const auto response = m_idp.signIn(u"alice"_qs, u"api"_qs, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        const QByteArray token = response.value(u"access_token").toString().toLatin1();
        const auto validated =
            validateToken(token, m_keys, accessTokenRules(u"urn:gatehouse:api"_qs));
        QVERIFY2(validated.ok(),
                 qPrintable(validated.ok() ? QString() : validated.error().logText()));
        QCOMPARE(validated->subject, u"alice"_qs);
        QCOMPARE(validated->claimStrings(u"groups"),
                 (QStringList{u"payments-team"_qs, u"owners:payments"_qs, u"owners:ledger"_qs}));
        QCOMPARE(validated->claimString(u"gatehouse_subject_kind"), u"user"_qs);

        // The same token is not accepted where the edge audience is expected.
        const auto wrong = validateToken(token, m_keys, accessTokenRules(u"urn:gatehouse:edge"_qs));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, tokencheck::kAudience);
    }

    void idTokenPassesConsoleRules()
    {
        QString error;
        const auto response = m_idp.signIn(u"carol"_qs, u"api"_qs, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        TokenRules rules;
        rules.issuer = m_idp.issuer().toString();
        rules.audiences = {u"gatehouse-console"_qs};
        rules.authorizedParty = u"gatehouse-console"_qs;
        const auto id =
            validateToken(response.value(u"id_token").toString().toLatin1(), m_keys, rules);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().logText()));
        QCOMPARE(id->claimStrings(u"groups"), QStringList{u"auditors"_qs});
        QCOMPARE(id->claimString(u"email"), u"carol@example.test"_qs);
    }

    void edgeAudience()
    {
        QString error;
        const auto response = m_idp.signIn(u"bob"_qs, u"edge"_qs, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        const auto validated = validateToken(response.value(u"access_token").toString().toLatin1(),
                                             m_keys, accessTokenRules(u"urn:gatehouse:edge"_qs));
        QVERIFY(validated.ok());
        QCOMPARE(validated->subject, u"bob"_qs);
    }

    void machineAndAgentClients_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kind");
        QTest::newRow("machine") << u"gatehouse-machine"_qs << u"gatehouse-machine-secret"_qs
                                 << u"service"_qs;
        QTest::newRow("agent") << u"gatehouse-agent-example"_qs << u"gatehouse-agent-secret"_qs
                               << u"agent"_qs;
    }
    void machineAndAgentClients()
    {
        QFETCH(QString, client);
        QFETCH(QString, secret);
        QFETCH(QString, kind);
        QString error;
        const auto response = m_idp.clientCredentials(client, secret, u"edge"_qs, &error);
        QVERIFY2(!response.isEmpty(), qPrintable(error));
        const auto validated = validateToken(response.value(u"access_token").toString().toLatin1(),
                                             m_keys, accessTokenRules(u"urn:gatehouse:edge"_qs));
        QVERIFY(validated.ok());
        QCOMPARE(validated->subject, client);
        QCOMPARE(validated->claimString(u"gatehouse_subject_kind"), kind);
    }

    void wrongSecretIsRefused()
    {
        QString error;
        const auto response =
            m_idp.clientCredentials(u"gatehouse-machine"_qs, u"wrong"_qs, u"api"_qs, &error);
        QVERIFY(response.isEmpty());
        QVERIFY2(error.contains(u"invalid_client"_qs), qPrintable(error));
    }

    void unknownUserIsRefused()
    {
        QString error;
        const auto response = m_idp.signIn(u"mallory"_qs, u"api"_qs, &error);
        QVERIFY(response.isEmpty());
        QVERIFY2(error.contains(u"mallory"_qs), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDevIdp)
#include "tst_devidp.moc"
