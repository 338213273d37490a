#include "TokenForge.h"

#include "identity/Base64Url.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace gatehouse::test {

namespace {

QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(std::max(BN_num_bytes(bn), padTo), '\0');
    if (padTo > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), padTo);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(base64url::encode(data));
}

QByteArray encodePart(const QJsonObject &o)
{
    return base64url::encode(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

TestKey TestKey::generate(Type type)
{
    TestKey key;
    key.m_type = type;
    EVP_PKEY *pkey = nullptr;
    switch (type) {
    case Type::Rsa2048:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case Type::Rsa1024:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
        break;
    case Type::EcP256:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case Type::Ed25519:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    key.m_key = std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
    return key;
}

QJsonObject TestKey::publicJwk(const QString &kid) const
{
    QJsonObject jwk;
    EVP_PKEY *k = m_key.get();
    switch (m_type) {
    case Type::Rsa2048:
    case Type::Rsa1024:
        jwk = {{u"kty"_qs, u"RSA"_qs},
               {u"n"_qs, b64(bnParam(k, OSSL_PKEY_PARAM_RSA_N))},
               {u"e"_qs, b64(bnParam(k, OSSL_PKEY_PARAM_RSA_E))}};
        break;
    case Type::EcP256:
        jwk = {{u"kty"_qs, u"EC"_qs},
               {u"crv"_qs, u"P-256"_qs},
               {u"x"_qs, b64(bnParam(k, OSSL_PKEY_PARAM_EC_PUB_X, 32))},
               {u"y"_qs, b64(bnParam(k, OSSL_PKEY_PARAM_EC_PUB_Y, 32))}};
        break;
    case Type::Ed25519: {
        QByteArray raw(32, '\0');
        size_t length = 32;
        EVP_PKEY_get_raw_public_key(k, reinterpret_cast<unsigned char *>(raw.data()), &length);
        jwk = {{u"kty"_qs, u"OKP"_qs}, {u"crv"_qs, u"Ed25519"_qs}, {u"x"_qs, b64(raw)}};
        break;
    }
    }
    if (!kid.isEmpty())
        jwk.insert(u"kid"_qs, kid);
    return jwk;
}

QByteArray TestKey::sign(const QString &alg, const QByteArray &input) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = alg == u"EdDSA" ? nullptr : EVP_sha256();
    QByteArray sig;
    if (EVP_DigestSignInit(ctx, &pctx, md, nullptr, m_key.get()) == 1) {
        if (alg == u"PS256") {
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
        }
        size_t length = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size())) == 1) {
            sig.resize(qsizetype(length));
            EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &length, data,
                           size_t(input.size()));
            sig.resize(qsizetype(length));
        }
    }
    EVP_MD_CTX_free(ctx);
    if (alg == u"ES256" && !sig.isEmpty()) {
        const auto *p = reinterpret_cast<const unsigned char *>(sig.constData());
        ECDSA_SIG *ecdsa = d2i_ECDSA_SIG(nullptr, &p, long(sig.size()));
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char *>(raw.data()) + 32,
                     32);
        ECDSA_SIG_free(ecdsa);
        return raw;
    }
    return sig;
}

QByteArray TestKey::publicPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

QByteArray makeJwt(const QJsonObject &header, const QJsonObject &claims, const TestKey &key)
{
    const QByteArray input = encodePart(header) + '.' + encodePart(claims);
    return input + '.' + base64url::encode(key.sign(header.value(u"alg").toString(), input));
}

QByteArray makeHs256Jwt(const QJsonObject &header, const QJsonObject &claims,
                        const QByteArray &secret)
{
    const QByteArray input = encodePart(header) + '.' + encodePart(claims);
    return input + '.' +
           base64url::encode(
               QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

QByteArray makeUnsignedJwt(const QJsonObject &header, const QJsonObject &claims)
{
    return encodePart(header) + '.' + encodePart(claims) + '.';
}

} // namespace gatehouse::test
