#pragma once

#include "Result.h"
#include "ServerConfig.h"
#include "grants/Principal.h"
#include "identity/Jwk.h"

#include <QDateTime>
#include <QHash>

#include <chrono>

namespace gatehouse::server {

// Turns "Authorization: Bearer ..." into a Principal. Keys come from the
// issuer's discovered jwks_uri and are cached; a token naming an unknown key
// triggers one refetch (at most every 10 s), then is judged on what came back.
// A fetch blocks the caller for at most the fetch timeout; it runs on its own
// thread with its own network stack.
class AccessTokenVerifier
{
public:
    AccessTokenVerifier(const ServerConfig &config, const QString &audience);

    Result<Principal> verify(const QByteArray &authorization);
    // Fetches the keys now; false (and a logged warning) when that failed.
    bool refreshKeys();

    int keyFetches() const { return m_fetches; }
    void setFetchTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Discovery, then the key set. Blocking; runs on a thread of its own.
    static Result<JwkSet> fetchKeySet(const QUrl &issuer, std::chrono::milliseconds timeout);

private:
    Result<Principal> check(const QByteArray &token) const;

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
    QString m_audience;
    RoleMapping m_roles;
    JwkSet m_keys;
    QDateTime m_lastFetch;
    QDateTime m_lastKidRefetch;
    Error m_lastFetchError;
    int m_fetches = 0;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(2)};
};

} // namespace gatehouse::server
