#include "AccessTokenVerifier.h"

#include "ServerLogging.h"
#include "identity/Jwt.h"
#include "identity/TokenValidator.h"
#include "net/JsonFetchJob.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QThread>

namespace gatehouse::server {

namespace {

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.begin(), a.end(), [&](const QString &x) { return b.contains(x); });
}

} // namespace

AccessTokenVerifier::AccessTokenVerifier(const ServerConfig &config, Audience audience,
                                         QObject *parent)
    : QObject(parent)
    , m_roles(config.roles)
    , m_nam(new QNetworkAccessManager(this))
{
    for (const TrustedIssuer &trusted : config.trustedIssuers()) {
        Issuer issuer;
        issuer.url = trusted.issuer;
        issuer.claims = trusted.claims;
        issuer.audiences = audience == Audience::Api ? trusted.apiAudiences : trusted.edgeAudiences;
        m_issuers.append(issuer);
    }
    // Keys rotate: look again now and then, in the background.
    m_refreshTimer.setInterval(std::chrono::minutes(10));
    connect(&m_refreshTimer, &QTimer::timeout, this, &AccessTokenVerifier::refreshKeys);
    m_refreshTimer.start();
}

AccessTokenVerifier::~AccessTokenVerifier() = default;

void AccessTokenVerifier::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer.start(interval);
}

void AccessTokenVerifier::loadKeys()
{
    m_loadOk = true;
    m_loading.clear();
    for (qsizetype i = 0; i < m_issuers.size(); ++i)
        m_loading.append(i);
    // From the event loop, so that keysLoaded() never comes from this call
    // (a job can end at once, e.g. on a refused URL). A fetch already
    // running for an issuer counts: its end is awaited too.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_loading.isEmpty())
                Q_EMIT keysLoaded(true);
            else
                refreshKeys();
        },
        Qt::QueuedConnection);
}

void AccessTokenVerifier::refreshKeys()
{
    for (qsizetype i = 0; i < m_issuers.size(); ++i)
        refreshIssuer(i);
}

void AccessTokenVerifier::refreshIssuer(qsizetype index)
{
    QUrl discovery;
    {
        QMutexLocker lock(&m_mutex);
        Issuer &issuer = m_issuers[index];
        if (issuer.fetching)
            return;
        issuer.fetching = true;
        ++m_fetches;
        issuer.lastFetch = QDateTime::currentDateTimeUtc();
        discovery = issuer.url;
    }
    QString path = discovery.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    discovery.setPath(path + u"/.well-known/openid-configuration"_qs);
    auto *job = new JsonFetchJob(m_nam, discovery, this);
    job->setTimeout(m_timeout);
    connect(job, &NetworkJob::finished, this, [this, job, index] {
        job->deleteLater();
        if (!job->error().isNull())
            return fetchEnded(index, job->error());
        const QJsonObject document = job->object();
        if (document.value(u"issuer").toString() != m_issuers[index].url.toString())
            return fetchEnded(index, Error{u"idp.issuer_mismatch"_qs,
                                           {},
                                           u"discovery names issuer %1"_qs.arg(
                                               document.value(u"issuer").toString())});
        const QUrl jwksUri(document.value(u"jwks_uri").toString());
        if (Error e = checkEndpointUrl(jwksUri, u"jwks_uri"_qs); !e.isNull())
            return fetchEnded(index, e);
        fetchJwks(index, jwksUri);
    });
    job->start();
}

void AccessTokenVerifier::fetchJwks(qsizetype index, const QUrl &jwksUri)
{
    auto *job = new JsonFetchJob(m_nam, jwksUri, this);
    job->setTimeout(m_timeout);
    connect(job, &NetworkJob::finished, this, [this, job, index] {
        job->deleteLater();
        if (!job->error().isNull())
            return fetchEnded(index, job->error());
        int skipped = 0;
        JwkSet set = JwkSet::fromJson(job->object(), &skipped);
        if (skipped > 0)
            qCInfo(lcAuth) << "skipped" << skipped << "unusable keys in the key set";
        if (set.isEmpty())
            return fetchEnded(index,
                              Error{u"idp.no_keys"_qs, {}, u"jwks_uri lists no usable key"_qs});
        fetchEnded(index, set);
    });
    job->start();
}

