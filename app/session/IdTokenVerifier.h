#pragma once

#include "Profile.h"
#include "identity/Jwk.h"
#include "identity/TokenValidator.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

// Validates ID tokens with the shared rules in core/ against the provider's
// published keys. Keys are fetched from `jwks_uri` when first needed; a token
// signed with a key id not in the set triggers exactly one refetch (the
// provider may have rotated), after which an unknown key is refused.
// What an ID token from `issuer` for the profile's console client must satisfy
// (OIDC Core 3.1.3.7): its audiences are the client and the profile's trusted
// audiences, nothing else; the caller adds the nonce at sign-in.
TokenRules idTokenRules(const QUrl &issuer, const Profile &profile);

class IdTokenVerifier : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<ValidatedToken>)>;

    IdTokenVerifier(QNetworkAccessManager *nam, const QUrl &jwksUri, QObject *parent = nullptr);

    void verify(const QByteArray &token, const TokenRules &rules, Callback done);
    int keyFetches() const { return m_fetches; }

private:
    void fetchKeys(std::function<void(Error)> done);

    QNetworkAccessManager *m_nam;
    QUrl m_jwksUri;
    JwkSet m_keys;
    bool m_loaded = false;
    int m_fetches = 0;
};

} // namespace gatehouse
