#include "Daemon.h"

#include "AccessTokenVerifier.h"
#include "AuditKeys.h"
#include "CheckpointWriter.h"
#include "DecisionLog.h"
#include "EdgeAuthorizer.h"
#include "EdgeDecider.h"
#include "EdgeListener.h"
#include "EdgeSnapshotKeeper.h"
#include "GrantRepository.h"
#include "GrantService.h"
#include "HttpApi.h"
#include "KumaHttp.h"
#include "KumaSync.h"
#include "LogWorker.h"
#include "Metrics.h"
#include "ReviewRepository.h"
#include "ReviewService.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"

namespace gatehouse::server {

Daemon::Daemon(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

Daemon::~Daemon()
{
    // The edge threads decide with the verifier, snapshot and logs: they
    // stop first. The API and services use the store: they go next. The
    // checkpoint writer's last checkpoint comes after the API's last change.
    m_edgeListener.reset();
    delete m_api;
    delete m_checkpoints;
    delete m_kuma;
    delete m_logs;
    delete m_edge;
    delete m_edgeDecider;
    delete m_snapshots;
    delete m_metrics;
    delete m_decisions;
    delete m_edgeVerifier;
    delete m_verifier;
    delete m_reviews;
    delete m_grants;
}

Error Daemon::start()
{
    auto key = Ed25519Key::loadOrCreate(m_config.auditSigningKeyPath);
    if (!key)
        return key.error();
    m_auditKey = key.value();

    auto store = Store::open(m_config.storeUrl);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    if (Error e = m_store->replaceConfiguredServices(m_config.services); !e.isNull())
        return e;
    qCInfo(lcServer) << "catalog loaded:" << m_config.services.size() << "services,"
                     << m_config.permissions.size() << "standing permissions";

    // A replica still holding a key the chain has rotated away from must not
    // sign heads or checkpoints: verifiers would reject them.
    const auto inForce = auditkeys::keyInForce(*m_store);
    if (!inForce)
        return inForce.error();
    if (!inForce->isEmpty() && inForce.value() != m_auditKey->fingerprint()) {
        return Error{u"config.invalid"_qs,
                     u"[audit] signing_key %1 is key %2, but the audit chain handed over to key "
                     "%3 (gatehoused audit rotate-key): configure that key"_qs.arg(
                         m_config.auditSigningKeyPath, m_auditKey->fingerprint(), inForce.value()),
                     u"signing key is not the key in force"_qs};
    }
    qCInfo(lcAudit) << "audit signing key" << m_auditKey->fingerprint();

    m_repository = std::make_unique<GrantRepository>(m_store->connectionName());
    m_grants = new GrantService(m_repository.get(), m_store.get(), m_config.reviewTimeout);
    if (m_config.adjustableClock) {
        m_testClock = std::make_unique<AdjustableClock>();
        m_grants->setClock(m_testClock.get());
    }
    m_reviewRepository = std::make_unique<ReviewRepository>(m_store->connectionName());
    m_reviews = new ReviewService(m_reviewRepository.get(), m_grants, m_config.permissions);
    if (m_testClock)
        m_reviews->setClock(m_testClock.get());
    m_verifier = new AccessTokenVerifier(m_config, AccessTokenVerifier::Audience::Api);

    if (!m_config.listenAddress.isLoopback())
        qCWarning(lcServer) << "listening on a non-loopback address"
                            << m_config.listenAddress.toString()
                            << "- put TLS in front of gatehoused";
    // Tokens for calls through the edge carry the edge audience, never the API's.
    m_edgeVerifier = new AccessTokenVerifier(m_config, AccessTokenVerifier::Audience::Edge);
    m_decisions = new DecisionLog(m_store->connectionName());
    m_metrics = new Metrics;
    // Access-log ingest, retention and the decision log's writes run on a
    // thread of their own, never on the one that decides. Caddy's net writer
    // connects when Caddy starts: listen before the API says ready.
    m_logs =
        new LogWorker(m_store.get(), {m_config.edge.accessLog, m_config.edge.accessLogNetAddress,
                                      m_config.edge.accessLogNetPort, m_config.edge.retention,
                                      std::chrono::minutes(1), m_decisions});
    if (Error e = m_logs->start(); !e.isNull())
        return e;
    m_edge = new EdgeAuthorizer(m_store.get(), m_repository.get(), m_edgeVerifier,
                                m_config.permissions, m_decisions, m_metrics);
    // The edge's snapshot: swapped before a grant change's API call answers.
    m_snapshots = new EdgeSnapshotKeeper(m_store.get(), m_repository.get(), m_config.permissions);
    connect(m_grants, &GrantService::grantChanged, m_snapshots, &EdgeSnapshotKeeper::grantChanged,
            Qt::DirectConnection);
    if (!m_snapshots->start())
        return Error{u"store.read"_qs, tr("Cannot read grants and catalog for the edge."), {}};
    m_edgeDecider = new EdgeDecider(m_snapshots, m_edgeVerifier, m_decisions, m_metrics);
    if (!m_config.kumaControlPlane.isEmpty())
        m_kuma = new KumaSync(m_store.get(), m_config.kumaControlPlane, m_config.kumaTrustDomain);
    m_api = new HttpApi({m_store.get(), m_grants, m_verifier, &*m_auditKey, m_config.permissions,
                         m_edge, m_decisions, m_metrics, m_logs->hasSource() ? m_logs : nullptr,
                         &m_mesh, m_kuma, m_config.auditCheckpointDir,
                         [this] { m_snapshots->catalogChanged(); }, m_reviews});
    if (m_testClock) {
        m_edge->setTimeSource(m_testClock.get());
        m_edgeDecider->setTimeSource(m_testClock.get());
        m_api->enableTestClock(m_testClock.get());
    }
    if (!m_config.auditCheckpointDir.isEmpty()) {
        const Clock *clock =
            m_testClock ? static_cast<const Clock *>(m_testClock.get()) : &Clock::system();
        m_checkpoints =
            new CheckpointWriter(m_store.get(), &*m_auditKey, clock,
                                 {m_config.auditCheckpointDir, m_config.auditCheckpointEveryRecords,
                                  m_config.auditCheckpointInterval});
        if (Error e = m_checkpoints->start(); !e.isNull())
            return e;
    }
    // The IdPs' keys are fetched before serving so the first requests find
    // them, without waiting here: listen() follows when both verifiers'
    // fetches ended. If an IdP is down, its keys come in the background later.
    m_keySetsLoading = 2;
    for (AccessTokenVerifier *verifier : {m_verifier, m_edgeVerifier}) {
        connect(verifier, &AccessTokenVerifier::keysLoaded, this, &Daemon::keysLoaded,
                Qt::SingleShotConnection);
        verifier->loadKeys();
    }
    return {};
}

void Daemon::keysLoaded()
{
    if (--m_keySetsLoading > 0)
        return;
    Error error;
    const quint16 port = listen(&error);
    if (port == 0)
        Q_EMIT failed(error);
    else
        Q_EMIT ready(port);
}

quint16 Daemon::listen(Error *error)
{
    if (m_config.edge.decisionPort != 0) {
        m_edgeListener =
            std::make_unique<EdgeListener>(m_edgeDecider, m_metrics, m_config.edge.decisionThreads);
        if (m_edgeListener->start(m_config.edge.decisionAddress, m_config.edge.decisionPort,
                                  error) == 0)
            return 0;
    }
    const quint16 port = m_api->listen(m_config.listenAddress, m_config.listenPort, error);
    if (port == 0)
        return 0;
    // Expiry does not depend on any console: every replica checks often, and
    // the conditional update lets exactly one of them record each change.
    m_reaper.setInterval(250);
    connect(&m_reaper, &QTimer::timeout, this, &Daemon::reap);
    m_reaper.start();
    reap();

    if (m_kuma) {
        // Kuma I/O is asynchronous: nothing here waits for the control plane.
        m_kuma->start();
        // Discovery is slower-moving: every 30 s, and once at start.
        const auto discover = [this] {
            if (m_discovering)
                return;
            m_discovering = true;
            discoverMesh(m_kuma->client(), [this](const Result<MeshSnapshot> &snapshot) {
                m_discovering = false;
                if (snapshot)
                    m_mesh = snapshot.value();
                else
                    qCWarning(lcServer) << "kuma discovery:" << snapshot.error().logText();
            });
        };
        m_discoveryTimer.setInterval(30'000);
        connect(&m_discoveryTimer, &QTimer::timeout, this, discover);
        m_discoveryTimer.start();
        QTimer::singleShot(0, this, discover);
    }
    return port;
}

void Daemon::reap()
{
    const auto result = m_grants->reap();
    if (!result)
        qCWarning(lcGrants) << "reaper:" << result.error().logText();
    // Access reviews due now are closed, their unreviewed items reported.
    if (const auto reviews = m_reviews->closeDue(); !reviews)
        qCWarning(lcReviews) << "reaper:" << reviews.error().logText();
}

} // namespace gatehouse::server