void AccessTokenVerifier::fetchEnded(qsizetype index, const Result<JwkSet> &keys)
{
    QMutexLocker lock(&m_mutex);
    Issuer &issuer = m_issuers[index];
    issuer.fetching = false;
    const QUrl url = issuer.url;
    if (!keys) {
        // Keep the keys we have: an IdP outage must not log everyone out.
        issuer.lastFetchError = keys.error();
        qCWarning(lcAuth) << "cannot fetch the keys of" << url.toString() << ":"
                          << keys.error().logText();
    } else {
        issuer.lastFetchError = {};
        issuer.keys = keys.value();
        qCInfo(lcAuth) << "fetched" << issuer.keys.keys().size() << "signing keys of"
                       << url.toString();
    }
    lock.unlock();
    Q_EMIT keysRefreshed(url, keys.ok());
    // Only this object's thread fetches, so m_loading needs no lock.
    if (m_loading.removeOne(index)) {
        m_loadOk = m_loadOk && keys.ok();
        if (m_loading.isEmpty())
            Q_EMIT keysLoaded(m_loadOk);
    }
}

bool AccessTokenVerifier::due(const QDateTime &last, const QDateTime &now, qint64 minimumMs)
{
    return !last.isValid() || last.msecsTo(now) >= minimumMs;
}

qsizetype AccessTokenVerifier::issuerOf(const QByteArray &token) const
{
    if (m_issuers.size() == 1)
        return 0; // the validator names a wrong iss precisely
    // Which key set to check the signature with: the (not yet verified) iss
    // only chooses among trusted issuers; the signature decides.
    const auto jwt = Jwt::parse(token);
    if (!jwt)
        return -1;
    const QString iss = jwt->claims.value(u"iss").toString();
    for (qsizetype i = 0; i < m_issuers.size(); ++i) {
        if (m_issuers.at(i).url.toString() == iss)
            return i;
    }
    return -1;
}

Result<Principal> AccessTokenVerifier::verify(const QByteArray &authorization)
{
    const QByteArray scheme = authorization.left(7);
    if (authorization.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        return Error{u"token.missing"_qs,
                     QCoreApplication::translate("AccessTokenVerifier",
                                                 "Sign in first: this call needs a Bearer access "
                                                 "token."),
                     {}};
    const QByteArray token = authorization.mid(7).trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype refresh = -1; // an issuer whose keys to fetch, after the lock is released
    Result<Principal> result = Error{};
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_cache.constFind(token); it != m_cache.cend() && now < it->until)
            return it->principal;
        const qsizetype index = issuerOf(token);
        if (index < 0) {
            const auto parsed = Jwt::parse(token);
            if (!parsed)
                return parsed.error();
            return Error{tokencheck::kIssuer,
                         QCoreApplication::translate("AccessTokenVerifier",
                                                     "The token was issued by an identity provider "
                                                     "this server does not trust."),
                         u"iss '%1'"_qs.arg(parsed->claims.value(u"iss").toString())};
        }
        // Nothing here waits for the IdP. Without keys, or for an unknown kid,
        // a background fetch starts (without keys at most every 5 s, for an
        // unknown kid at most every 10 s) and this token is judged on what is
        // cached now.
        if (m_issuers.at(index).keys.isEmpty() && due(m_issuers.at(index).lastFetch, now, 5000))
            refresh = index;
        result = check(m_issuers.at(index), token);
        if (!result.ok() && result.error().code == tokencheck::kUnknownKey &&
            due(m_issuers[index].lastKidRefetch, now, 10000)) {
            m_issuers[index].lastKidRefetch = now;
            refresh = index;
        }
        if (result.ok()) {
            if (m_cache.size() >= 10000)
                m_cache.clear();
            m_cache.insert(token,
                           {result.value(), std::min(result->tokenExpiresAt, now.addSecs(60))});
        }
    }
    if (refresh >= 0) {
        // Fetches run on this object's thread; an edge thread only asks.
        if (QThread::currentThread() == thread())
            refreshIssuer(refresh);
        else
            QMetaObject::invokeMethod(
                this, [this, refresh] { refreshIssuer(refresh); }, Qt::QueuedConnection);
    }
    return result;
}

Result<Principal> AccessTokenVerifier::check(const Issuer &issuer, const QByteArray &token) const
{
    if (issuer.keys.isEmpty())
        return Error{u"token.keys_unavailable"_qs,
                     QCoreApplication::translate(
                         "AccessTokenVerifier",
                         "The identity provider's keys could not be fetched; try again shortly."),
                     issuer.lastFetchError.logText()};
    TokenRules rules;
    rules.issuer = issuer.url.toString();
    rules.audiences = issuer.audiences;
    auto validated = validateToken(token, issuer.keys, rules);
    if (!validated)
        return validated.error();

    auto principal = principalFromClaims(validated->claims, issuer.claims);
    if (!principal)
        return principal.error();
    Principal p = std::move(principal).value();
    p.tokenExpiresAt = validated->expiresAt;
    p.auditor = intersects(p.groups, m_roles.auditorGroups);
    p.oncall = intersects(p.groups, m_roles.oncallGroups);
    p.admin = intersects(p.groups, m_roles.adminGroups);
    return p;
}

} // namespace gatehouse::server
