#pragma once

#include "Clock.h"
#include "Error.h"
#include "KumaDiscovery.h"
#include "ServerConfig.h"
#include "audit/Ed25519Key.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace gatehouse::server {

class KumaSync;
class LogWorker;
class AccessTokenVerifier;
class CheckpointWriter;
class DecisionLog;
class EdgeAuthorizer;
class EdgeDecider;
class EdgeListener;
class EdgeSnapshotKeeper;
class GrantRepository;
class GrantService;
class HttpApi;
class Metrics;
class ReviewRepository;
class ReviewService;
class Store;

// Wires configuration, store, grant lifecycle, token verification, the reaper
// and the HTTP API together for one gatehoused process.
class Daemon : public QObject
{
    Q_OBJECT
public:
    explicit Daemon(ServerConfig config, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens the store, loads the catalog and starts the services; an error
    // here is returned. Then fetches the identity providers' keys without
    // waiting for them and listens once every fetch ended (keys, error or
    // timeout): ready() with the bound port (useful when the configured port
    // is 0) or failed(), both from the event loop, never from this call.
    [[nodiscard]] Error start();
    QHostAddress listenAddress() const { return m_config.listenAddress; }

Q_SIGNALS:
    void ready(quint16 port);
    void failed(const gatehouse::Error &error);

private:
    void keysLoaded();
    quint16 listen(Error *error);
    void reap();

    ServerConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<GrantRepository> m_repository;
    std::optional<Ed25519Key> m_auditKey;
    GrantService *m_grants = nullptr;
    std::unique_ptr<ReviewRepository> m_reviewRepository;
    ReviewService *m_reviews = nullptr; // access reviews; closed when due by the reaper
    AccessTokenVerifier *m_verifier = nullptr;
    AccessTokenVerifier *m_edgeVerifier = nullptr;
    int m_keySetsLoading = 0; // verifiers whose first key fetch has not ended
    DecisionLog *m_decisions = nullptr;
    EdgeAuthorizer *m_edge = nullptr; // /v1/authz/caddy on the API's listener
    EdgeSnapshotKeeper *m_snapshots = nullptr;
    EdgeDecider *m_edgeDecider = nullptr;
    std::unique_ptr<EdgeListener> m_edgeListener; // [edge] decision_listen, own threads
    Metrics *m_metrics = nullptr;
    LogWorker *m_logs = nullptr; // access-log ingest and retention, on their own thread
    KumaSync *m_kuma = nullptr;  // null when no Kuma control plane is configured
    MeshSnapshot m_mesh;         // empty until the first discovery
    QTimer m_discoveryTimer;
    bool m_discovering = false;
    HttpApi *m_api = nullptr;
    QTimer m_reaper;
    std::unique_ptr<AdjustableClock> m_testClock; // only with [testing] adjustable_clock
    CheckpointWriter *m_checkpoints = nullptr;    // null when [audit] checkpoint_dir is ""
};

} // namespace gatehouse::server
