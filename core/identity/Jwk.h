#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace gatehouse {

// One public key from a JSON Web Key Set (RFC 7517). Only the key types JWT
// verification accepts are supported: RSA (>= 2048 bits), EC P-256, OKP Ed25519.
class Jwk
{
public:
    enum class Type { Rsa, EcP256, Ed25519 };

    static Result<Jwk> fromJson(const QJsonObject &object);

    Type type() const { return m_type; }
    QString keyId() const { return m_kid; }
    QString algorithm() const { return m_alg; } // may be empty
    QString use() const { return m_use; }       // may be empty
    EVP_PKEY *key() const { return m_key.get(); }

    // Whether this key can verify signatures made with the JWS algorithm.
    bool supportsAlgorithm(const QString &alg) const;

private:
    Type m_type = Type::Rsa;
    QString m_kid;
    QString m_alg;
    QString m_use;
    std::shared_ptr<EVP_PKEY> m_key;
};

class JwkSet
{
public:
    // Keys that cannot be used (other types, private parts, bad encodings) are
    // skipped and counted, so one odd key does not break sign-in.
    static JwkSet fromJson(const QJsonObject &jwks, int *skipped = nullptr);

    const QList<Jwk> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    const Jwk *findById(const QString &kid) const;
    void add(const Jwk &key) { m_keys.append(key); }

private:
    QList<Jwk> m_keys;
};

} // namespace gatehouse
