#pragma once

#include "AccessLogModel.h"
#include "AuditModel.h"
#include "AuditVerification.h"
#include "ConsoleOptions.h"
#include "EndpointStatusModel.h"
#include "GrantsModel.h"
#include "ProfileStore.h"
#include "api/ControlPlaneClient.h"
#include "cache/AccessLogCache.h"
#include "cache/AccessLogTextIndexer.h"
#include "cache/AuditCache.h"
#include "cache/ConsoleCache.h"
#include "evidence/EvidenceExporter.h"
#include "notify/DesktopNotifier.h"
#include "notify/GrantWatcher.h"
#include "session/Session.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace gatehouse {

namespace graph {
class GraphPage;
}
class AccessLogExporter;
class AccessLogSync;
class AccessLogView;
class AuditSync;
class AuditView;
class EvidenceDialog;
class GrantHistoryDialog;
class EndpointProbe;
class GrantDialog;
class GrantsView;
class MainWindow;
class ReviewsController;

// Wires the console together for one profile at a time: the session (sign-in,
// refresh, sign-out), the endpoint probe and the main window; switching or
// editing a profile rebuilds the session for it.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    ConsoleController(const Profile &profile, ProfileStore *store, QNetworkAccessManager *nam,
                      const QString &browserCommand, QObject *parent = nullptr);
    ~ConsoleController() override;

    MainWindow *window() const { return m_window.get(); }
    Session *session() const { return m_session.get(); }
    // Replaces how the sign-in page reaches a browser (tests).
    void setBrowserLauncher(SignInFlow::BrowserLauncher launcher);

    void show();
    void restoreSession(); // from the keychain, without a browser

    ControlPlaneClient *client() const { return m_client.get(); }
    GrantsModel *grantsModel() { return &m_grantsModel; }
    GrantsView *grantsView() const { return m_grantsView; }
    graph::GraphPage *graphPage() const { return m_graphPage; }
    AccessLogView *accessLogView() const { return m_logView; }
    AccessLogModel *accessLogModel() { return &m_logModel; }
    AccessLogSync *accessLogSync() const { return m_logSync; }
    DesktopNotifier *notifier() { return &m_notifier; }
    GrantWatcher *grantWatcher() { return &m_watcher; }
    ReviewsController *reviews() const { return m_reviews; }
    const QJsonObject &graphJson() const { return m_graph; }
    // Opens the grant dialog (non-modal; returned for tests).
    GrantDialog *openGrantDialog(const QString &service = {});
    AccessLogExporter *accessLogExporter() const { return m_logExporter; }
    // The Access log tab filtered on a graph node ("service:payments" →
    // service = payments, "user:bob" → user = bob), over the last hour.
    void showAccessLogFor(const QString &nodeId);
    // Lines the cache holds for this profile, as last counted.
    qint64 cachedLogLines() const { return m_logCachedLines; }
    AuditView *auditView() const { return m_auditView; }
    AuditModel *auditModel() { return &m_auditModel; }
    AuditSync *auditSync() const { return m_auditSync; }
    AuditVerification *auditVerification() { return &m_auditVerification; }
    // The grant's history from the cached audit chain (non-modal; returned for tests).
    GrantHistoryDialog *openGrantHistory(const QString &grantId);
    // The Audit tab filtered on one grant.
    void showAuditForGrant(const QString &grantId);
    // Reads the whole chain again when signed in, then verifies the cache.
    void verifyAudit();
    // File → Export evidence… (non-modal; returned for tests).
    EvidenceDialog *openEvidenceDialog();
    // The export's outcome in words, with the pack verified against the
    // profile's pinned key when it has one.
    static QString evidenceResultText(const EvidenceExporter::Outcome &out, const QString &period,
                                      const Profile &profile);

Q_SIGNALS:
    void graphUpdated(const QJsonObject &graph);
    void grantsUpdated();

private:
    void useProfile(const Profile &profile);
    void connectSession();
    void showSessionState();
    void switchProfile(const QString &name);
    void editProfile(bool add);
    void refreshProfileMenu();
    void onSessionState();
    void applyGraph(const QJsonObject &graph);
    void applyGrants(const QJsonObject &list);
    // A grant the control plane answered a change with, shown at once in the
    // list and the graph; returns its id (empty when it cannot be read).
    QString applyReturnedGrant(const QJsonObject &json);
    void loadCache();
    void updateDataStatus();
    void applyLogQuery();
    void updateLogStatus();
    // The histogram and facets of the current filter and range.
    void updateLogSummary();
    // Live follow: the new lines go in above the ones shown.
    void followNewLogLines();
    // The access-log tab's links and actions to the rest of the console.
    void wireAccessLog();
    // Applies the profile's retention to the cache and counts what is kept.
    void pruneAccessLog();
    // The Audit tab's ties to the rest of the console.
    void wireAudit();
    void useAuditProfile(const Profile &profile);
    void applyAuditQuery();
    void runGrantAction(const QString &id, const QString &action, const QDateTime &newExpiry);
    bool isReadOnly() const;

    ProfileStore *m_store;
    QNetworkAccessManager *m_nam;
    SignInFlow::BrowserLauncher m_launcher;
    EndpointStatusModel m_endpoints;
    std::unique_ptr<EndpointProbe> m_probe;
    std::unique_ptr<Session> m_session;
    ConsoleCache m_cache;
    AccessLogCache m_logCache{ConsoleCache::defaultPath()};
    GrantsModel m_grantsModel; // before the window: its views use the model
    AccessLogModel m_logModel;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ControlPlaneClient> m_client;
    GrantsView *m_grantsView = nullptr;
    graph::GraphPage *m_graphPage = nullptr;
    QString m_apiSubject; // who the control plane says we are, once it answered
    AccessLogView *m_logView = nullptr;
    AccessLogSync *m_logSync = nullptr; // a child of m_client
    AccessLogExporter *m_logExporter = nullptr;
    AccessLogTextIndexer m_logIndexer{&m_logCache}; // paths into the trigram index, after a sync
    qint64 m_logCachedLines = -1;
    AuditCache m_auditCache{ConsoleCache::defaultPath()};
    AuditModel m_auditModel;
    AuditView *m_auditView = nullptr;
    AuditSync *m_auditSync = nullptr; // a child of m_client
    AuditVerification m_auditVerification{&m_auditCache};
    QString m_auditTrust; // the last verdict, in words
    // Callers and services offered by completion, read from the cache once
    // (a GROUP BY over every line) and again after new lines arrived.
    QHash<int, QStringList> m_completionValues;
    AccessLogCache::Query m_logQuery;
    QDateTime m_logSyncedAt;
    int m_logTicks = 0;
    bool m_logHasNews = false;
    QString m_selectedService; // in the graph: the grant dialog starts there
    QJsonObject m_graph;
    QDateTime m_dataFetchedAt;
    bool m_fromCache = false;
    QTimer m_tick;
    DesktopNotifier m_notifier;
    GrantWatcher m_watcher{&m_notifier};
    ReviewsController *m_reviews = nullptr; // the Reviews tab and its badge
};

} // namespace gatehouse
