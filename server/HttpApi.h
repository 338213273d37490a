#pragma once

#include "AccessLogRows.h"
#include "ApiSupport.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Error.h"
#include "EvidenceApi.h"
#include "ReviewApi.h"
#include "ServerConfig.h"
#include "audit/Ed25519Key.h"
#include "grants/Principal.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <functional>

namespace gatehouse::server {

class AccessLogSource;
struct MeshSnapshot;
class KumaSync;
class AccessTokenVerifier;
class DecisionLog;
class EdgeAuthorizer;
class Metrics;
class GrantService;
class ReviewService;
class Store;

// gatehoused's HTTP API (see docs/openapi.yaml). Every /v1 call is
// authenticated with a Bearer access token and authorised from its claims.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        Store *store = nullptr;
        GrantService *grants = nullptr;
        AccessTokenVerifier *verifier = nullptr;
        const Ed25519Key *auditKey = nullptr;
        QList<StandingPermission> permissions;
        EdgeAuthorizer *edge = nullptr;
        DecisionLog *decisions = nullptr;
        Metrics *metrics = nullptr;
        AccessLogSource *ingest = nullptr;  // null when no access log is configured
        const MeshSnapshot *mesh = nullptr; // what Kuma discovery last saw
        const KumaSync *kuma = nullptr;     // grants' mesh state; null without Kuma
        QString checkpointDir;              // audit checkpoints; empty when none
        // Called after the catalog API changed a service, before it answers.
        std::function<void()> catalogChanged;
        ReviewService *reviews = nullptr; // access reviews
    };
    HttpApi(const Parts &parts, QObject *parent = nullptr);

    // Returns the bound port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, Error *error);

    // Test configurations only ([testing] adjustable_clock): adds POST
    // /v1/testing/clock {"advance_ms": n}, by which an admin moves `clock`
    // forward. The reaper sees the new time on its next round.
    void enableTestClock(AdjustableClock *clock);

private:
    using Handler = std::function<QHttpServerResponse(const Principal &, const ApiRequest &)>;
    using GrantAction =
        std::function<Result<Grant>(const Principal &, const QString &id, const QJsonObject &body)>;

    void registerRoutes();
    void registerReviewRoutes();
    void registerGrantAction(const QString &action, const QStringList &bodyFields,
                             const GrantAction &act);
    QHttpServerResponse authenticated(const QHttpServerRequest &request, const Handler &handler);

    QHttpServerResponse me(const Principal &who) const;
    QHttpServerResponse graph(const Principal &who, const ApiRequest &request) const;
    QJsonObject graphBody(const Principal &who, qint64 version) const;
    QHttpServerResponse listGrants(const Principal &who, const ApiRequest &request) const;
    QHttpServerResponse createGrant(const Principal &who, const ApiRequest &request);
    QHttpServerResponse audit(const Principal &who, const ApiRequest &request) const;
    QHttpServerResponse auditHead(const Principal &who) const;
    QHttpServerResponse listAccessLog(const Principal &who, const ApiRequest &request) const;
    void exportAccessLog(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    AccessLogRows accessLogRows(const Principal &who) const;
    QHttpServerResponse listDecisions(const Principal &who, const ApiRequest &request) const;
    QHttpServerResponse recordExport(const Principal &who, const ApiRequest &request);
    QHttpServerResponse saveService(const Principal &who, const QString &name,
                                    const ApiRequest &request);
    QHttpServerResponse health() const;
    qint64 currentVersion() const;

    QHttpServer m_server;
    Parts m_parts;
    AuditLog m_audit;
    EvidenceApi m_evidence;
    ReviewApi m_reviews;
};

} // namespace gatehouse::server
