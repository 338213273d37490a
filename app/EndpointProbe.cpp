#include "EndpointProbe.h"

#include "AppLogging.h"
#include "EndpointStatusModel.h"
#include "net/JsonFetchJob.h"

namespace gatehouse {

using State = EndpointStatusModel::State;

EndpointProbe::EndpointProbe(const Profile &profile, EndpointStatusModel *model,
                             QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_model(model)
    , m_nam(nam)
{
    m_model->setEndpoints({
        {kControlPlane, tr("Control plane"), profile.controlPlaneUrl, State::Unknown, {}, {}},
        {kIdentityProvider, tr("Identity provider"), profile.issuer, State::Unknown, {}, {}},
    });
}

void EndpointProbe::checkAll()
{
    if (m_running > 0)
        return;
    checkControlPlane();
    checkIdentityProvider();
}

void EndpointProbe::jobDone()
{
    if (--m_running == 0)
        Q_EMIT finished();
}

void EndpointProbe::checkControlPlane()
{
    QUrl url = m_profile.controlPlaneUrl;
    url.setPath(url.path().section(u'/', 0, -2) + u"/healthz"_qs);
    auto *job = new JsonFetchJob(m_nam, url, this);
    job->setTimeout(std::chrono::seconds(5));
    m_model->setState(kControlPlane, State::Checking, {});
    ++m_running;
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull()) {
            m_model->setState(kControlPlane, State::Down, job->error().message);
        } else {
            const auto &o = job->object();
            m_model->setState(
                kControlPlane, State::Up,
                tr("gatehoused %1, %2 store")
                    .arg(o.value(u"version").toString(), o.value(u"store").toString()));
        }
        qCInfo(lcApp) << "control plane check:" << (job->error().isNull() ? "up" : "down");
        jobDone();
    });
    job->start();
}

void EndpointProbe::checkIdentityProvider()
{
    QUrl url = m_profile.issuer;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/.well-known/openid-configuration"_qs);
    auto *job = new JsonFetchJob(m_nam, url, this);
    job->setTimeout(std::chrono::seconds(5));
    m_model->setState(kIdentityProvider, State::Checking, {});
    ++m_running;
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull()) {
            m_model->setState(kIdentityProvider, State::Down, job->error().message);
        } else {
            const QString issuer = job->object().value(u"issuer").toString();
            if (QUrl(issuer) != m_profile.issuer)
                m_model->setState(kIdentityProvider, State::Misconfigured,
                                  tr("Discovery names a different issuer: %1").arg(issuer));
            else
                m_model->setState(kIdentityProvider, State::Up,
                                  tr("OpenID Provider, issuer matches"));
        }
        jobDone();
    });
    job->start();
}

} // namespace gatehouse
