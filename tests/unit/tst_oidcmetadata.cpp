#include "identity/OidcMetadata.h"

#include <QJsonArray>
#include <QTest>

using namespace gatehouse;

namespace {
QJsonObject document(const QString &issuer)
{
    return {{u"issuer"_qs, issuer},
            {u"authorization_endpoint"_qs, QString(issuer + u"/auth"_qs)},
            {u"token_endpoint"_qs, QString(issuer + u"/token"_qs)},
            {u"jwks_uri"_qs, QString(issuer + u"/jwks"_qs)},
            {u"userinfo_endpoint"_qs, QString(issuer + u"/me"_qs)},
            {u"revocation_endpoint"_qs, QString(issuer + u"/revoke"_qs)},
            {u"authorization_response_iss_parameter_supported"_qs, true},
            {u"code_challenge_methods_supported"_qs, QJsonArray{u"S256"_qs}}};
}
} // namespace

class TestOidcMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discoveryUrl_data()
    {
        QTest::addColumn<QUrl>("issuer");
        QTest::addColumn<QUrl>("expected");
        QTest::newRow("root") << QUrl(u"https://idp.example"_qs)
                              << QUrl(u"https://idp.example/.well-known/openid-configuration"_qs);
        QTest::newRow("path") << QUrl(u"https://idp.example/realms/x"_qs)
                              << QUrl(u"https://idp.example/realms/x/.well-known/"
                                      u"openid-configuration"_qs);
        QTest::newRow("trailing slash")
            << QUrl(u"https://idp.example/tenant/"_qs)
            << QUrl(u"https://idp.example/tenant/.well-known/openid-configuration"_qs);
    }
    void discoveryUrl()
    {
        QFETCH(QUrl, issuer);
        QFETCH(QUrl, expected);
        QCOMPARE(OidcMetadata::discoveryUrl(issuer), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("expectedError"); // empty: accepted
        const QString issuer = u"https://idp.example"_qs;
        QTest::newRow("complete") << document(issuer) << QString();
        QTest::newRow("loopback http issuer and endpoints")
            << document(u"http://127.0.0.1:4000"_qs) << u"signin.issuer_mismatch"_qs;
        QJsonObject other = document(issuer);
        other[u"issuer"_qs] = u"https://evil.example"_qs;
        QTest::newRow("issuer differs") << other << u"signin.issuer_mismatch"_qs;
        QJsonObject slash = document(issuer);
        slash[u"issuer"_qs] = QString(issuer + u'/');
        QTest::newRow("issuer differs by a slash") << slash << u"signin.issuer_mismatch"_qs;
        QJsonObject noToken = document(issuer);
        noToken.remove(u"token_endpoint"_qs);
        QTest::newRow("no token endpoint") << noToken << u"signin.discovery"_qs;
        QJsonObject plain = document(issuer);
        plain[u"token_endpoint"_qs] = u"http://idp.example/token"_qs;
        QTest::newRow("plain http token endpoint") << plain << u"signin.discovery"_qs;
        QJsonObject noPkce = document(issuer);
        noPkce[u"code_challenge_methods_supported"_qs] = QJsonArray{u"plain"_qs};
        QTest::newRow("no S256") << noPkce << u"signin.discovery"_qs;
        QJsonObject minimal = document(issuer);
        minimal.remove(u"userinfo_endpoint"_qs);
        minimal.remove(u"revocation_endpoint"_qs);
        QTest::newRow("optional endpoints missing") << minimal << QString();
    }
    void parse()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, expectedError);
        const auto result = OidcMetadata::fromJson(doc, QUrl(u"https://idp.example"_qs));
        if (expectedError.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().logText()));
            QCOMPARE(result->tokenEndpoint, QUrl(u"https://idp.example/token"_qs));
            QVERIFY(result->issParameterSupported);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, expectedError);
            QVERIFY(!result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestOidcMetadata)
#include "tst_oidcmetadata.moc"
