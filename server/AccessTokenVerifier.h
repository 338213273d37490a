#pragma once

#include "Result.h"
#include "ServerConfig.h"
#include "grants/Principal.h"
#include "identity/Jwk.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace gatehouse::server {

// Turns "Authorization: Bearer ..." into a Principal, reading who the caller
// is with the issuer's claim mapping. verify() never waits: it judges a token
// on the cached key set. Keys are fetched in the background (discovery, then
// jwks_uri) and refreshed periodically; a token naming an unknown key is
// refused at once and triggers a background refetch (at most every 10 s), so
// a slow or unreachable IdP never delays decisions for tokens whose key is
// known, and forged key ids cannot hammer the IdP.
class AccessTokenVerifier : public QObject
{
    Q_OBJECT
public:
    AccessTokenVerifier(const ServerConfig &config, const QStringList &audiences,
                        QObject *parent = nullptr);
    ~AccessTokenVerifier() override;

    Result<Principal> verify(const QByteArray &authorization);

    // Starts a background fetch of the keys unless one is running;
    // keysRefreshed() tells when it ended.
    void refreshKeys();
    // For start-up only, before any request is served: fetches the keys and
    // waits for them (bounded by the fetch timeout). False when that failed;
    // background fetches then keep trying.
    bool loadKeysBeforeServing();

    bool hasKeys() const { return !m_keys.isEmpty(); }
    bool isFetching() const { return m_fetching; }
    int keyFetches() const { return m_fetches; }
    void setFetchTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRefreshInterval(std::chrono::milliseconds interval);

    // Discovery, then the key set. Blocking; runs on a thread of its own.
    static Result<JwkSet> fetchKeySet(const QUrl &issuer, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void keysRefreshed(bool ok);

private:
    Result<Principal> check(const QByteArray &token) const;
    void fetchJwks(const QUrl &jwksUri);
    void fetchEnded(const Result<JwkSet> &keys);
    static bool due(const QDateTime &last, const QDateTime &now, qint64 minimumMs);

    // Verified tokens, by SHA-256, until min(exp, 60 s from now): repeated
    // calls with one token (every request through the edge) skip the
    // signature check.
    struct Cached
    {
        Principal principal;
        QDateTime until;
    };
    QHash<QByteArray, Cached> m_cache;

    QUrl m_issuer;
    QStringList m_audiences;
    ClaimMapping m_claims;
    RoleMapping m_roles;
    QNetworkAccessManager *m_nam;
    JwkSet m_keys;
    QDateTime m_lastFetch;
    QDateTime m_lastKidRefetch;
    Error m_lastFetchError;
    bool m_fetching = false;
    int m_fetches = 0;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(2)};
    QTimer m_refreshTimer;
};

} // namespace gatehouse::server
