#pragma once

#include "Result.h"

#include <QByteArray>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace gatehouse {

// An Ed25519 key for signing the audit head (private) or checking it (public).
class Ed25519Key
{
public:
    // Reads a PKCS#8 PEM private key, or creates one with mode 0600 when the
    // file does not exist. Refuses a key file readable by group or others.
    static Result<Ed25519Key> loadOrCreate(const QString &path);
    static Result<Ed25519Key> fromPublicKey(const QByteArray &raw32);
    // A public key as `openssl pkey -pubout` writes it (SubjectPublicKeyInfo PEM).
    static Result<Ed25519Key> fromPublicKeyPem(const QByteArray &pem);
    // SHA-256 of the SubjectPublicKeyInfo DER of an Ed25519 public key, as
    // lowercase hex: what `openssl pkey -pubin -outform DER | sha256sum` prints.
    static QString fingerprintOf(const QByteArray &raw32);

    bool hasPrivateKey() const { return m_private; }
    QByteArray publicKey() const; // 32 raw bytes
    QByteArray publicKeyPem() const;
    QString fingerprint() const { return fingerprintOf(publicKey()); }
    QByteArray sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_private = false;
};

} // namespace gatehouse
