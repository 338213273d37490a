#pragma once

#include "Profile.h"
#include "SessionTypes.h"
#include "SignInFlow.h"
#include "identity/OidcMetadata.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

class IdTokenVerifier;

// The signed-in state of one profile. Access and ID tokens live in memory only;
// the refresh token is also kept in the OS keychain so the next start needs no
// browser. Refreshes before the access token expires and stores the rotated
// refresh token; `invalid_grant` (revoked, expired, or a reused token) signs
// out with a plain message. Sign-out revokes the refresh token (RFC 7009) and
// clears the keychain entry. Without a keychain the session lasts for this run
// and nothing is written anywhere.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Restoring, WaitingForBrowser, CompletingSignIn, SignedIn };
    Q_ENUM(State)
    using Done = std::function<void(const Error &)>;

    Session(const Profile &profile, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Session() override;

    void setBrowserLauncher(SignInFlow::BrowserLauncher launcher);
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }

    // Signs in with the refresh token from the keychain, if there is one.
    // Ends signed in, or signed out; `done` gets kNotSignedIn when there was
    // nothing to restore.
    void restore(Done done = {});
    void signIn(Done done = {});
    void cancelSignIn();
    void refreshNow(Done done = {});
    void signOut(Done done = {});

    const Profile &profile() const { return m_profile; }
    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    const SignedInUser &user() const { return m_user; }
    QByteArray accessToken() const { return m_tokens.accessToken; }
    QDateTime accessExpiresAt() const { return m_tokens.accessExpiresAt; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }
    const Error &lastError() const { return m_lastError; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    int browserLaunches() const { return m_browserLaunches; }

    QString keychainKey() const;

Q_SIGNALS:
    void stateChanged(gatehouse::Session::State state);
    void userChanged();
    void keychainAvailabilityChanged(bool available);
    // An error a person should read (sign-in failed, session ended, ...).
    void errorOccurred(const gatehouse::Error &error);
    void tokensRefreshed();
    // The sign-in page was handed to the browser; the session waits for it.
    void signInUrlReady(const QUrl &authorizationUrl);

private:
    void setState(State state);
    void setKeychainUnavailable(const QString &detail);
    void withMetadata(std::function<void(Error)> next);
    void redeemRefreshToken(const QByteArray &refreshToken, Done done);
    void useCodeExchangeTokens(const TokenSet &tokens, Done done);
    void acceptTokens(const QJsonObject &response, const QByteArray &usedRefreshToken, Done done);
    void storeRefreshToken(std::function<void()> next);
    void learnSessionEnd(std::function<void()> next);
    void revokeAndForget(Done done);
    void scheduleRefresh(qint64 lifetimeSeconds);
    void endLocally(const Error &reason, Done done);
    QString browserPageText() const;
    void report(const Error &error, const Done &done);

    Profile m_profile;
    QNetworkAccessManager *m_nam;
    SignInFlow::BrowserLauncher m_launcher;
    std::chrono::milliseconds m_signInTimeout{std::chrono::minutes(5)};
    OidcMetadata m_metadata;
    bool m_haveMetadata = false;
    IdTokenVerifier *m_verifier = nullptr;
    QPointer<SignInFlow> m_flow;
    State m_state = State::SignedOut;
    SignedInUser m_user;
    TokenSet m_tokens;
    QByteArray m_storedRefreshToken; // what the keychain holds
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    Error m_lastError;
    QUrl m_authorizationUrl;
    QTimer m_refreshTimer;
    int m_browserLaunches = 0;
    bool m_refreshing = false;
};

} // namespace gatehouse
