#pragma once

#include "Result.h"
#include "Service.h"
#include "authz/AccessDecider.h"
#include "grants/Grant.h"
#include "identity/ClaimMapping.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace gatehouse::server {

struct RoleMapping
{
    QStringList auditorGroups{u"auditors"_qs};
    QStringList oncallGroups{u"oncall"_qs};
    QStringList adminGroups{u"gatehouse-admins"_qs};
};

// Standing access from configuration: a subject may reach a service always.
using StandingPermission = AccessRule;

// How Caddy at the edge is set up, for `gatehoused caddy-config`.
struct EdgeConfig
{
    QString listen = u"127.0.0.1:47180"_qs; // where Caddy serves the services
    QString admin = u"127.0.0.1:2019"_qs;   // Caddy's admin API
    QString accessLog;                      // Caddy's JSON access log file (ingested)
    // Or Caddy's access log received over TCP from its net writer, on this
    // loopback address (null when not configured); never both.
    QHostAddress accessLogNetAddress;
    quint16 accessLogNetPort = 0;
    std::chrono::seconds retention{std::chrono::hours(24 * 30)}; // decisions and access log
    QString
        authzUrl; // how Caddy reaches gatehoused; default: decision_listen, else [server] listen
    // The dedicated edge decision listener (loopback only); port 0: none, and
    // forward_auth asks the API's /v1/authz/caddy instead.
    QHostAddress decisionAddress;
    quint16 decisionPort = 0;
    int decisionThreads = 2;
    QHash<QString, QString> upstreams; // service -> upstream address
};

// One identity provider whose tokens gatehoused takes, and how to read them.
struct TrustedIssuer
{
    QUrl issuer;
    ClaimMapping claims;
    QStringList apiAudiences;
    QStringList edgeAudiences;
};

// gatehoused's configuration, read from TOML. Every error names the file, the
// line and the reason, and stops start-up.
struct ServerConfig
{
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = 47102;
    QString storeUrl; // "sqlite:/path" or "postgresql://..."
    QUrl issuer;
    // Accepted "aud" values: any one of them must appear in a token. The API's
    // list may name what each IdP puts there (an RFC 8707 resource, Entra's
    // application ID URI or client id, an Okta authorization server audience).
    QStringList apiAudiences{u"urn:gatehouse:api"_qs};
    QStringList edgeAudiences{u"urn:gatehouse:edge"_qs};
    ClaimMapping claims; // which claims name callers, their groups, name and email
    // [[identity.issuers]]: further identity providers, each with its own
    // claims and audiences (a second tenant, a broker next to a direct IdP).
    QList<TrustedIssuer> otherIssuers;
    RoleMapping roles;
    QString auditSigningKeyPath;
    // [audit] public_key: the key `audit verify` trusts (a PEM file path or a
    // SHA-256 fingerprint); empty when not pinned.
    QString auditPublicKey;
    // Where signed heads are appended (empty: no checkpoints), and how often:
    // after this many records, or after this long when anything changed.
    QString auditCheckpointDir;
    int auditCheckpointEveryRecords = 100;
    std::chrono::seconds auditCheckpointInterval{60};
    QList<Service> services;
    QList<StandingPermission> permissions;
    EdgeConfig edge;
    QUrl kumaControlPlane; // empty: no mesh enforcement
    // Kuma 3.x: the trust domain of workload identities ("{mesh}" is replaced
    // by the grant's mesh), as the mesh's MeshIdentity sets it.
    QString kumaTrustDomain = u"{mesh}.default.mesh.local"_qs;
    std::chrono::seconds reviewTimeout{std::chrono::hours(1)};
    // [testing] adjustable_clock: test suites move gatehoused's clock forward
    // through POST /v1/testing/clock instead of waiting. Off unless set.
    bool adjustableClock = false;
    QString sourceFile;

    // The [identity] issuer first, then the others.
    QList<TrustedIssuer> trustedIssuers() const;

    static Result<ServerConfig> load(const QString &path);
    static Result<ServerConfig> parse(const QByteArray &toml, const QString &sourceFile);
};

// "127.0.0.1:47102", "[::1]:47102": an address as configuration and Caddy write it.
QString hostPort(const QHostAddress &address, quint16 port);

} // namespace gatehouse::server
