#pragma once

#include "Result.h"
#include "ServerConfig.h"
#include "grants/Principal.h"
#include "identity/Jwk.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace gatehouse::server {

// Turns "Authorization: Bearer ..." into a Principal, reading who the caller
// is with the claim mapping of the issuer that signed the token (one or
// several trusted issuers). verify() never waits: it judges a token on the
// cached key set of its issuer. Keys are fetched in the background
// (discovery, then jwks_uri) and refreshed periodically; a token naming an
// unknown key is refused at once and triggers a background refetch (at most
// every 10 s per issuer), so a slow or unreachable IdP never delays decisions
// for tokens whose key is known, and forged key ids cannot hammer the IdP.
class AccessTokenVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Audience { Api, Edge };

    AccessTokenVerifier(const ServerConfig &config, Audience audience, QObject *parent = nullptr);
    ~AccessTokenVerifier() override;

    // Any thread (the edge decides on its own threads); key fetches it
    // starts run on this object's thread.
    Result<Principal> verify(const QByteArray &authorization);

    // Starts a background fetch of every issuer's keys unless one is running;
    // keysRefreshed() tells when each ended.
    void refreshKeys();
    // For start-up, before any request is served: starts fetching every
    // issuer's keys and returns at once; keysLoaded() follows (from the event
    // loop, never from this call) when each issuer's fetch has ended, with
    // keys, an error or the fetch timeout. Background fetches keep trying
    // after a failure. Nothing waits: the daemon listens once keysLoaded().
    void loadKeys();

    int keyFetches() const { return m_fetches; }
    void setFetchTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRefreshInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void keysRefreshed(const QUrl &issuer, bool ok);
    // After loadKeys(): every issuer's first fetch ended; ok when all got keys.
    void keysLoaded(bool ok);

private:
    struct Issuer
    {
        QUrl url;
        ClaimMapping claims;
        QStringList audiences;
        JwkSet keys;
        QDateTime lastFetch;
        QDateTime lastKidRefetch;
        Error lastFetchError;
        bool fetching = false;
    };

    Result<Principal> check(const Issuer &issuer, const QByteArray &token) const;
    qsizetype issuerOf(const QByteArray &token) const; // -1: not a trusted issuer
    void refreshIssuer(qsizetype index);
    void fetchJwks(qsizetype index, const QUrl &jwksUri);
    void fetchEnded(qsizetype index, const Result<JwkSet> &keys);
    static bool due(const QDateTime &last, const QDateTime &now, qint64 minimumMs);

    // Verified tokens, by SHA-256, until min(exp, 60 s from now): repeated
    // calls with one token (every request through the edge) skip the
    // signature check.
    struct Cached
    {
        Principal principal;
        QDateTime until;
    };
    // Verified tokens by the token itself: a hit compares every byte, so no
    // two tokens ever share an entry, and hashing for the table is cheap.
    QHash<QByteArray, Cached> m_cache;
    // Guards the cache and the issuers' keys and fetch state: verify() runs
    // on the API thread and on the edge's threads.
    mutable QMutex m_mutex;

    QList<Issuer> m_issuers;
    RoleMapping m_roles;
    QNetworkAccessManager *m_nam;
    int m_fetches = 0;
    QList<qsizetype> m_loading; // issuers whose fetch loadKeys() waits for
    bool m_loadOk = true;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(2)};
    QTimer m_refreshTimer;
};

} // namespace gatehouse::server
