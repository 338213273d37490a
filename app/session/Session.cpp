#include "Session.h"

#include "IdTokenVerifier.h"
#include "KeychainJob.h"
#include "ProviderDiscovery.h"
#include "SessionLogging.h"
#include "SignInErrors.h"
#include "net/FormPostJob.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace gatehouse {

namespace {

QString trSession(const char *text)
{
    return QCoreApplication::translate("Session", text);
}

// Refresh when three quarters of the access token's life have passed, and
// never later than 30 s before it expires.
std::chrono::milliseconds refreshDelay(qint64 lifetimeSeconds)
{
    const qint64 ms = lifetimeSeconds * 1000;
    return std::chrono::milliseconds(std::max<qint64>(1000, std::min(ms * 3 / 4, ms - 30'000)));
}

Error notSignedIn()
{
    return Error{
        signin::kNotSignedIn, trSession(QT_TRANSLATE_NOOP("Session", "Not signed in.")), {}};
}

} // namespace

Session::Session(const Profile &profile, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_nam(nam)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshNow(); });
}

Session::~Session() = default;

void Session::setBrowserLauncher(SignInFlow::BrowserLauncher launcher)
{
    m_launcher = std::move(launcher);
}

QString Session::keychainKey() const
{
    // One entry per profile and sign-in target; never the token in the name.
    return u"refresh-token/%1/%2/%3"_qs.arg(m_profile.name, m_profile.issuer.toString(),
                                            m_profile.clientId);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::setKeychainUnavailable(const QString &detail)
{
    m_keychainProblem = detail;
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    qCWarning(lcKeychain) << "no keychain; this session stays in memory:" << detail;
    Q_EMIT keychainAvailabilityChanged(false);
}

void Session::report(const Error &error, const Done &done)
{
    m_lastError = error;
    if (!error.isNull() && error.code != signin::kNotSignedIn)
        Q_EMIT errorOccurred(error);
    if (done)
        done(error);
}

void Session::withMetadata(std::function<void(Error)> next)
{
    if (m_haveMetadata)
        return next({});
    discoverProvider(m_nam, m_profile.issuer, this,
                     [this, next = std::move(next)](Result<OidcMetadata> metadata) {
                         if (!metadata)
                             return next(metadata.error());
                         m_metadata = metadata.value();
                         m_haveMetadata = true;
                         delete m_verifier;
                         m_verifier = new IdTokenVerifier(m_nam, m_metadata.jwksUri, this);
                         next({});
                     });
}

void Session::restore(Done done)
{
    setState(State::Restoring);
    auto *job = KeychainJob::read(keychainKey(), this);
    connect(job, &KeychainJob::finished, this, [this, job, done] {
        job->deleteLater();
        if (job->outcome() == KeychainJob::Outcome::Unavailable)
            setKeychainUnavailable(job->detail());
        if (job->outcome() != KeychainJob::Outcome::Ok || job->secret().isEmpty()) {
            setState(State::SignedOut);
            return report(notSignedIn(), done);
        }
        m_storedRefreshToken = job->secret();
        const QByteArray refreshToken = job->secret();
        withMetadata([this, refreshToken, done](Error e) {
            if (!e.isNull()) {
                // Keep the keychain entry: the provider may only be down for now.
                setState(State::SignedOut);
                return report(e, done);
            }
            redeemRefreshToken(refreshToken, done);
        });
    });
    job->start();
}

void Session::signIn(Done done)
{
    if (m_flow)
        m_flow->cancel();
    m_lastError = {};
    m_tokens = {};
    auto *flow = new SignInFlow(
        m_profile, m_nam,
        [this](const QUrl &url) {
            ++m_browserLaunches;
            return m_launcher ? m_launcher(url) : Error{};
        },
        this);
    flow->setTimeout(m_signInTimeout);
    m_flow = flow;
    connect(flow, &SignInFlow::waitingForBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        setState(State::WaitingForBrowser);
        Q_EMIT signInUrlReady(url);
    });
    connect(flow, &SignInFlow::finished, this, [this, flow, userDone = done] {
        m_authorizationUrl.clear();
        if (!flow->error().isNull()) {
            flow->deleteLater();
            setState(State::SignedOut);
            return report(flow->error(), userDone);
        }
        // The browser waits for its page until the session is kept: it never
        // reads "signed in" for a session that then fails or is not stored.
        const QPointer<SignInFlow> waiting(flow);
        const Done done = [this, waiting, userDone](const Error &error) {
            if (waiting) {
                waiting->answerBrowser(error.isNull(),
                                       error.isNull() ? browserPageText() : error.message);
                waiting->deleteLater();
            }
            if (userDone)
                userDone(error);
        };
        setState(State::CompletingSignIn);
        const auto &outcome = flow->outcome();
        m_metadata = outcome.metadata;
        m_haveMetadata = true;
        delete m_verifier;
        m_verifier = new IdTokenVerifier(m_nam, m_metadata.jwksUri, this);
        m_user = outcome.user;
        if (outcome.tokens.refreshToken.isEmpty()) {
            setState(State::SignedOut);
            return report(Error{signin::kProviderError,
                                trSession(QT_TRANSLATE_NOOP(
                                    "Session", "The identity provider issued no refresh token; "
                                               "allow offline_access for this client.")),
                                {}},
                          done);
        }
        // With a resource indicator, the code's access token serves userinfo and
        // the API's token is asked for by name; otherwise the code's token is the API's.
        if (m_profile.apiTokenMode == ApiTokenMode::ResourceIndicator)
            return redeemRefreshToken(outcome.tokens.refreshToken, done);
        useCodeExchangeTokens(outcome.tokens, done);
    });
    setState(State::WaitingForBrowser);
    flow->start();
}

QString Session::browserPageText() const
{
    if (m_keychainAvailable)
        return trSession(QT_TRANSLATE_NOOP("Session", "You are signed in as %1. You can close "
                                                      "this tab and return to Gatehouse."))
            .arg(m_user.displayName());
    return trSession(QT_TRANSLATE_NOOP("Session",
                                       "You are signed in as %1, but the session could not be "
                                       "saved in the keychain: it lasts until Gatehouse quits, "
                                       "and you will sign in again next time. You can close "
                                       "this tab and return to Gatehouse."))
        .arg(m_user.displayName());
}

void Session::cancelSignIn()
{
    if (m_flow)
        m_flow->cancel();
}

void Session::refreshNow(Done done)
{
    if (m_tokens.refreshToken.isEmpty() || m_refreshing) {
        if (done)
            done(m_tokens.refreshToken.isEmpty() ? notSignedIn() : Error{});
        return;
    }
    withMetadata([this, done](Error e) {
        if (!e.isNull())
            return report(e, done); // stay signed in; the next attempt may work
        redeemRefreshToken(m_tokens.refreshToken, done);
    });
}

void Session::redeemRefreshToken(const QByteArray &refreshToken, Done done)
{
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_qs, u"refresh_token"_qs);
    form.addQueryItem(u"refresh_token"_qs, QString::fromLatin1(refreshToken));
    form.addQueryItem(u"client_id"_qs, m_profile.clientId);
    if (const QString resource = m_profile.resourceParameter(); !resource.isEmpty())
        form.addQueryItem(u"resource"_qs, resource);
    auto *job = new FormPostJob(m_nam, m_metadata.tokenEndpoint, form, this);
    connect(job, &NetworkJob::finished, this, [this, job, refreshToken, done] {
        job->deleteLater();
        m_refreshing = false;
        if (!job->error().isNull()) {
            const Error error = signin::fromNetwork(job->error());
            if (error.code == signin::kSessionEnded)
                return endLocally(error, done);
            // Unreachable: keep the tokens and try again shortly.
            if (m_state == State::SignedIn)
                m_refreshTimer.start(std::chrono::seconds(10));
            else
                setState(State::SignedOut);
            return report(error, done);
        }
        acceptTokens(job->object(), refreshToken, done);
    });
    job->start();
}

