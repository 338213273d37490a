#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace gatehouse::test {

// Keys generated with OpenSSL at test time, and JWTs signed with them, so
// token tests never depend on fixtures that could go stale.
class TestKey
{
public:
    enum class Type { Rsa2048, Rsa1024, EcP256, Ed25519 };
    static TestKey generate(Type type);

    // The public JWK; `kid` omitted when empty.
    QJsonObject publicJwk(const QString &kid) const;
    // Signs per JWS: RS256, PS256, ES256 (raw r||s) or EdDSA.
    QByteArray sign(const QString &alg, const QByteArray &input) const;
    // The RSA public key in PEM, for the HS256 key-confusion attack test.
    QByteArray publicPem() const;

private:
    Type m_type = Type::Rsa2048;
    std::shared_ptr<EVP_PKEY> m_key;
};

QByteArray makeJwt(const QJsonObject &header, const QJsonObject &claims, const TestKey &key);
QByteArray makeHs256Jwt(const QJsonObject &header, const QJsonObject &claims,
                        const QByteArray &secret);
QByteArray makeUnsignedJwt(const QJsonObject &header, const QJsonObject &claims);

} // namespace gatehouse::test
