#pragma once

#include "Profile.h"
#include "SessionTypes.h"
#include "identity/OidcMetadata.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace gatehouse {

class IdTokenVerifier;
class LoopbackReceiver;
class NetworkJob;

// One interactive sign-in: authorization code flow with PKCE through the
// system browser and a loopback redirect (RFC 8252, 7636, 9207; OIDC Core).
//
//   discovery (issuer must match) -> loopback listener -> browser
//   -> callback (state, iss, error) -> code exchange -> ID token validated
//   (signature, iss, aud, azp, exp, iat, nonce) -> userinfo `sub` must match.
//
// finished() is emitted exactly once; then result() holds the tokens and the
// user, or a sign-in error (see SignInErrors.h). After a failure the browser
// has been told; after success it still waits for its page, which the owner
// sends with answerBrowser() once the session is kept (or could not be).
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        OidcMetadata metadata;
        TokenSet tokens;
        SignedInUser user;
    };
    // Opens the authorization URL somewhere a person can sign in; returns a
    // null Error when it did.
    using BrowserLauncher = std::function<Error(const QUrl &)>;

    SignInFlow(const Profile &profile, QNetworkAccessManager *nam, BrowserLauncher launcher,
               QObject *parent = nullptr);
    ~SignInFlow() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();
    void cancel();
    // Answers the browser that delivered the callback of a successful flow.
    void answerBrowser(bool success, const QString &message);

    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    const Outcome &outcome() const { return m_outcome; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    quint16 callbackPort() const;

Q_SIGNALS:
    // The browser was handed the URL; the flow now waits for the callback.
    void waitingForBrowser(const QUrl &authorizationUrl);
    void finished();

private:
    void onDiscovered(const OidcMetadata &metadata);
    void onCallback(const QUrlQuery &query);
    void exchangeCode(const QString &code);
    void verifyIdToken();
    void checkUserinfo(const QJsonObject &idClaims);
    void succeed();
    void fail(Error error);

    Profile m_profile;
    QNetworkAccessManager *m_nam;
    BrowserLauncher m_launcher;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    std::unique_ptr<LoopbackReceiver> m_receiver;
    IdTokenVerifier *m_verifier = nullptr;
    QPointer<NetworkJob> m_job;
    QByteArray m_state;
    QByteArray m_nonce;
    QByteArray m_verifierCode;
    QUrl m_authorizationUrl;
    Outcome m_outcome;
    Error m_error;
    bool m_finished = false;
};

// Reads the user from validated ID token claims (and userinfo, which may add
// what the ID token leaves out).
SignedInUser userFromClaims(const QJsonObject &claims, const QJsonObject &userinfo = {});

} // namespace gatehouse