void Session::useCodeExchangeTokens(const TokenSet &tokens, Done done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 lifetime = tokens.accessExpiresAt > now ? now.secsTo(tokens.accessExpiresAt) : 300;
    m_tokens = tokens;
    m_tokens.accessExpiresAt = now.addSecs(lifetime);
    scheduleRefresh(lifetime);
    storeRefreshToken([this, done] {
        learnSessionEnd([this, done] {
            setState(State::SignedIn);
            Q_EMIT userChanged();
            Q_EMIT tokensRefreshed();
            report({}, done);
        });
    });
}

void Session::acceptTokens(const QJsonObject &o, const QByteArray &usedRefreshToken, Done done)
{
    TokenSet next;
    next.accessToken = o.value(u"access_token").toString().toLatin1();
    next.idToken = o.value(u"id_token").toString().toLatin1();
    // RFC 6749 §6: a new refresh token replaces the old one; none means keep it.
    next.refreshToken = o.value(u"refresh_token").toString().toLatin1();
    if (next.refreshToken.isEmpty())
        next.refreshToken = usedRefreshToken;
    const qint64 lifetime = o.value(u"expires_in").toInteger(300);
    next.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime);
    if (next.accessToken.isEmpty()) {
        setState(State::SignedOut);
        return report(Error{signin::kProviderError,
                            trSession(QT_TRANSLATE_NOOP("Session",
                                                        "The identity provider's token response is "
                                                        "incomplete.")),
                            u"refresh without access_token"_qs},
                      done);
    }

    const auto finish = [this, next, lifetime, done](const SignedInUser &user) {
        const bool rotated = next.refreshToken != m_tokens.refreshToken;
        m_tokens = next;
        m_user.subject = user.subject;
        if (!user.name.isEmpty() || !user.email.isEmpty() || !user.groups.isEmpty()) {
            const QDateTime ends = m_user.sessionEndsAt;
            m_user = user;
            m_user.sessionEndsAt = ends;
        }
        scheduleRefresh(lifetime);
        storeRefreshToken([this, rotated, done] {
            const auto signedIn = [this, done] {
                setState(State::SignedIn);
                Q_EMIT userChanged();
                Q_EMIT tokensRefreshed();
                report({}, done);
            };
            if (rotated)
                return learnSessionEnd(signedIn);
            signedIn();
        });
    };
    if (next.idToken.isEmpty())
        return finish(m_user);

    // A refreshed ID token carries no nonce; everything else is checked, and it
    // must name the same user (OIDC Core §12.2).
    m_verifier->verify(
        next.idToken, idTokenRules(m_metadata.issuer, m_profile),
        [this, finish, done](Result<ValidatedToken> token) {
            if (!token) {
                setState(m_state == State::SignedIn ? State::SignedIn : State::SignedOut);
                return report(signin::fromTokenCheck(token.error()), done);
            }
            if (!m_user.subject.isEmpty() && token->subject != m_user.subject)
                return endLocally(
                    Error{signin::kTokenRejected,
                          trSession(QT_TRANSLATE_NOOP(
                              "Session", "The identity provider returned a token for a "
                                         "different user.")),
                          u"sub changed on refresh"_qs},
                    done);
            finish(userFromClaims(token->claims));
        });
}

