#include "StaticIdp.h"
#include "session/IdTokenVerifier.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// Key handling of the console's ID token check against an in-process issuer:
// keys are fetched once, a new key id triggers exactly one refetch, and a key
// id the issuer never published is refused after that one refetch.
class TestIdTokenVerifier : public QObject
{
    Q_OBJECT

    Result<ValidatedToken> verify(IdTokenVerifier &verifier, const QByteArray &token)
    {
        std::optional<Result<ValidatedToken>> out;
        TokenRules rules;
        rules.issuer = m_idp.issuer().toString();
        rules.audiences = {StaticIdp::apiAudience()};
        verifier.verify(token, rules, [&](Result<ValidatedToken> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            return Error{u"test.timeout"_qs, u"no answer"_qs, {}};
        return *out;
    }

    StaticIdp m_idp;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_idp.start()); }

    void unknownKeyTriggersOneRefetch()
    {
        IdTokenVerifier verifier(&m_nam, QUrl(m_idp.issuer().toString() + u"/jwks"_qs));
        const int before = m_idp.jwksRequests();

        auto first = verify(verifier, m_idp.token(u"alice"_qs, {}));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().logText()));
        QCOMPARE(m_idp.jwksRequests() - before, 1);

        // Cached: no fetch for a second token with a known key.
        QVERIFY(verify(verifier, m_idp.token(u"bob"_qs, {})).ok());
        QCOMPARE(m_idp.jwksRequests() - before, 1);

        // The issuer rotates: one refetch, then the token verifies.
        auto rotated = verify(verifier, m_idp.tokenWithRotatedKey(u"alice"_qs, {}));
        QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().logText()));
        QCOMPARE(m_idp.jwksRequests() - before, 2);
        QCOMPARE(verifier.keyFetches(), 2);
    }

    void keyNeverPublishedIsRefusedAfterOneRefetch()
    {
        IdTokenVerifier verifier(&m_nam, QUrl(m_idp.issuer().toString() + u"/jwks"_qs));
        QVERIFY(verify(verifier, m_idp.token(u"alice"_qs, {})).ok());
        const int before = m_idp.jwksRequests();

        const TestKey stranger = TestKey::generate(TestKey::Type::Rsa2048);
        const QByteArray token =
            makeJwt({{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, u"never-published"_qs}},
                    {{u"iss"_qs, m_idp.issuer().toString()}, {u"sub"_qs, u"mallory"_qs}}, stranger);
        auto result = verify(verifier, token);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, tokencheck::kUnknownKey);
        QCOMPARE(m_idp.jwksRequests() - before, 1);
    }

    void forgedSignatureDoesNotRefetch()
    {
        IdTokenVerifier verifier(&m_nam, QUrl(m_idp.issuer().toString() + u"/jwks"_qs));
        QVERIFY(verify(verifier, m_idp.token(u"alice"_qs, {})).ok());
        const int before = m_idp.jwksRequests();
        auto result = verify(verifier, m_idp.forgedToken(u"alice"_qs, {}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, tokencheck::kSignature);
        QCOMPARE(m_idp.jwksRequests() - before, 0);
    }

    void unreachableKeysAreAnUnreachableProvider()
    {
        IdTokenVerifier verifier(&m_nam, QUrl(u"http://127.0.0.1:1/jwks"_qs));
        auto result = verify(verifier, m_idp.token(u"alice"_qs, {}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"signin.unreachable"_qs);
    }
};

QTEST_GUILESS_MAIN(TestIdTokenVerifier)
#include "tst_idtokenverifier.moc"
