#include "ControlPlaneClient.h"

#include "AppLogging.h"
#include "JsonSupport.h"

namespace gatehouse {

ControlPlaneClient::ControlPlaneClient(QNetworkAccessManager *nam, const QUrl &base,
                                       TokenSource token, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_base(base)
    , m_token(std::move(token))
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &ControlPlaneClient::poll);
}

QUrl ControlPlaneClient::urlFor(const QString &pathAndQuery) const
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) +
                pathAndQuery.left(q < 0 ? pathAndQuery.size() : q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    return url;
}

ApiJob *ControlPlaneClient::newJob(ApiJob::Method method, const QString &pathAndQuery)
{
    return new ApiJob(m_nam, method, urlFor(pathAndQuery), m_token(), this);
}

void ControlPlaneClient::start()
{
    // A new session may see other grants: never answer it from the last one's version.
    m_version = -1;
    m_grantsDirty = true;
    m_timer.start();
    fetchIdentity();
    poll();
}

void ControlPlaneClient::stop()
{
    m_timer.stop();
}

void ControlPlaneClient::refreshNow()
{
    m_grantsDirty = true;
    poll();
}

void ControlPlaneClient::setConnection(Connection connection)
{
    if (connection == Connection::Online)
        m_lastContact = QDateTime::currentDateTimeUtc();
    if (m_connection == connection)
        return;
    m_connection = connection;
    qCInfo(lcApp) << "control plane connection:" << connection;
    Q_EMIT connectionChanged(connection);
}

void ControlPlaneClient::noteFailure(const ApiJob *job)
{
    const QString code = job->apiCode();
    if (code == u"offline" || code.startsWith(u"http.5") || code.startsWith(u"store."))
        setConnection(Connection::Offline);
    else if (job->httpStatus() == 401)
        setConnection(Connection::Unauthorized);
}

void ControlPlaneClient::poll()
{
    if (m_polling || m_token().isEmpty())
        return;
    m_polling = true;
    // mesh_version: grants' mesh state changes without a new `version`.
    ApiJob *job =
        newJob(ApiJob::Method::Get,
               m_version >= 0 && !m_grantsDirty
                   ? u"/v1/graph?since=%1&mesh_version=%2"_qs.arg(m_version).arg(m_meshVersion)
                   : u"/v1/graph"_qs);
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        m_polling = false;
        if (!job->error().isNull())
            return noteFailure(job);
        setConnection(Connection::Online);
        if (job->notModified() && !m_grantsDirty)
            return;
        if (!job->notModified()) {
            m_version = job->object().value(u"version").toInteger(-1);
            m_meshVersion = job->object().value(u"mesh_version").toInteger(0);
            Q_EMIT graphChanged(job->object());
        }
        fetchGrants();
    });
    job->start();
}

void ControlPlaneClient::fetchGrants()
{
    m_grantsDirty = false;
    ApiJob *job = newJob(ApiJob::Method::Get, u"/v1/grants"_qs);
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull()) {
            m_grantsDirty = true;
            return noteFailure(job);
        }
        Q_EMIT grantsChanged(job->object());
    });
    job->start();
}

void ControlPlaneClient::fetchIdentity()
{
    if (m_token().isEmpty())
        return;
    ApiJob *job = newJob(ApiJob::Method::Get, u"/v1/me"_qs);
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull())
            return noteFailure(job);
        const QString subject = job->object().value(u"subject").toString();
        if (!subject.isEmpty())
            Q_EMIT identityChanged(subject, jsonStrings(job->object().value(u"groups")));
    });
    job->start();
}

void ControlPlaneClient::get(const QString &pathAndQuery, Callback done)
{
    ApiJob *job = newJob(ApiJob::Method::Get, pathAndQuery);
    connect(job, &NetworkJob::finished, this, [this, job, done] {
        job->deleteLater();
        if (!job->error().isNull())
            noteFailure(job);
        else
            setConnection(Connection::Online);
        done(job);
    });
    job->start();
}

void ControlPlaneClient::getLines(const QString &pathAndQuery, LineStreamJob::LineHandler onLine,
                                  std::function<void(LineStreamJob *)> done)
{
    auto *job = new LineStreamJob(m_nam, urlFor(pathAndQuery), m_token(), std::move(onLine), this);
    connect(job, &NetworkJob::finished, this, [this, job, done] {
        job->deleteLater();
        const QString code = job->error().code;
        if (code.isEmpty())
            setConnection(Connection::Online);
        else if ((code.startsWith(u"net.") && code != u"net.cancelled") ||
                 code.startsWith(u"http.5"))
            setConnection(Connection::Offline);
        else if (job->httpStatus() == 401)
            setConnection(Connection::Unauthorized);
        done(job);
    });
    job->start();
}

void ControlPlaneClient::createGrant(const GrantRequest &request, const QByteArray &idempotencyKey,
                                     Callback done)
{
    post(u"/v1/grants"_qs, request.toJson(), idempotencyKey, std::move(done));
}

void ControlPlaneClient::grantAction(const QString &id, const QString &action,
                                     const QJsonObject &body, Callback done)
{
    post(u"/v1/grants/%1/%2"_qs.arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), action), body,
         {}, std::move(done));
}

void ControlPlaneClient::decideReviewItem(const QString &campaignId, const QString &itemId,
                                          const ReviewDecisionRequest &request, Callback done)
{
    const auto part = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    post(u"/v1/reviews/%1/items/%2/decision"_qs.arg(part(campaignId), part(itemId)),
         request.toJson(), {}, std::move(done));
}

void ControlPlaneClient::post(const QString &path, const QJsonObject &body,
                              const QByteArray &idempotencyKey, Callback done)
{
    ApiJob *job = newJob(ApiJob::Method::Post, path);
    job->setBody(body);
    if (!idempotencyKey.isEmpty())
        job->setIdempotencyKey(idempotencyKey);
    connect(job, &NetworkJob::finished, this, [this, job, done] {
        job->deleteLater();
        const bool failed = !job->error().isNull();
        if (failed)
            noteFailure(job);
        else
            setConnection(Connection::Online);
        done(job); // a change's answer is the grant as it now is: shown from there
        if (failed)
            refreshNow(); // show the state that refused it
    });
    job->start();
}

} // namespace gatehouse