void Session::storeRefreshToken(std::function<void()> next)
{
    if (!m_keychainAvailable || m_tokens.refreshToken == m_storedRefreshToken)
        return next();
    auto *job = KeychainJob::write(keychainKey(), m_tokens.refreshToken, this);
    const QByteArray written = m_tokens.refreshToken;
    connect(job, &KeychainJob::finished, this, [this, job, written, next] {
        job->deleteLater();
        if (job->outcome() == KeychainJob::Outcome::Ok)
            m_storedRefreshToken = written;
        else
            setKeychainUnavailable(job->detail());
        next();
    });
    job->start();
}

void Session::learnSessionEnd(std::function<void()> next)
{
    if (m_metadata.introspectionEndpoint.isEmpty())
        return next();
    QUrlQuery form;
    form.addQueryItem(u"token"_qs, QString::fromLatin1(m_tokens.refreshToken));
    form.addQueryItem(u"token_type_hint"_qs, u"refresh_token"_qs);
    form.addQueryItem(u"client_id"_qs, m_profile.clientId);
    auto *job = new FormPostJob(m_nam, m_metadata.introspectionEndpoint, form, this);
    job->setTimeout(std::chrono::seconds(5));
    connect(job, &NetworkJob::finished, this, [this, job, next] {
        job->deleteLater();
        const QJsonObject o = job->object();
        const qint64 exp = o.value(u"exp").toInteger(0);
        // Unknown is acceptable: the session end is information, not a check.
        if (job->error().isNull() && o.value(u"active").toBool() && exp > 0)
            m_user.sessionEndsAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
        next();
    });
    job->start();
}

