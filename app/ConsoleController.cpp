#include "ConsoleController.h"

#include "AppLogging.h"
#include "EndpointProbe.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "SessionPanel.h"
#include "session/BrowserLauncher.h"
#include "session/SignInErrors.h"

#include <QMessageBox>

namespace gatehouse {

ConsoleController::ConsoleController(const Profile &profile, ProfileStore *store,
                                     QNetworkAccessManager *nam, const QString &browserCommand,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_launcher(makeBrowserLauncher(browserCommand, BrowserMode::Desktop))
{
    m_window = std::make_unique<MainWindow>(profile, &m_endpoints);
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
    connect(m_window.get(), &MainWindow::profileSelected, this, &ConsoleController::switchProfile);
    connect(m_window.get(), &MainWindow::newProfileRequested, this, [this] { editProfile(true); });
    connect(m_window.get(), &MainWindow::editProfileRequested, this,
            [this] { editProfile(false); });
    useProfile(profile);
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
        panel->showSignedIn(u.displayName(), u.email, u.groups, u.sessionEndsAt);
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
    QStringList names;
    const auto profiles = m_store->profiles();
    for (const Profile &p : profiles)
        names.append(p.name);
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
    QStringList names;
    const auto profiles = m_store->profiles();
    for (const Profile &p : profiles)
        names.append(p.name);
    if (!names.contains(m_session->profile().name))
        names.prepend(m_session->profile().name);
    m_window->setProfileNames(names, m_session->profile().name);
}

} // namespace gatehouse
