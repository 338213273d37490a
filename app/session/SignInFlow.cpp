#include "SignInFlow.h"

#include "IdTokenVerifier.h"
#include "JsonSupport.h"
#include "LoopbackReceiver.h"
#include "ProviderDiscovery.h"
#include "SessionLogging.h"
#include "SignInErrors.h"
#include "identity/Pkce.h"
#include "net/FormPostJob.h"
#include "net/JsonFetchJob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace gatehouse {

namespace {

QString trFlow(const char *text)
{
    return QCoreApplication::translate("SignInFlow", text);
}

} // namespace

SignedInUser userFromClaims(const QJsonObject &claims, const QJsonObject &userinfo)
{
    const auto pick = [&](QStringView key) {
        const QString fromToken = claims.value(key).toString();
        return fromToken.isEmpty() ? userinfo.value(key).toString() : fromToken;
    };
    SignedInUser user;
    user.subject = claims.value(u"sub").toString();
    user.name = pick(u"name");
    user.username = pick(u"preferred_username");
    user.email = pick(u"email");
    user.groups = jsonStrings(claims.contains(u"groups") ? claims.value(u"groups")
                                                         : userinfo.value(u"groups"));
    return user;
}

SignInFlow::SignInFlow(const Profile &profile, QNetworkAccessManager *nam, BrowserLauncher launcher,
                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_nam(nam)
    , m_launcher(std::move(launcher))
{}

SignInFlow::~SignInFlow() = default;

quint16 SignInFlow::callbackPort() const
{
    return m_receiver ? m_receiver->port() : 0;
}

void SignInFlow::start()
{
    qCInfo(lcSession) << "sign-in started for issuer" << m_profile.issuer.toString();
    discoverProvider(m_nam, m_profile.issuer, this, [this](Result<OidcMetadata> metadata) {
        if (m_finished)
            return;
        if (!metadata)
            return fail(metadata.error());
        onDiscovered(metadata.value());
    });
}

void SignInFlow::cancel()
{
    if (m_finished)
        return;
    fail(Error{
        signin::kCancelled, trFlow(QT_TRANSLATE_NOOP("SignInFlow", "Sign-in cancelled.")), {}});
}

void SignInFlow::onDiscovered(const OidcMetadata &metadata)
{
    m_outcome.metadata = metadata;
    m_state = pkce::randomToken();
    m_nonce = pkce::randomToken();
    m_verifierCode = pkce::randomToken();
    m_verifier = new IdTokenVerifier(m_nam, metadata.jwksUri, this);

    m_receiver = std::make_unique<LoopbackReceiver>();
    m_receiver->setTimeout(m_timeout);
    connect(m_receiver.get(), &LoopbackReceiver::callbackReceived, this, &SignInFlow::onCallback);
    connect(m_receiver.get(), &LoopbackReceiver::stateMismatch, this, [this](bool missing) {
        fail(Error{signin::kStateMismatch,
                   trFlow(QT_TRANSLATE_NOOP("SignInFlow",
                                            "The browser returned a sign-in response that this "
                                            "sign-in did not start (state mismatch). Nothing was "
                                            "signed in; start again.")),
                   missing ? u"state missing"_qs : u"state differs"_qs});
    });
    connect(m_receiver.get(), &LoopbackReceiver::timedOut, this, [this] {
        fail(Error{signin::kTimedOut,
                   trFlow(QT_TRANSLATE_NOOP("SignInFlow",
                                            "The sign-in was not completed in the browser in "
                                            "time.")),
                   {}});
    });
    if (!m_receiver->listen(m_state))
        return fail(Error{
            signin::kBrowser,
            trFlow(QT_TRANSLATE_NOOP("SignInFlow", "Could not open a local port to receive the "
                                                   "sign-in.")),
            {}});

    QUrl url = metadata.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(u"response_type"_qs, u"code"_qs);
    query.addQueryItem(u"client_id"_qs, m_profile.clientId);
    query.addQueryItem(u"redirect_uri"_qs, m_receiver->redirectUri().toString());
    query.addQueryItem(u"scope"_qs, m_profile.authorizationScopes().join(u' '));
    query.addQueryItem(u"state"_qs, QString::fromLatin1(m_state));
    query.addQueryItem(u"nonce"_qs, QString::fromLatin1(m_nonce));
    query.addQueryItem(u"code_challenge"_qs,
                       QString::fromLatin1(pkce::challengeS256(m_verifierCode)));
    query.addQueryItem(u"code_challenge_method"_qs, u"S256"_qs);
    if (const QString resource = m_profile.resourceParameter(); !resource.isEmpty())
        query.addQueryItem(u"resource"_qs, resource);
    // OIDC Core §11: offline_access is honoured together with prompt=consent.
    if (m_profile.scopes.contains(u"offline_access"_qs))
        query.addQueryItem(u"prompt"_qs, u"consent"_qs);
    url.setQuery(query);
    m_authorizationUrl = url;

    if (Error e = m_launcher ? m_launcher(url) : Error{}; !e.isNull())
        return fail(e);
    Q_EMIT waitingForBrowser(url);
}

void SignInFlow::onCallback(const QUrlQuery &query)
{
    if (m_finished)
        return;
    const auto value = [&](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };
    // RFC 9207: the response names its issuer; a mix-up attack would name another.
    const bool hasIss = query.hasQueryItem(u"iss"_qs);
    if ((hasIss && value(u"iss"_qs) != m_outcome.metadata.issuer.toString()) ||
        (!hasIss && m_outcome.metadata.issParameterSupported))
        return fail(Error{
            signin::kIssuerMismatch,
            trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The sign-in response came from a different "
                                                   "identity provider than the one this profile "
                                                   "names (issuer mismatch).")),
            hasIss ? u"iss differs"_qs : u"iss missing"_qs});
    if (query.hasQueryItem(u"error"_qs)) {
        const QString error = value(u"error"_qs);
        if (error == u"access_denied")
            return fail(Error{
                signin::kDenied,
                trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The sign-in was declined at the identity "
                                                       "provider (access denied).")),
                value(u"error_description"_qs).replace(u'+', u' ')});
        // Form encoding: '+' is a space in query values.
        const QString description = value(u"error_description"_qs).replace(u'+', u' ');
        return fail(Error{
            signin::kProviderError,
            trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The identity provider refused the sign-in: "
                                                   "%1"))
                .arg(description.isEmpty() ? error : description.left(200)),
            error.left(64)});
    }
    const QString code = value(u"code"_qs);
    if (code.isEmpty())
        return fail(
            Error{signin::kProviderError,
                  trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The identity provider's response had no "
                                                         "authorization code.")),
                  {}});
    exchangeCode(code);
}

