#include "Ed25519Key.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace gatehouse {

namespace {

Error keyError(const QString &detail)
{
    return Error{u"audit.key"_qs,
                 QCoreApplication::translate("Ed25519Key", "The audit signing key is unusable."),
                 detail};
}

} // namespace

Result<Ed25519Key> Ed25519Key::loadOrCreate(const QString &path)
{
    Ed25519Key key;
    key.m_private = true;
    QFile file(path);
    if (file.exists()) {
        const auto perms = QFileInfo(path).permissions();
        if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                     QFileDevice::WriteOther))
            return keyError(path + u" is readable or writable by others; chmod 600 it"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return keyError(path + u": "_qs + file.errorString());
        const QByteArray pem = file.readAll();
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!pkey || EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
            EVP_PKEY_free(pkey);
            return keyError(path + u" does not hold an Ed25519 private key"_qs);
        }
        key.m_key.reset(pkey, EVP_PKEY_free);
        return key;
    }

    EVP_PKEY *pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!pkey)
        return keyError(u"key generation failed"_qs);
    key.m_key.reset(pkey, EVP_PKEY_free);
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, length);
    BIO_free(bio);

    // Written atomically, and never readable by others, not even for a moment.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return keyError(path + u": "_qs + out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(pem);
    if (!out.commit())
        return keyError(path + u": "_qs + out.errorString());
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPublicKey(const QByteArray &raw)
{
    if (raw.size() != 32)
        return keyError(u"public key must be 32 bytes"_qs);
    EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(raw.constData()), 32);
    if (!pkey)
        return keyError(u"OpenSSL refused the public key"_qs);
    Ed25519Key key;
    key.m_key.reset(pkey, EVP_PKEY_free);
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPublicKeyPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey || EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(pkey);
        return keyError(u"not an Ed25519 public key in PEM (BEGIN PUBLIC KEY)"_qs);
    }
    Ed25519Key key;
    key.m_key.reset(pkey, EVP_PKEY_free);
    return key;
}

QString Ed25519Key::fingerprintOf(const QByteArray &raw32)
{
    // RFC 8410: the DER SubjectPublicKeyInfo of an Ed25519 key is this fixed
    // prefix (SEQUENCE, AlgorithmIdentifier 1.3.101.112, BIT STRING) and the key.
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(prefix + raw32), QCryptographicHash::Sha256).toHex());
}

QByteArray Ed25519Key::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, m_key.get());
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, length);
    BIO_free(bio);
    return pem;
}

QByteArray Ed25519Key::publicKey() const
{
    QByteArray raw(32, '\0');
    size_t length = 32;
    EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()),
                                &length);
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_private)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature(64, '\0');
    size_t length = 64;
    const bool ok =
        EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) == 1 &&
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok ? signature : QByteArray();
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, m_key.get()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace gatehouse
