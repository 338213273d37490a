#pragma once

#include "TokenForge.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <semaphore>

namespace gatehouse::test {

// An in-process issuer for tests that must craft tokens the real IdP would
// never sign: expired, other audience, unknown key, forged. It serves only a
// discovery document and a JWKS with one RSA key, on 127.0.0.1.
class StaticIdp
{
public:
    StaticIdp();
    ~StaticIdp();
    bool start();
    QUrl issuer() const { return m_issuer; }
    int jwksRequests() const { return m_jwksRequests; }
    // While held, the key set endpoint takes requests but answers none of
    // them until release() (or 60 s): an IdP whose jwks_uri hangs.
    void holdKeySet();
    void release();

    // An RFC 9068 access token for `user` signed with the published key.
    // `overrides` replace or add claims; a null value removes the claim.
    QByteArray token(const QString &user, const QStringList &groups,
                     const QJsonObject &overrides = {}) const;
    // Same claims, signed with a key that is not published.
    QByteArray forgedToken(const QString &user, const QStringList &groups) const;
    // Publishes a second key and returns a token signed with it (key rotation).
    QByteArray tokenWithRotatedKey(const QString &user, const QStringList &groups,
                                   const QJsonObject &overrides = {});

    static QString apiAudience() { return u"urn:gatehouse:api"_qs; }

private:
    QJsonObject claims(const QString &user, const QStringList &groups,
                       const QJsonObject &overrides) const;

    QHttpServer m_server;
    QUrl m_issuer;
    TestKey m_key = TestKey::generate(TestKey::Type::Rsa2048);
    TestKey m_rotated = TestKey::generate(TestKey::Type::EcP256);
    TestKey m_forger = TestKey::generate(TestKey::Type::Rsa2048);
    bool m_rotatedPublished = false;
    int m_jwksRequests = 0;
    bool m_held = false;
    std::shared_ptr<std::counting_semaphore<>> m_gate;
};

} // namespace gatehouse::test