void SignInFlow::exchangeCode(const QString &code)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_qs, u"authorization_code"_qs);
    form.addQueryItem(u"code"_qs, code);
    form.addQueryItem(u"redirect_uri"_qs, m_receiver->redirectUri().toString());
    form.addQueryItem(u"client_id"_qs, m_profile.clientId);
    form.addQueryItem(u"code_verifier"_qs, QString::fromLatin1(m_verifierCode));
    auto *job = new FormPostJob(m_nam, m_outcome.metadata.tokenEndpoint, form, this);
    m_job = job;
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_finished)
            return;
        if (!job->error().isNull())
            return fail(signin::fromCodeExchange(job->error()));
        const QJsonObject o = job->object();
        TokenSet &t = m_outcome.tokens;
        t.accessToken = o.value(u"access_token").toString().toLatin1();
        t.idToken = o.value(u"id_token").toString().toLatin1();
        t.refreshToken = o.value(u"refresh_token").toString().toLatin1();
        t.accessExpiresAt =
            QDateTime::currentDateTimeUtc().addSecs(o.value(u"expires_in").toInteger(0));
        if (t.accessToken.isEmpty() || t.idToken.isEmpty() ||
            o.value(u"token_type").toString().compare(u"Bearer", Qt::CaseInsensitive) != 0)
            return fail(Error{
                signin::kProviderError,
                trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The identity provider's token response "
                                                       "is incomplete.")),
                u"missing access_token, id_token or Bearer type"_qs});
        verifyIdToken();
    });
    job->start();
}

void SignInFlow::verifyIdToken()
{
    TokenRules rules = idTokenRules(m_outcome.metadata.issuer, m_profile);
    rules.nonce = QString::fromLatin1(m_nonce);
    m_verifier->verify(m_outcome.tokens.idToken, rules, [this](Result<ValidatedToken> token) {
        if (m_finished)
            return;
        if (!token)
            return fail(signin::fromTokenCheck(token.error()));
        checkUserinfo(token->claims);
    });
}

void SignInFlow::checkUserinfo(const QJsonObject &idClaims)
{
    // Only a resource-indicator sign-in gets a code-exchange token meant for
    // userinfo; in the other modes that token is the API's (Entra's userinfo
    // refuses it), and the verified ID token describes the user.
    if (m_outcome.metadata.userinfoEndpoint.isEmpty() ||
        m_profile.apiTokenMode != ApiTokenMode::ResourceIndicator) {
        m_outcome.user = userFromClaims(idClaims);
        return succeed();
    }
    auto *job = new JsonFetchJob(m_nam, m_outcome.metadata.userinfoEndpoint, this);
    job->setBearerToken(m_outcome.tokens.accessToken);
    m_job = job;
    connect(job, &NetworkJob::finished, this, [this, job, idClaims] {
        job->deleteLater();
        if (m_finished)
            return;
        if (!job->error().isNull())
            return fail(signin::fromNetwork(job->error()));
        // OIDC Core §5.3.2: the userinfo sub must equal the ID token's.
        if (job->object().value(u"sub").toString() != idClaims.value(u"sub").toString())
            return fail(Error{
                signin::kTokenRejected,
                trFlow(QT_TRANSLATE_NOOP("SignInFlow", "The identity provider's user information "
                                                       "names a different user than the ID "
                                                       "token.")),
                u"userinfo sub differs"_qs});
        m_outcome.user = userFromClaims(idClaims, job->object());
        succeed();
    });
    job->start();
}

void SignInFlow::succeed()
{
    m_finished = true;
    qCInfo(lcSession) << "signed in, subject" << m_outcome.user.subject;
    Q_EMIT finished();
}

void SignInFlow::answerBrowser(bool success, const QString &message)
{
    if (!m_receiver)
        return;
    m_receiver->respond(success, message);
    m_receiver->close();
}

void SignInFlow::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    qCInfo(lcSession) << "sign-in failed:" << m_error.logText();
    if (m_job)
        m_job->abort();
    if (m_receiver) {
        m_receiver->respond(false, m_error.message);
        m_receiver->close();
    }
    Q_EMIT finished();
}

} // namespace gatehouse