void Session::scheduleRefresh(qint64 lifetimeSeconds)
{
    m_refreshTimer.start(refreshDelay(lifetimeSeconds));
}

void Session::endLocally(const Error &reason, Done done)
{
    m_refreshTimer.stop();
    m_tokens = {};
    m_user = {};
    setState(State::SignedOut);
    Q_EMIT userChanged();
    auto *job = KeychainJob::remove(keychainKey(), this);
    connect(job, &KeychainJob::finished, this, [this, job, reason, done] {
        job->deleteLater();
        if (job->outcome() == KeychainJob::Outcome::Ok)
            m_storedRefreshToken.clear();
        report(reason, done);
    });
    job->start();
}

void Session::signOut(Done done)
{
    cancelSignIn();
    if (m_tokens.refreshToken.isEmpty()) {
        // Not signed in in this process (the command line): sign out what the keychain holds.
        auto *job = KeychainJob::read(keychainKey(), this);
        connect(job, &KeychainJob::finished, this, [this, job, done] {
            job->deleteLater();
            if (job->outcome() == KeychainJob::Outcome::Unavailable) {
                setKeychainUnavailable(job->detail());
                return report(Error{signin::kKeychainUnavailable,
                                    trSession(QT_TRANSLATE_NOOP(
                                        "Session", "The keychain is not available, so there is "
                                                   "no saved session to sign out of.")),
                                    job->detail()},
                              done);
            }
            if (job->outcome() == KeychainJob::Outcome::NotFound || job->secret().isEmpty())
                return report(notSignedIn(), done);
            m_tokens.refreshToken = job->secret();
            m_storedRefreshToken = job->secret();
            withMetadata([this, done](Error e) {
                if (!e.isNull())
                    qCWarning(lcSession) << "cannot reach the provider to revoke:" << e.logText();
                revokeAndForget(done);
            });
        });
        job->start();
        return;
    }
    revokeAndForget(done);
}

void Session::revokeAndForget(Done done)
{
    const QByteArray refreshToken = m_tokens.refreshToken;
    const auto forget = [this, done](const Error &revokeError) {
        endLocally(Error{}, [this, revokeError, done](const Error &) {
            if (!revokeError.isNull())
                qCWarning(lcSession) << "refresh token not revoked:" << revokeError.logText();
            if (done)
                done(revokeError);
        });
    };
    if (!refreshToken.isEmpty() && !m_haveMetadata)
        return forget(Error{signin::kUnreachable,
                            trSession(QT_TRANSLATE_NOOP(
                                "Session", "Signed out on this computer, but the identity "
                                           "provider could not be reached to revoke the session.")),
                            {}});
    if (refreshToken.isEmpty() || m_metadata.revocationEndpoint.isEmpty())
        return forget({});
    QUrlQuery form;
    form.addQueryItem(u"token"_qs, QString::fromLatin1(refreshToken));
    form.addQueryItem(u"token_type_hint"_qs, u"refresh_token"_qs);
    form.addQueryItem(u"client_id"_qs, m_profile.clientId);
    auto *job = new FormPostJob(m_nam, m_metadata.revocationEndpoint, form, this);
    job->setTimeout(std::chrono::seconds(10));
    connect(job, &NetworkJob::finished, this, [job, forget] {
        job->deleteLater();
        forget(job->error().isNull() ? Error{} : signin::fromNetwork(job->error()));
    });
    job->start();
}

} // namespace gatehouse
