#include "TokenForge.h"
#include "identity/TokenValidator.h"

#include <QJsonArray>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
const QString kIssuer = u"https://idp.example.test"_qs;
const QString kClient = u"gatehouse-console"_qs;
} // namespace

// Every rule of ID- and access-token validation, one row each, with keys made
// by OpenSSL at test time.
class TestTokenValidator : public QObject
{
    Q_OBJECT

private:
    TestKey m_rsa = TestKey::generate(TestKey::Type::Rsa2048);
    TestKey m_rsaOther = TestKey::generate(TestKey::Type::Rsa2048);
    TestKey m_ec = TestKey::generate(TestKey::Type::EcP256);
    TestKey m_ed = TestKey::generate(TestKey::Type::Ed25519);
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    JwkSet keys() const
    {
        QJsonArray array{m_rsa.publicJwk(u"rsa-1"_qs), m_ec.publicJwk(u"ec-1"_qs),
                         m_ed.publicJwk(u"ed-1"_qs)};
        return JwkSet::fromJson(QJsonObject{{u"keys"_qs, array}});
    }

    QJsonObject claims() const
    {
        const qint64 now = m_now.toSecsSinceEpoch();
        return {{u"iss"_qs, kIssuer},  {u"sub"_qs, u"alice"_qs}, {u"aud"_qs, kClient},
                {u"iat"_qs, now - 10}, {u"exp"_qs, now + 300},   {u"nonce"_qs, u"n-123"_qs}};
    }

    static TokenRules rules()
    {
        TokenRules r;
        r.issuer = kIssuer;
        r.audiences = {kClient};
        r.authorizedParty = kClient;
        r.nonce = u"n-123"_qs;
        return r;
    }

    static QJsonObject header(const QString &alg, const QString &kid)
    {
        QJsonObject h{{u"alg"_qs, alg}, {u"typ"_qs, u"JWT"_qs}};
        if (!kid.isEmpty())
            h.insert(u"kid"_qs, kid);
        return h;
    }

private Q_SLOTS:
    void validate_data();
    void validate();
    void unknownKidIsReportedForRefetch();
    void noKidWithSeveralKeysIsRefused();
    void rejectsShortRsaKeys();
    void jwksSkipsUnusableKeys();
};

void TestTokenValidator::validate_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected"); // empty: accepted

    const qint64 now = m_now.toSecsSinceEpoch();
    const auto with = [this](const char *key, const QJsonValue &value) {
        QJsonObject c = claims();
        c.insert(QLatin1String(key), value);
        return c;
    };
    const auto without = [this](const char *key) {
        QJsonObject c = claims();
        c.remove(QLatin1String(key));
        return c;
    };

    QTest::newRow("RS256 valid") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), claims(), m_rsa)
                                 << QString();
    QTest::newRow("PS256 valid") << makeJwt(header(u"PS256"_qs, u"rsa-1"_qs), claims(), m_rsa)
                                 << QString();
    QTest::newRow("ES256 valid") << makeJwt(header(u"ES256"_qs, u"ec-1"_qs), claims(), m_ec)
                                 << QString();
    QTest::newRow("EdDSA valid") << makeJwt(header(u"EdDSA"_qs, u"ed-1"_qs), claims(), m_ed)
                                 << QString();
    QTest::newRow("skew: expired 30 s ago is accepted")
        << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("exp", now - 30), m_rsa) << QString();

    QTest::newRow("alg none") << makeUnsignedJwt(header(u"none"_qs, u"rsa-1"_qs), claims())
                              << tokencheck::kAlgorithm;
    QTest::newRow("HS256 signed with the RSA public key")
        << makeHs256Jwt(header(u"HS256"_qs, u"rsa-1"_qs), claims(), m_rsa.publicPem())
        << tokencheck::kAlgorithm;
    QTest::newRow("RS256 header on an EC key")
        << makeJwt(header(u"ES256"_qs, u"rsa-1"_qs), claims(), m_ec) << tokencheck::kSignature;
    QTest::newRow("signed by another key")
        << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), claims(), m_rsaOther)
        << tokencheck::kSignature;
    // Alice's signature on a payload that names mallory.
    const QByteArray genuine = makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), claims(), m_rsa);
    const QByteArray forged =
        makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("sub", u"mallory"_qs), m_rsaOther);
    const QByteArray tampered =
        forged.left(forged.lastIndexOf('.')) + genuine.mid(genuine.lastIndexOf('.'));
    QTest::newRow("payload tampered") << tampered << tokencheck::kSignature;
    QTest::newRow("wrong iss") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs),
                                          with("iss", u"https://evil.test"_qs), m_rsa)
                               << tokencheck::kIssuer;
    QTest::newRow("wrong aud") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs),
                                          with("aud", u"someone-else"_qs), m_rsa)
                               << tokencheck::kAudience;
    QTest::newRow("several aud, no azp")
        << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("aud", QJsonArray{kClient, u"other"_qs}),
                   m_rsa)
        << tokencheck::kMissingAuthorizedParty;
    QTest::newRow("wrong azp") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs),
                                          with("azp", u"other"_qs), m_rsa)
                               << tokencheck::kAuthorizedParty;
    QTest::newRow("expired") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("exp", now - 61),
                                        m_rsa)
                             << tokencheck::kExpired;
    QTest::newRow("no exp") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), without("exp"), m_rsa)
                            << tokencheck::kMissingExpiry;
    QTest::newRow("no iat") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), without("iat"), m_rsa)
                            << tokencheck::kMissingIssuedAt;
    QTest::newRow("nbf in the future")
        << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("nbf", now + 120), m_rsa)
        << tokencheck::kNotYetValid;
    QTest::newRow("iat in the future")
        << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), with("iat", now + 120), m_rsa)
        << tokencheck::kIssuedInFuture;
    QTest::newRow("wrong nonce") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs),
                                            with("nonce", u"replayed"_qs), m_rsa)
                                 << tokencheck::kNonce;
    QTest::newRow("no sub") << makeJwt(header(u"RS256"_qs, u"rsa-1"_qs), without("sub"), m_rsa)
                            << tokencheck::kSubject;
    QTest::newRow("no kid, exactly one key fits the algorithm")
        << makeJwt(header(u"EdDSA"_qs, {}), claims(), m_ed) << QString();
    QJsonObject critical = header(u"RS256"_qs, u"rsa-1"_qs);
    critical.insert(u"crit"_qs, QJsonArray{u"exp"_qs});
    QTest::newRow("crit header") << makeJwt(critical, claims(), m_rsa) << tokencheck::kCritical;
    QTest::newRow("garbage") << QByteArray("not-a-token") << tokencheck::kMalformed;
    QTest::newRow("four parts") << QByteArray("a.b.c.d") << tokencheck::kMalformed;
    QTest::newRow("padding in base64url")
        << QByteArray("eyJhbGciOiJSUzI1NiJ9=.e30.AA") << tokencheck::kMalformed;
}

