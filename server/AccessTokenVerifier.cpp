#include "AccessTokenVerifier.h"

#include "ServerLogging.h"
#include "identity/TokenValidator.h"
#include "net/JsonFetchJob.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>

#include <memory>

namespace gatehouse::server {

namespace {

bool intersects(const QStringList &a, const QStringList &b)
{
    return std::any_of(a.begin(), a.end(), [&](const QString &x) { return b.contains(x); });
}

// Runs one JSON GET to completion on the calling (worker) thread.
Result<QJsonObject> fetchJson(QNetworkAccessManager *nam, const QUrl &url,
                              std::chrono::milliseconds timeout)
{
    JsonFetchJob job(nam, url);
    job.setTimeout(timeout);
    QEventLoop loop;
    QObject::connect(&job, &NetworkJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    if (!job.error().isNull())
        return job.error();
    return job.object();
}

} // namespace

AccessTokenVerifier::AccessTokenVerifier(const ServerConfig &config, const QString &audience)
    : m_issuer(config.issuer)
    , m_audience(audience)
    , m_roles(config.roles)
{}

Result<JwkSet> AccessTokenVerifier::fetchKeySet(const QUrl &issuer,
                                                std::chrono::milliseconds timeout)
{
    auto result = std::make_shared<Result<JwkSet>>(Error{u"idp.unreachable"_qs, {}, {}});
    QThread *thread = QThread::create([issuer, timeout, result] {
        QNetworkAccessManager nam;
        QUrl discovery = issuer;
        QString path = discovery.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        discovery.setPath(path + u"/.well-known/openid-configuration"_qs);
        const auto document = fetchJson(&nam, discovery, timeout);
        if (!document) {
            *result = document.error();
            return;
        }
        if (document->value(u"issuer").toString() != issuer.toString()) {
            *result =
                Error{u"idp.issuer_mismatch"_qs,
                      {},
                      u"discovery names issuer %1"_qs.arg(document->value(u"issuer").toString())};
            return;
        }
        const QUrl jwksUri(document->value(u"jwks_uri").toString());
        if (Error e = checkEndpointUrl(jwksUri, u"jwks_uri"_qs); !e.isNull()) {
            *result = e;
            return;
        }
        const auto jwks = fetchJson(&nam, jwksUri, timeout);
        if (!jwks) {
            *result = jwks.error();
            return;
        }
        int skipped = 0;
        JwkSet set = JwkSet::fromJson(jwks.value(), &skipped);
        if (set.isEmpty())
            *result = Error{u"idp.no_keys"_qs, {}, u"jwks_uri lists no usable key"_qs};
        else
            *result = set;
        if (skipped > 0)
            qCInfo(lcAuth) << "skipped" << skipped << "unusable keys in the key set";
    });
    thread->start();
    if (!thread->wait(QDeadlineTimer(timeout * 2 + std::chrono::seconds(1)))) {
        // The worker's own timeouts end it soon; do not block longer.
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        return Error{u"idp.timeout"_qs, {}, u"key fetch did not finish in time"_qs};
    }
    delete thread;
    return *result;
}

bool AccessTokenVerifier::refreshKeys()
{
    ++m_fetches;
    m_lastFetch = QDateTime::currentDateTimeUtc();
    auto keys = fetchKeySet(m_issuer, m_timeout);
    if (!keys) {
        m_lastFetchError = keys.error();
        qCWarning(lcAuth) << "cannot fetch the identity provider's keys:" << keys.error().logText();
        return false;
    }
    m_lastFetchError = {};
    m_keys = keys.value();
    qCInfo(lcAuth) << "fetched" << m_keys.keys().size() << "signing keys";
    return true;
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
    const QByteArray key = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend() && now < it->until)
        return it->principal;
    // A fetch blocks this (single) thread for at most the fetch timeout, so
    // both triggers are rate-limited: without any key, one try every 5 s; an
    // unknown kid, one refetch every 10 s, so forged kids cannot stall the
    // server or hammer the IdP.
    const qint64 sinceFetch = m_lastFetch.isValid()
                                  ? m_lastFetch.msecsTo(QDateTime::currentDateTimeUtc())
                                  : std::numeric_limits<qint64>::max();
    if (m_keys.isEmpty() && sinceFetch >= 5000)
        refreshKeys();
    const bool mayFetch = !m_lastKidRefetch.isValid() ||
                          m_lastKidRefetch.msecsTo(QDateTime::currentDateTimeUtc()) >= 10000;
    auto result = check(token);
    if (!result.ok() && result.error().code == tokencheck::kUnknownKey && mayFetch) {
        m_lastKidRefetch = QDateTime::currentDateTimeUtc();
        if (refreshKeys())
            result = check(token);
    }
    if (result.ok()) {
        if (m_cache.size() >= 10000)
            m_cache.clear();
        m_cache.insert(key, {result.value(), std::min(result->tokenExpiresAt, now.addSecs(60))});
    }
    return result;
}

Result<Principal> AccessTokenVerifier::check(const QByteArray &token) const
{
    if (m_keys.isEmpty())
        return Error{u"token.keys_unavailable"_qs,
                     QCoreApplication::translate(
                         "AccessTokenVerifier",
                         "The identity provider's keys could not be fetched; try again shortly."),
                     m_lastFetchError.logText()};
    TokenRules rules;
    rules.issuer = m_issuer.toString();
    rules.audiences = {m_audience};
    auto validated = validateToken(token, m_keys, rules);
    if (!validated)
        return validated.error();

    Principal p;
    p.subject = validated->subject;
    p.tokenExpiresAt = validated->expiresAt;
    const QString kind = validated->claimString(u"gatehouse_subject_kind");
    if (!kind.isEmpty() && !parseSubjectKind(kind, &p.kind))
        p.kind = SubjectKind::User;
    if (p.kind == SubjectKind::Group)
        p.kind = SubjectKind::User; // a token always names one caller
    p.displayName = validated->claimString(u"name");
    if (p.displayName.isEmpty())
        p.displayName = validated->claimString(u"preferred_username");
    p.email = validated->claimString(u"email");
    p.groups = validated->claimStrings(m_roles.groupsClaim);
    p.auditor = intersects(p.groups, m_roles.auditorGroups);
    p.oncall = intersects(p.groups, m_roles.oncallGroups);
    p.admin = intersects(p.groups, m_roles.adminGroups);
    return p;
}

} // namespace gatehouse::server
