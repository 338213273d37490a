#include "Jwk.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace gatehouse {

namespace {

Error keyError(const QString &detail)
{
    return Error{
        u"jwk.invalid"_qs,
        QCoreApplication::translate("Jwk", "The identity provider published an unusable key."),
        detail};
}

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnDeleter>;

std::optional<QByteArray> member(const QJsonObject &o, const char *name)
{
    const auto v = o.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    return base64url::decode(v.toString().toLatin1());
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *pkey = nullptr;
    if (ctx && params && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return pkey;
}

EVP_PKEY *rsaKey(const QByteArray &n, const QByteArray &e)
{
    BnPtr bnN(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    BnPtr bnE(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    if (bld && bnN && bnE && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN.get()) &&
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE.get()))
        pkey = fromParams("RSA", bld);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

EVP_PKEY *ecKey(const QByteArray &x, const QByteArray &y)
{
    QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY *pkey = nullptr;
    if (bld && OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) &&
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())))
        pkey = fromParams("EC", bld);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

} // namespace

Result<Jwk> Jwk::fromJson(const QJsonObject &o)
{
    Jwk jwk;
    jwk.m_kid = o.value(u"kid").toString();
    jwk.m_alg = o.value(u"alg").toString();
    jwk.m_use = o.value(u"use").toString();
    if (!jwk.m_use.isEmpty() && jwk.m_use != u"sig")
        return keyError(u"key %1 is not a signing key"_qs.arg(jwk.m_kid));
    if (o.contains(u"d"))
        return keyError(u"key %1 contains private material"_qs.arg(jwk.m_kid));

    const QString kty = o.value(u"kty").toString();
    EVP_PKEY *pkey = nullptr;
    if (kty == u"RSA") {
        const auto n = member(o, "n");
        const auto e = member(o, "e");
        if (!n || !e || n->isEmpty() || e->isEmpty())
            return keyError(u"RSA key %1 lacks n or e"_qs.arg(jwk.m_kid));
        pkey = rsaKey(*n, *e);
        jwk.m_type = Type::Rsa;
        if (pkey && EVP_PKEY_get_bits(pkey) < 2048) {
            EVP_PKEY_free(pkey);
            return keyError(u"RSA key %1 is shorter than 2048 bits"_qs.arg(jwk.m_kid));
        }
    } else if (kty == u"EC") {
        const auto x = member(o, "x");
        const auto y = member(o, "y");
        if (o.value(u"crv").toString() != u"P-256")
            return keyError(u"EC key %1 is not on P-256"_qs.arg(jwk.m_kid));
        if (!x || !y || x->size() != 32 || y->size() != 32)
            return keyError(u"EC key %1 has bad coordinates"_qs.arg(jwk.m_kid));
        pkey = ecKey(*x, *y);
        jwk.m_type = Type::EcP256;
    } else if (kty == u"OKP") {
        const auto x = member(o, "x");
        if (o.value(u"crv").toString() != u"Ed25519")
            return keyError(u"OKP key %1 is not Ed25519"_qs.arg(jwk.m_kid));
        if (!x || x->size() != 32)
            return keyError(u"Ed25519 key %1 has a bad length"_qs.arg(jwk.m_kid));
        pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char *>(x->constData()),
                                           size_t(x->size()));
        jwk.m_type = Type::Ed25519;
    } else {
        return keyError(u"unsupported key type '%1'"_qs.arg(kty));
    }
    if (!pkey)
        return keyError(u"OpenSSL refused key %1"_qs.arg(jwk.m_kid));
    jwk.m_key = std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
    return jwk;
}

bool Jwk::supportsAlgorithm(const QString &alg) const
{
    if (!m_alg.isEmpty() && m_alg != alg)
        return false;
    switch (m_type) {
    case Type::Rsa:
        return alg == u"RS256" || alg == u"PS256";
    case Type::EcP256:
        return alg == u"ES256";
    case Type::Ed25519:
        return alg == u"EdDSA";
    }
    return false;
}

JwkSet JwkSet::fromJson(const QJsonObject &jwks, int *skipped)
{
    JwkSet set;
    int bad = 0;
    const QJsonArray keys = jwks.value(u"keys").toArray();
    for (const auto &value : keys) {
        auto key = Jwk::fromJson(value.toObject());
        if (key)
            set.m_keys.append(key.value());
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return set;
}

const Jwk *JwkSet::findById(const QString &kid) const
{
    for (const auto &key : m_keys) {
        if (key.keyId() == kid)
            return &key;
    }
    return nullptr;
}

} // namespace gatehouse
