#include "ConsoleController.h"

#include "AccessLogFacets.h"
#include "AccessLogView.h"
#include "AppLogging.h"
#include "DurationText.h"
#include "EndpointProbe.h"
#include "GrantDialog.h"
#include "GrantsView.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "ReviewsController.h"
#include "SessionPanel.h"
#include "authz/AccessDecider.h"
#include "cache/AccessLogSync.h"
#include "cache/AccessLogWindows.h"
#include "cache/AuditSync.h"
#include "grants/GrantErrors.h"
#include "grants/GraphGrants.h"
#include "grants/Principal.h"
#include "session/BrowserLauncher.h"
#include "session/SignInErrors.h"

#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>

namespace gatehouse {

namespace {
// The items of a /v1/grants answer (live or cached).
QList<Grant> grantsFrom(const QJsonObject &list)
{
    QList<Grant> grants;
    const QJsonArray items = list.value(u"items").toArray();
    for (const auto &item : items) {
        auto g = Grant::fromJson(item.toObject());
        if (g)
            grants.append(g.value());
        else
            qCWarning(lcApp) << "skipped a grant the console cannot read:" << g.error().logText();
    }
    return grants;
}
} // namespace

ConsoleController::ConsoleController(const Profile &profile, ProfileStore *store,
                                     QNetworkAccessManager *nam, const QString &browserCommand,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_launcher(makeBrowserLauncher(browserCommand, BrowserMode::Desktop))
{
    if (Error e = m_cache.open(); !e.isNull())
        qCWarning(lcApp) << "no local cache:" << e.logText();
    if (Error e = m_logCache.open(); !e.isNull())
        qCWarning(lcApp) << "no access-log cache:" << e.logText();
    if (Error e = m_auditCache.open(); !e.isNull())
        qCWarning(lcApp) << "no audit cache:" << e.logText();
    m_window = std::make_unique<MainWindow>(profile, &m_endpoints);
    m_grantsView = new GrantsView(&m_grantsModel);
    m_window->setPage(MainWindow::GrantsPage, m_grantsView);
    m_graphPage = new graph::GraphPage;
    m_window->setPage(MainWindow::GraphPage, m_graphPage);
    m_logView = new AccessLogView(&m_logModel);
    m_window->setPage(MainWindow::LogPage, m_logView);
    m_window->tabs()->setTabEnabled(MainWindow::LogPage, true);
    m_logView->setGrantNote([this](const QString &id) {
        const Grant *g = m_grantsModel.grantById(id);
        return g ? AccessLogModel::grantNote(*g, QDateTime::currentDateTimeUtc()) : QString();
    });
    connect(m_logView, &AccessLogView::queryChanged, this, &ConsoleController::applyLogQuery);
    connect(m_logView, &AccessLogView::refreshRequested, this, [this] {
        applyLogQuery();
        if (m_session->isSignedIn())
            m_logSync->syncNow();
    });
    connect(m_logView, &AccessLogView::liveChanged, this, [this](bool live) {
        if (!live)
            return;
        applyLogQuery();
        if (m_session->isSignedIn())
            m_logSync->syncNow();
    });
    wireAccessLog();
    wireAudit();
    m_reviews = new ReviewsController(m_window.get(), &m_notifier, this);
    connect(this, &ConsoleController::graphUpdated, m_graphPage, [this](const QJsonObject &json) {
        m_graphPage->setGraph(graph::AccessGraph::fromGraphJson(json));
    });
    connect(m_graphPage, &graph::GraphPage::nodeSelected, this, [this](const QString &id) {
        if (id.startsWith(u"service:"))
            m_selectedService = id.mid(8);
    });
    connect(m_grantsView, &GrantsView::newGrantRequested, this,
            [this] { openGrantDialog(m_selectedService); });
    connect(m_grantsView, &GrantsView::actionRequested, this, &ConsoleController::runGrantAction);
    // Countdowns, the cache's age, and expiry warnings move with the clock.
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_grantsModel.setNow(now);
        updateDataStatus();
        m_watcher.check(m_grantsModel.grants(), now); // each warning is given once
        // Every 5 s; every second while the log is followed live.
        if (++m_logTicks % 5 == 0 || m_logView->isLive()) {
            if (m_session->isSignedIn())
                m_logSync->syncNow();
            updateLogStatus();
        }
    });
    m_tick.start();
    SessionPanel *panel = m_window->sessionPanel();
    connect(panel, &SessionPanel::signInRequested, this, [this] { m_session->signIn(); });
    connect(panel, &SessionPanel::cancelRequested, this, [this] { m_session->cancelSignIn(); });
    connect(panel, &SessionPanel::signOutRequested, this, [this] {
        m_window->sessionPanel()->showWorking(tr("Signing out…"));
        m_session->signOut([this](const Error &error) {
            showSessionState();
            if (!error.isNull())
                m_window->sessionPanel()->showSignedOut(error.message);
        });
    });
    connect(m_window.get(), &MainWindow::newGrantRequested, this,
            [this] { openGrantDialog(m_selectedService); });
    connect(m_window.get(), &MainWindow::profileSelected, this, &ConsoleController::switchProfile);
    connect(m_window.get(), &MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    connect(m_window.get(), &MainWindow::editProfileRequested, this,
            [this] { editProfile(false); });
    useProfile(profile);
    onSessionState();
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::setBrowserLauncher(SignInFlow::BrowserLauncher launcher)
{
    m_launcher = std::move(launcher);
    m_session->setBrowserLauncher(m_launcher);
}

void ConsoleController::useProfile(const Profile &profile)
{
    m_session = std::make_unique<Session>(profile, m_nam);
    m_session->setBrowserLauncher(m_launcher);
    connectSession();
    m_client = std::make_unique<ControlPlaneClient>(m_nam, profile.controlPlaneUrl, [this] {
        return m_session ? m_session->accessToken() : QByteArray();
    });
    connect(m_client.get(), &ControlPlaneClient::graphChanged, this,
            &ConsoleController::applyGraph);
    m_reviews->setClient(m_client.get());
    connect(m_client.get(), &ControlPlaneClient::grantsChanged, this,
            &ConsoleController::applyGrants);
    // Grants and owners are matched on the control plane's idea of who we are
    // (its identity claim), not on the ID token's `sub`, which may be opaque.
    connect(m_client.get(), &ControlPlaneClient::identityChanged, this,
            [this](const QString &subject, const QStringList &groups) {
                m_apiSubject = subject;
                m_watcher.setMe(subject, groups);
                m_grantsView->setMe(subject);
            });
    connect(m_client.get(), &ControlPlaneClient::connectionChanged, this, [this] {
        updateDataStatus();
        m_probe->checkAll(); // the Connection tab and status bar follow
        if (m_client->connection() == ControlPlaneClient::Connection::Offline)
            m_graphPage->view()->setEmptyText(
                tr("The control plane cannot be reached and nothing is cached for this profile "
                   "yet."));
        m_grantsView->setReadOnly(isReadOnly(),
                                  isReadOnly() ? tr("Read-only: offline") : QString());
    });
    m_logSync = new AccessLogSync(m_client.get(), &m_logCache, profile.name, m_client.get());
    connect(m_logSync, &AccessLogSync::synced, this, [this](int stored) {
        m_logSyncedAt = QDateTime::currentDateTimeUtc();
        if (stored > 0 || m_logCachedLines < 0)
            pruneAccessLog();
        if (stored > 0)
            m_logIndexer.start();
        // New lines show at once unless someone is reading a line; followed
        // live, they go in above it.
        if (stored > 0 && m_logView->isLive())
            followNewLogLines();
        else if (stored > 0 && m_logView->hasSelection())
            m_logHasNews = true;
        else if (stored > 0)
            applyLogQuery();
        updateLogStatus();
    });
    useAuditProfile(profile);
    loadCache();
    m_logCachedLines = -1;
    pruneAccessLog();
    m_logIndexer.start(); // what an earlier session stored but did not index
    applyLogQuery();      // this profile's cached lines, never the previous profile's
    m_probe = std::make_unique<EndpointProbe>(profile, &m_endpoints, m_nam);
    connect(m_window.get(), &MainWindow::refreshRequested, m_probe.get(), &EndpointProbe::checkAll);
    m_window->setProfile(profile);
    refreshProfileMenu();
    showSessionState();
    if (m_window->isVisible())
        m_probe->checkAll();
}

void ConsoleController::connectSession()
{
    Session *s = m_session.get();
    connect(s, &Session::stateChanged, this, &ConsoleController::showSessionState);
    connect(s, &Session::stateChanged, this, &ConsoleController::onSessionState);
    connect(s, &Session::userChanged, this, &ConsoleController::showSessionState);
    connect(s, &Session::signInUrlReady, this,
            [this](const QUrl &url) { m_window->sessionPanel()->showWaitingForBrowser(url); });
    connect(s, &Session::errorOccurred, this, [this](const Error &error) {
        qCInfo(lcApp) << "session error:" << error.logText();
        if (!m_session->isSignedIn())
            m_window->sessionPanel()->showSignedOut(error.message);
    });
    connect(s, &Session::keychainAvailabilityChanged, this, &ConsoleController::showSessionState);
}

void ConsoleController::showSessionState()
{
    SessionPanel *panel = m_window->sessionPanel();
    const Session &s = *m_session;
    switch (s.state()) {
    case Session::State::SignedOut:
        if (panel->mode() != SessionPanel::Mode::SignedOut)
            panel->showSignedOut(
                s.lastError().code == signin::kNotSignedIn ? QString() : s.lastError().message);
        m_window->setIdentityText(tr("Not signed in"));
        break;
    case Session::State::Restoring:
        panel->showWorking(tr("Restoring your session…"));
        break;
    case Session::State::WaitingForBrowser:
        if (s.authorizationUrl().isValid())
            panel->showWaitingForBrowser(s.authorizationUrl());
        else
            panel->showWorking(tr("Contacting the identity provider…"));
        break;
    case Session::State::CompletingSignIn:
        panel->showWorking(tr("Completing sign-in…"));
        break;
    case Session::State::SignedIn: {
        const SignedInUser &u = s.user();
        // "alice@example.com <alice@example.com>" says nothing twice.
        panel->showSignedIn(u.displayName(), u.displayName() == u.email ? QString() : u.email,
                            u.groups, u.sessionEndsAt);
        m_window->setIdentityText(tr("Signed in as %1").arg(u.displayName()));
        break;
    }
    }
    panel->setKeychainNotice(
        s.keychainAvailable()
            ? QString()
            : tr("No keychain is available (%1). You stay signed in until Gatehouse quits; "
                 "nothing is saved to disk.")
                  .arg(s.keychainProblem().isEmpty() ? tr("no secret service")
                                                     : s.keychainProblem()));
}

void ConsoleController::show()
{
    m_window->show();
    m_probe->checkAll();
}

void ConsoleController::restoreSession()
{
    m_session->restore();
}

void ConsoleController::switchProfile(const QString &name)
{
    const auto profile = m_store->find(name);
    if (!profile)
        return;
    m_session->cancelSignIn();
    if (Error e = m_store->setCurrent(name); !e.isNull())
        qCWarning(lcApp) << "cannot remember the current profile:" << e.logText();
    useProfile(*profile);
    restoreSession();
}

void ConsoleController::editProfile(bool add)
{
    const QStringList names = m_store->names();
    Profile initial = add ? Profile{} : m_session->profile();
    if (add) {
        initial.name.clear();
        initial.controlPlaneUrl = m_session->profile().controlPlaneUrl;
        initial.issuer = m_session->profile().issuer;
    }
    ProfileDialog dialog(initial, add ? ProfileDialog::Purpose::Add : ProfileDialog::Purpose::Edit,
                         names, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Profile edited = dialog.profile();
    if (Error e = m_store->save(edited, add ? QString() : m_session->profile().name); !e.isNull()) {
        QMessageBox::warning(m_window.get(), tr("Profile not saved"), e.message);
        return;
    }
    if (Error e = m_store->setCurrent(edited.name); !e.isNull())
        qCWarning(lcApp) << "cannot remember the current profile:" << e.logText();
    // The session is rebuilt for the edited profile; the keychain entry of an
    // unchanged profile signs it straight back in.
    m_session->cancelSignIn();
    useProfile(edited);
    restoreSession();
}

void ConsoleController::refreshProfileMenu()
{
    QStringList names = m_store->names();
    if (!names.contains(m_session->profile().name))
        names.prepend(m_session->profile().name);
    m_window->setProfileNames(names, m_session->profile().name);
}

} // namespace gatehouse

namespace gatehouse {

bool ConsoleController::isReadOnly() const
{
    return !m_session->isSignedIn() ||
           m_client->connection() != ControlPlaneClient::Connection::Online;
}

void ConsoleController::onSessionState()
{
    if (m_session->isSignedIn()) {
        m_apiSubject.clear();
        m_watcher.setMe(m_session->user().subject, m_session->user().groups);
        m_grantsView->setMe(m_session->user().subject);
        m_client->start();
        // Lines someone else synced with this profile are not this user's to read.
        if (Error e = m_logCache.claim(m_session->profile().name, m_session->user().subject);
            !e.isNull())
            qCWarning(lcApp) << "access-log cache:" << e.logText();
        applyLogQuery();
        m_logSync->syncNow();
        if (Error e = m_auditCache.claim(m_session->profile().name, m_session->user().subject);
            !e.isNull())
            qCWarning(lcApp) << "audit cache:" << e.logText();
        applyAuditQuery();
        m_auditSync->syncNow(true); // verified against what the control plane holds now
    } else {
        m_client->stop();
    }
    m_grantsView->setReadOnly(isReadOnly(),
                              m_session->isSignedIn() ? QString() : tr("Sign in to make changes"));
    m_graphPage->setReadOnly(isReadOnly());
    m_reviews->setSignedIn(m_session->isSignedIn());
    m_graphPage->view()->setEmptyText(m_session->isSignedIn()
                                          ? tr("Loading the graph…")
                                          : tr("Sign in to see who can reach which service."));
    updateDataStatus();
}

void ConsoleController::loadCache()
{
    // What this profile saw last, or nothing: never the previous profile's data.
    const QString profile = m_session->profile().name;
    const auto graph = m_cache.load(profile, u"graph"_qs);
    m_fromCache = graph.has_value();
    m_dataFetchedAt = graph ? graph->fetchedAt : QDateTime();
    m_graph = graph ? graph->body : QJsonObject();
    Q_EMIT graphUpdated(m_graph);
    const auto grants = m_cache.load(profile, u"grants"_qs);
    m_grantsModel.setGrants(grants ? grantsFrom(grants->body) : QList<Grant>());
    updateDataStatus();
}

void ConsoleController::applyGraph(const QJsonObject &graph)
{
    m_graph = graph;
    m_fromCache = false;
    m_dataFetchedAt = QDateTime::currentDateTimeUtc();
    m_cache.save(m_session->profile().name, u"graph"_qs, graph, m_dataFetchedAt);
    QStringList owned;
    const QJsonArray services = graph.value(u"services").toArray();
    for (const auto &s : services)
        if (s.toObject().value(u"owned_by_me").toBool())
            owned.append(s.toObject().value(u"name").toString());
    m_watcher.setOwnedServices(owned);
    Q_EMIT graphUpdated(graph);
    updateDataStatus();
}

void ConsoleController::applyGrants(const QJsonObject &list)
{
    m_cache.save(m_session->profile().name, u"grants"_qs, list);
    const QList<Grant> grants = grantsFrom(list);
    m_grantsModel.setGrants(grants);
    m_watcher.check(grants, QDateTime::currentDateTimeUtc());
    Q_EMIT grantsUpdated();
}

QString ConsoleController::applyReturnedGrant(const QJsonObject &json)
{
    const auto grant = Grant::fromJson(json);
    if (!grant) {
        qCWarning(lcApp) << "the control plane answered with an unreadable grant:"
                         << grant.error().logText();
        m_client->refreshNow();
        return {};
    }
    // The list, the graph and the warnings show it now; the next poll brings
    // the rest (a new version, mesh state) without waiting on this.
    m_grantsModel.setGrant(grant.value());
    m_watcher.check(m_grantsModel.grants(), QDateTime::currentDateTimeUtc());
    if (!m_graph.isEmpty()) {
        m_graph = graphgrants::withGrant(m_graph, grant.value());
        Q_EMIT graphUpdated(m_graph);
    }
    Q_EMIT grantsUpdated();
    return grant->id;
}

void ConsoleController::updateDataStatus()
{
    const auto connection = m_client->connection();
    const QString age = m_dataFetchedAt.isValid()
                            ? formatDuration(std::chrono::seconds(std::max<qint64>(
                                  0, m_dataFetchedAt.secsTo(QDateTime::currentDateTimeUtc()))))
                            : QString();
    if (connection == ControlPlaneClient::Connection::Online && !m_fromCache) {
        m_window->setDataStatus(tr("Live · %1").arg(m_session->profile().controlPlaneUrl.host()),
                                false);
    } else if (connection == ControlPlaneClient::Connection::Offline) {
        m_window->setDataStatus(
            m_dataFetchedAt.isValid()
                ? tr("Offline — control plane unreachable; showing data from %1 ago, read-only")
                      .arg(age)
                : tr("Offline — control plane unreachable"),
            true);
    } else if (connection == ControlPlaneClient::Connection::Unauthorized) {
        m_window->setDataStatus(tr("The control plane did not accept your session"), true);
    } else if (m_fromCache) {
        m_window->setDataStatus(tr("From cache, %1 old — refreshing…").arg(age), false);
    } else {
        m_window->setDataStatus(QString(), false);
    }
}

GrantDialog *ConsoleController::openGrantDialog(const QString &service)
{
    if (!m_session->isSignedIn() || m_graph.isEmpty()) {
        m_window->showPage(MainWindow::GrantsPage);
        m_grantsView->showActionError(
            tr("Sign in and wait for the catalog to load before granting access."));
        return nullptr;
    }
    GrantDialog::Context context;
    QStringList subjects;
    const QJsonArray services = m_graph.value(u"services").toArray();
    for (const auto &v : services) {
        const Service s = Service::fromJson(v.toObject());
        context.services.append(s);
        if (v.toObject().value(u"owned_by_me").toBool())
            context.ownedServices.append(s.name);
    }
    // Read with the contract's codecs: nothing of an unknown kind is offered.
    const QJsonArray permissions = m_graph.value(u"permissions").toArray();
    for (const auto &v : permissions)
        if (const auto rule = AccessRule::fromJson(v.toObject()))
            subjects.append(toString(rule->subjectKind) + u':' + rule->subject);
    for (const Grant &g : graphgrants::read(m_graph))
        subjects.append(toString(g.subjectKind) + u':' + g.subject);
    for (const Grant &g : m_grantsModel.grants())
        subjects.append(toString(g.subjectKind) + u':' + g.subject);
    context.knownSubjects = subjects;
    const SignedInUser &u = m_session->user();
    context.me.subject = m_apiSubject.isEmpty() ? u.subject : m_apiSubject;
    context.me.displayName = u.displayName();
    context.me.groups = u.groups;
    context.preselectedService = service;

    auto *dialog = new GrantDialog(context, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GrantDialog> guard(dialog);
    connect(dialog, &GrantDialog::submitRequested, this,
            [this, guard](const GrantRequest &request, const QByteArray &key) {
                m_client->createGrant(request, key, [this, guard](ApiJob *job) {
                    if (!guard)
                        return;
                    if (job->error().isNull()) {
                        const QString id = applyReturnedGrant(job->object());
                        guard->accept();
                        m_window->showPage(MainWindow::GrantsPage);
                        m_grantsView->selectGrant(id);
                        return;
                    }
                    // The field a grant error is about (GrantErrors.h) shows it.
                    QHash<QString, QString> fields = job->fieldErrors();
                    const auto code = grantErrorCode(job->apiCode());
                    if (const QString field = code ? requestField(*code) : QString();
                        !field.isEmpty())
                        fields.insert(field, job->error().message);
                    const QString message =
                        job->apiCode() == u"offline"
                            ? tr("The control plane could not be reached; nothing was granted. "
                                 "Try again when it is back.")
                        : code == GrantErrorCode::Forbidden
                            ? tr("Not allowed: %1").arg(job->error().message)
                            : job->error().message;
                    guard->showServerError(message, fields);
                });
            });
    dialog->show();
    return dialog;
}

void ConsoleController::runGrantAction(const QString &id, const QString &action,
                                       const QDateTime &newExpiry)
{
    const Grant *g = m_grantsModel.grantById(id);
    const QString what = g ? tr("%1 on %2").arg(g->subject, g->service) : id;
    QJsonObject body;
    if (action == u"extend")
        body.insert(u"expires_at"_qs, formatTime(newExpiry.toUTC()));
    m_client->grantAction(id, action, body, [this, action, what](ApiJob *job) {
        if (job->error().isNull()) {
            applyReturnedGrant(job->object());
            return m_grantsView->clearActionError();
        }
        const QString reason = job->apiCode() == u"offline"
                                   ? tr("the control plane could not be reached")
                                   : job->error().message;
        const QString verb = action == u"approve"  ? tr("approve")
                             : action == u"deny"   ? tr("deny")
                             : action == u"revoke" ? tr("revoke")
                                                   : tr("extend");
        m_grantsView->showActionError(
            tr("Could not %1 the grant for %2: %3").arg(verb, what, reason));
    });
}

} // namespace gatehouse

namespace gatehouse {

void ConsoleController::applyLogQuery()
{
    const QString profile = m_session->profile().name;
    m_logQuery = {};
    m_logQuery.filter = m_logView->filter();
    m_logQuery.since = m_logView->since(QDateTime::currentDateTimeUtc());
    m_logQuery.until = m_logView->until();
    m_logHasNews = false;
    m_logModel.setSource(
        [this, profile, query = m_logQuery](const AccessLogEntry *after, int limit) {
            if (after) // scrolling on: as fast deep in the log as at its top
                return accessLogWindowAfter(
                    m_logCache, profile, query,
                    AccessLogCache::Key{after->loggedAt.toMSecsSinceEpoch(), after->id}, limit);
            AccessLogCache::Query q = query;
            q.limit = limit;
            return m_logCache.page(profile, q);
        });
    updateLogSummary();
    updateLogStatus();
}

void ConsoleController::followNewLogLines()
{
    const QString profile = m_session->profile().name;
    m_logModel.insertNewer(
        [this, profile, query = m_logQuery](const AccessLogEntry &newest, int limit) {
            AccessLogCache::Query q = query;
            q.limit = limit;
            q.newerThan = AccessLogCache::Key{newest.loggedAt.toMSecsSinceEpoch(), newest.id};
            return m_logCache.page(profile, q);
        });
    updateLogSummary();
}

void ConsoleController::updateLogSummary()
{
    const QString profile = m_session->profile().name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<qint64, std::array<qint64, 3>>> bars;
    if (const auto buckets = m_logCache.histogram(profile, m_logQuery, m_logView->bucketMs(now))) {
        for (const auto &b : buckets.value())
            bars.append({b.startMs, {b.allowed, b.denied, b.serverErrors}});
    } else {
        qCWarning(lcApp) << "access-log histogram:" << buckets.error().logText();
    }
    m_logView->setHistogram(bars, now);
    using Facet = AccessLogCache::Facet;
    for (const auto &[facet, kind] : {std::pair{Facet::Caller, AccessLogFacets::Callers},
                                      {Facet::Service, AccessLogFacets::Services},
                                      {Facet::Status, AccessLogFacets::Statuses},
                                      {Facet::DenyReason, AccessLogFacets::DenyReasons}}) {
        AccessLogFacets::Counts counts;
        if (const auto top = m_logCache.facet(profile, m_logQuery, facet))
            for (const auto &c : top.value())
                counts.append({c.value, c.count});
        m_logView->facets()->setCounts(kind, counts);
    }
}

void ConsoleController::updateLogStatus()
{
    const auto matching = m_logCache.count(m_session->profile().name, m_logQuery);
    if (!matching) {
        m_logView->setStatusText(matching.error().message, true);
        return;
    }
    const QString count = tr("%n request(s) in the cache match", nullptr, int(matching.value()));
    const QString synced =
        m_logSyncedAt.isValid()
            ? tr("synced %1 ago")
                  .arg(formatDuration(std::chrono::seconds(
                      std::max<qint64>(0, m_logSyncedAt.secsTo(QDateTime::currentDateTimeUtc())))))
            : tr("not synced yet");
    const QString news =
        m_logHasNews ? tr(" · new requests arrived: Refresh to see them") : QString();
    QString kept; // "· cache: 123,456 lines, 7 days kept"
    if (m_logCachedLines >= 0) {
        const Profile &p = m_session->profile();
        kept = u" · "_qs + tr("cache: %1 lines").arg(QLocale().toString(m_logCachedLines)) +
               u", "_qs +
               (p.accessLogDays == 1  ? tr("1 day kept")
                : p.accessLogDays > 1 ? tr("%1 days kept").arg(p.accessLogDays)
                                      : tr("kept without an age limit"));
    }
    if (m_client->connection() == ControlPlaneClient::Connection::Offline)
        m_logView->setStatusText(
            tr("Offline — showing cached requests only (%1, %2)").arg(count, synced) + kept, true);
    else if (!m_session->isSignedIn())
        m_logView->setStatusText(
            tr("Not signed in — showing cached requests only (%1)").arg(count) + kept, true);
    else
        m_logView->setStatusText(count + u" · "_qs + synced + news + kept, false);
}

} // namespace gatehouse
