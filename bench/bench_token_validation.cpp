// Access-token validation cost per algorithm, against the baseline of the bare
// OpenSSL signature check on the same token: the ratio is what parsing, key
// selection and claim checks add on top of the cryptography every validator pays.
//
//   build-bench/bin/bench_token_validation [seconds-per-case]

#include "TokenForge.h"
#include "identity/Jwk.h"
#include "identity/JwtSignature.h"
#include "identity/TokenValidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

template<typename Fn> double perSecond(Fn fn, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 64; ++i)
            fn();
        n += 64;
    }
    return double(n) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 t = now.toSecsSinceEpoch();
    const QJsonObject claims{{u"iss"_qs, u"https://idp.example.test"_qs},
                             {u"sub"_qs, u"alice"_qs},
                             {u"aud"_qs, u"urn:gatehouse:edge"_qs},
                             {u"iat"_qs, t},
                             {u"exp"_qs, t + 300},
                             {u"groups"_qs, QJsonArray{u"payments-team"_qs, u"engineering"_qs}}};
    TokenRules rules;
    rules.issuer = u"https://idp.example.test"_qs;
    rules.audiences = {u"urn:gatehouse:edge"_qs};
    rules.type = u"at+jwt"_qs;

    struct Case
    {
        const char *alg;
        TestKey::Type type;
    };
    std::printf("%-6s %14s %14s %8s\n", "alg", "validate/s", "verify-only/s", "ratio");
    for (const Case &c :
         {Case{"RS256", TestKey::Type::Rsa2048}, Case{"PS256", TestKey::Type::Rsa2048},
          Case{"ES256", TestKey::Type::EcP256}, Case{"EdDSA", TestKey::Type::Ed25519}}) {
        const TestKey key = TestKey::generate(c.type);
        const QString alg = QString::fromLatin1(c.alg);
        JwkSet keys;
        keys.add(Jwk::fromJson(key.publicJwk(u"k1"_qs)).value());
        const QByteArray token = makeJwt(
            {{u"alg"_qs, alg}, {u"typ"_qs, u"at+jwt"_qs}, {u"kid"_qs, u"k1"_qs}}, claims, key);
        if (!validateToken(token, keys, rules, now).ok()) {
            std::fprintf(stderr, "%s: token does not validate\n", c.alg);
            return 1;
        }
        const auto parsed = Jwt::parse(token).value();
        const Jwk &jwk = keys.keys().constFirst();
        const double full =
            perSecond([&] { (void)validateToken(token, keys, rules, now); }, seconds);
        const double bare = perSecond(
            [&] { (void)verifyJwsSignature(alg, jwk, parsed.signingInput, parsed.signature); },
            seconds);
        std::printf("%-6s %14.0f %14.0f %8.3f\n", c.alg, full, bare, full / bare);
    }
    std::printf("ratio = full validation rate / bare OpenSSL verify rate (1.0 = no overhead)\n");
    return 0;
}
