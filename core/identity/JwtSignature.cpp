#include "JwtSignature.h"

#include "Jwk.h"

#include <memory>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace gatehouse {

namespace {

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

// JOSE carries ECDSA signatures as fixed-size r||s; OpenSSL wants DER.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(bytes, 32, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig, r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ECDSA_SIG_free(sig);
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray result;
    if (length > 0)
        result = QByteArray(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return result;
}

} // namespace

bool verifyJwsSignature(const QString &alg, const Jwk &key, const QByteArray &signingInput,
                        const QByteArray &signature)
{
    if (!key.supportsAlgorithm(alg))
        return false;
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;

    QByteArray sig = signature;
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = alg == u"EdDSA" ? nullptr : EVP_sha256();
    if (EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key.key()) != 1)
        return false;
    if (alg == u"PS256") {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1)
            return false;
    } else if (alg == u"RS256") {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
            return false;
    } else if (alg == u"ES256") {
        sig = ecdsaRawToDer(signature);
        if (sig.isEmpty())
            return false;
    }
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
                            size_t(sig.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            size_t(signingInput.size())) == 1;
}

} // namespace gatehouse
