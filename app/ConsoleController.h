#pragma once

#include "ConsoleOptions.h"
#include "EndpointStatusModel.h"
#include "ProfileStore.h"
#include "session/Session.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace gatehouse {

class EndpointProbe;
class MainWindow;

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

private:
    void useProfile(const Profile &profile);
    void connectSession();
    void showSessionState();
    void switchProfile(const QString &name);
    void editProfile(bool add);
    void refreshProfileMenu();

    ProfileStore *m_store;
    QNetworkAccessManager *m_nam;
    SignInFlow::BrowserLauncher m_launcher;
    EndpointStatusModel m_endpoints;
    std::unique_ptr<EndpointProbe> m_probe;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace gatehouse
