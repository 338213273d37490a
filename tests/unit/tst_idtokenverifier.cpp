#include "StaticIdp.h"
#include "session/IdTokenVerifier.h"
#include "session/SignInErrors.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

const QString kIssuer = u"https://idp.example.test"_qs;
const QString kClient = u"gatehouse-console"_qs;
const QString kNonce = u"n-123"_qs;

// A provider's published key set on 127.0.0.1. Each request takes the next
// answer; the last one stays (so a rotation can be seen late, as from a cache
// or replica that has not caught up).
class KeySetServer
{
public:
    bool start(QList<QJsonArray> answers)
    {
        m_answers = std::move(answers);
        m_server.route(u"/jwks"_qs, [this](const QHttpServerRequest &) {
            ++m_requests;
            const QJsonArray keys =
                m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.value(0);
            return QHttpServerResponse(QJsonObject{{u"keys"_qs, keys}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl jwksUri() const { return QUrl(u"http://127.0.0.1:%1/jwks"_qs.arg(m_port)); }
    int requests() const { return m_requests; }

private:
    QHttpServer m_server;
    QList<QJsonArray> m_answers;
    quint16 m_port = 0;
    int m_requests = 0;
};

// One way for an ID token to be wrong: the check that must refuse it, and the
// words of the sentence a person reads that name that check.
struct BadToken
{
    QByteArray name;
    QByteArray token;
    QString code;
    QString words;
};

} // namespace

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

    static Result<ValidatedToken> verifyWith(IdTokenVerifier &verifier, const QByteArray &token,
                                             const TokenRules &rules)
    {
        std::optional<Result<ValidatedToken>> out;
        verifier.verify(token, rules, [&](Result<ValidatedToken> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
            return Error{u"test.timeout"_qs, u"no answer"_qs, {}};
        return *out;
    }

    static Profile consoleProfile(const QStringList &trustedAudiences = {})
    {
        Profile p;
        p.clientId = kClient;
        p.trustedAudiences = trustedAudiences;
        return p;
    }

    // The ID token rules of a sign-in by this console (nonce included).
    static TokenRules signInRules(const QStringList &trustedAudiences = {})
    {
        TokenRules rules = idTokenRules(QUrl(kIssuer), consoleProfile(trustedAudiences));
        rules.nonce = kNonce;
        return rules;
    }

    static QJsonObject idClaims(const QJsonObject &changes = {})
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject c{{u"iss"_qs, kIssuer},  {u"sub"_qs, u"alice"_qs}, {u"aud"_qs, kClient},
                      {u"iat"_qs, now - 10}, {u"exp"_qs, now + 300},   {u"nonce"_qs, kNonce},
                      {u"azp"_qs, kClient},  {u"name"_qs, u"Alice"_qs}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                c.remove(it.key());
            else
                c.insert(it.key(), it.value());
        }
        return c;
    }

    QByteArray idToken(const QJsonObject &changes = {}, const QString &kid = u"rsa-1"_qs) const
    {
        QJsonObject header{{u"alg"_qs, u"RS256"_qs}, {u"typ"_qs, u"JWT"_qs}};
        if (!kid.isEmpty())
            header.insert(u"kid"_qs, kid);
        return makeJwt(header, idClaims(changes), m_rsa);
    }

    QJsonArray bothKeys() const
    {
        return {m_rsa.publicJwk(u"rsa-1"_qs), m_rsa2.publicJwk(u"rsa-2"_qs)};
    }

    // Every check an ID token goes through at sign-in, each failing alone.
    QList<BadToken> badTokens() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonValue none;
        QList<BadToken> bad;
        bad.append({"not a JWT", "not-a-token", tokencheck::kMalformed, u"well-formed"_qs});
        bad.append({"crit header",
                    makeJwt({{u"alg"_qs, u"RS256"_qs},
                             {u"kid"_qs, u"rsa-1"_qs},
                             {u"crit"_qs, QJsonArray{u"exp"_qs}}},
                            idClaims(), m_rsa),
                    tokencheck::kCritical, u"crit"_qs});
        bad.append(
            {"alg none",
             makeUnsignedJwt({{u"alg"_qs, u"none"_qs}, {u"kid"_qs, u"rsa-1"_qs}}, idClaims()),
             tokencheck::kAlgorithm, u"algorithm"_qs});
        bad.append({"key not published", idToken({}, u"rsa-9"_qs), tokencheck::kUnknownKey,
                    u"key the identity provider does not publish"_qs});
        bad.append({"no kid, several keys", idToken({}, QString()), tokencheck::kAmbiguousKey,
                    u"names no key"_qs});
        bad.append(
            {"signed by another key",
             makeJwt({{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, u"rsa-1"_qs}}, idClaims(), m_rsa2),
             tokencheck::kSignature, u"signature"_qs});
        bad.append({"other issuer", idToken({{u"iss"_qs, u"https://evil.example"_qs}}),
                    tokencheck::kIssuer, u"different identity provider"_qs});
        bad.append({"other audience", idToken({{u"aud"_qs, u"someone-else"_qs}}),
                    tokencheck::kAudience, u"different audience"_qs});
        bad.append({"an untrusted audience as well",
                    idToken({{u"aud"_qs, QJsonArray{kClient, u"https://evil.example"_qs}}}),
                    tokencheck::kUntrustedAudience, u"audience that is not trusted"_qs});
        bad.append({"several audiences, no azp",
                    idToken({{u"aud"_qs, QJsonArray{kClient, kClient}}, {u"azp"_qs, none}}),
                    tokencheck::kMissingAuthorizedParty, u"azp"_qs});
        bad.append({"other azp", idToken({{u"azp"_qs, u"other-app"_qs}}),
                    tokencheck::kAuthorizedParty, u"different application"_qs});
        bad.append({"no exp", idToken({{u"exp"_qs, none}}), tokencheck::kMissingExpiry,
                    u"does not say when it expires"_qs});
        bad.append({"expired", idToken({{u"exp"_qs, now - 120}}), tokencheck::kExpired,
                    u"has expired"_qs});
        bad.append({"not valid yet", idToken({{u"nbf"_qs, now + 600}}), tokencheck::kNotYetValid,
                    u"not valid yet"_qs});
        bad.append({"no iat", idToken({{u"iat"_qs, none}}), tokencheck::kMissingIssuedAt,
                    u"does not say when it was issued"_qs});
        bad.append({"issued in the future", idToken({{u"iat"_qs, now + 600}}),
                    tokencheck::kIssuedInFuture, u"issued in the future"_qs});
        bad.append({"issued too long ago", idToken({{u"iat"_qs, now - 2 * 24 * 3600}}),
                    tokencheck::kTooOld, u"too old"_qs});
        bad.append({"other nonce", idToken({{u"nonce"_qs, u"replayed"_qs}}), tokencheck::kNonce,
                    u"nonce"_qs});
        bad.append({"no nonce", idToken({{u"nonce"_qs, none}}), tokencheck::kNonce, u"nonce"_qs});
        bad.append({"no sub", idToken({{u"sub"_qs, none}}), tokencheck::kSubject, u"subject"_qs});
        return bad;
    }

    TestKey m_rsa = TestKey::generate(TestKey::Type::Rsa2048);
    TestKey m_rsa2 = TestKey::generate(TestKey::Type::Rsa2048);
    StaticIdp m_idp;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_idp.start()); }

    // Right after the provider rotated, the first key set a new verifier gets
    // may still lack the new key: it fetches once more, and the sign-in works.
    void freshVerifierRefetchesForAKeyItHasNotSeen()
    {
        KeySetServer provider;
        QVERIFY(provider.start({QJsonArray{m_rsa.publicJwk(u"rsa-1"_qs)}, bothKeys()}));
        IdTokenVerifier verifier(&m_nam, provider.jwksUri());
        const QByteArray token =
            makeJwt({{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, u"rsa-2"_qs}}, idClaims(), m_rsa2);

        auto result = verifyWith(verifier, token, signInRules());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().logText()));
        QCOMPARE(result->subject, u"alice"_qs);
        QCOMPARE(provider.requests(), 2);
        QCOMPARE(verifier.keyFetches(), 2);
    }

    // OIDC Core 3.1.3.7: an ID token also meant for an audience the console
    // does not trust is refused, even with azp naming the console; audiences
    // the profile lists as trusted are accepted.
    void audiences_data()
    {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QString api = u"urn:gatehouse:api"_qs;
        QTest::newRow("only the console") << QJsonValue(kClient) << QStringList() << QString();
        QTest::newRow("the console in a list")
            << QJsonValue(QJsonArray{kClient}) << QStringList() << QString();
        QTest::newRow("and an untrusted audience")
            << QJsonValue(QJsonArray{kClient, u"https://evil.example"_qs}) << QStringList()
            << tokencheck::kUntrustedAudience;
        QTest::newRow("and an audience trusted by another profile")
            << QJsonValue(QJsonArray{kClient, api}) << QStringList()
            << tokencheck::kUntrustedAudience;
        QTest::newRow("and an audience this profile trusts")
            << QJsonValue(QJsonArray{kClient, api}) << QStringList{api} << QString();
        QTest::newRow("a trusted audience and an untrusted one")
            << QJsonValue(QJsonArray{kClient, api, u"https://evil.example"_qs}) << QStringList{api}
            << tokencheck::kUntrustedAudience;
        QTest::newRow("only a trusted audience, not the console")
            << QJsonValue(api) << QStringList{api} << tokencheck::kAudience;
    }
    void audiences()
    {
        QFETCH(QJsonValue, aud);
        QFETCH(QStringList, trusted);
        QFETCH(QString, expected);
        KeySetServer provider;
        QVERIFY(provider.start({QJsonArray{m_rsa.publicJwk(u"rsa-1"_qs)}}));
        IdTokenVerifier verifier(&m_nam, provider.jwksUri());
        auto result = verifyWith(verifier, idToken({{u"aud"_qs, aud}}), signInRules(trusted));
        if (expected.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().logText()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, expected);
        }
    }

    // Each failed check has its own code, and the sentence shown for it names
    // that check (a missing exp is not "expired", a missing iat is not "not a
    // well-formed JWT").
    void eachFailedCheckSaysWhichOne_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        for (const BadToken &bad : badTokens())
            QTest::newRow(bad.name.constData()) << bad.token << bad.code << bad.words;
    }
    void eachFailedCheckSaysWhichOne()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, code);
        QFETCH(QString, words);
        KeySetServer provider;
        QVERIFY(provider.start({bothKeys()}));
        IdTokenVerifier verifier(&m_nam, provider.jwksUri());
        // The control: the same verifier and rules accept a good token.
        auto good = verifyWith(verifier, idToken(), signInRules());
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().logText()));

        auto result = verifyWith(verifier, token, signInRules());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        // What the sign-in shows a person.
        const Error shown = signin::fromTokenCheck(result.error());
        QCOMPARE(shown.code, signin::kTokenRejected);
        QVERIFY2(shown.message.contains(words, Qt::CaseInsensitive), qPrintable(shown.message));
        QVERIFY2(shown.detail.startsWith(code), qPrintable(shown.detail));
    }

    // No two checks share a code or a sentence.
    void everyCheckHasItsOwnCodeAndSentence()
    {
        KeySetServer provider;
        QVERIFY(provider.start({bothKeys()}));
        IdTokenVerifier verifier(&m_nam, provider.jwksUri());
        QHash<QString, QString> codeOf;   // code -> row
        QHash<QString, QString> sentence; // message -> code
        for (const BadToken &bad : badTokens()) {
            auto result = verifyWith(verifier, bad.token, signInRules());
            QVERIFY2(!result.ok(), bad.name.constData());
            const QString code = result.error().code;
            const QString message = signin::fromTokenCheck(result.error()).message;
            if (sentence.contains(message))
                QVERIFY2(sentence.value(message) == code,
                         qPrintable(u"'%1' is said for %2 and %3"_qs.arg(
                             message, sentence.value(message), code)));
            sentence.insert(message, code);
            codeOf.insert(code, QString::fromUtf8(bad.name));
        }
        // Each code has one sentence (rows of one check may share it).
        QCOMPARE(sentence.size(), codeOf.size());
    }

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