void TestTokenValidator::validate()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    const auto result = validateToken(token, keys(), rules(), m_now);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().logText()));
        QCOMPARE(result->subject, u"alice"_qs);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, expected);
        QVERIFY(!result.error().message.isEmpty());
    }
}

void TestTokenValidator::noKidWithSeveralKeysIsRefused()
{
    // Two RSA keys could have signed it: guessing would let the weaker one win.
    JwkSet twoRsa = keys();
    twoRsa.add(Jwk::fromJson(m_rsaOther.publicJwk(u"rsa-2"_qs)).value());
    const auto token = makeJwt(header(u"RS256"_qs, {}), claims(), m_rsa);
    const auto result = validateToken(token, twoRsa, rules(), m_now);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, tokencheck::kAmbiguousKey);
}

void TestTokenValidator::unknownKidIsReportedForRefetch()
{
    const auto token = makeJwt(header(u"RS256"_qs, u"rotated-key"_qs), claims(), m_rsaOther);
    auto result = validateToken(token, keys(), rules(), m_now);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, tokencheck::kUnknownKey);

    // After the caller refetches the key set and finds the new key, it passes.
    JwkSet refreshed = keys();
    refreshed.add(Jwk::fromJson(m_rsaOther.publicJwk(u"rotated-key"_qs)).value());
    result = validateToken(token, refreshed, rules(), m_now);
    QVERIFY(result.ok());
}

void TestTokenValidator::rejectsShortRsaKeys()
{
    const auto shortKey = TestKey::generate(TestKey::Type::Rsa1024);
    const auto jwk = Jwk::fromJson(shortKey.publicJwk(u"short"_qs));
    QVERIFY(!jwk.ok());
    QCOMPARE(jwk.error().code, u"jwk.invalid"_qs);
}

void TestTokenValidator::jwksSkipsUnusableKeys()
{
    QJsonArray array{m_rsa.publicJwk(u"rsa-1"_qs),
                     QJsonObject{{u"kty"_qs, u"oct"_qs}, {u"k"_qs, u"c2VjcmV0"_qs}},
                     QJsonObject{{u"kty"_qs, u"RSA"_qs}, {u"kid"_qs, u"broken"_qs}}};
    int skipped = 0;
    const auto set = JwkSet::fromJson(QJsonObject{{u"keys"_qs, array}}, &skipped);
    QCOMPARE(set.keys().size(), 1);
    QCOMPARE(skipped, 2);
    // With exactly one RSA key, a token without kid selects it.
    const auto token = makeJwt(header(u"RS256"_qs, {}), claims(), m_rsa);
    QVERIFY(validateToken(token, set, rules(), m_now).ok());
    // With two RSA keys and no kid, the validator refuses to guess.
    JwkSet two = set;
    two.add(Jwk::fromJson(m_rsaOther.publicJwk(u"rsa-2"_qs)).value());
    const auto result = validateToken(token, two, rules(), m_now);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, tokencheck::kAmbiguousKey);
}

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
