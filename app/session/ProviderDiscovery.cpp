#include "ProviderDiscovery.h"

#include "SignInErrors.h"
#include "net/JsonFetchJob.h"

namespace gatehouse {

void discoverProvider(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                      std::function<void(Result<OidcMetadata>)> done)
{
    auto *job = new JsonFetchJob(nam, OidcMetadata::discoveryUrl(issuer), context);
    job->setTimeout(std::chrono::seconds(10));
    QObject::connect(job, &NetworkJob::finished, context, [job, issuer, done = std::move(done)] {
        job->deleteLater();
        if (!job->error().isNull())
            return done(signin::fromNetwork(job->error()));
        done(OidcMetadata::fromJson(job->object(), issuer));
    });
    job->start();
}

} // namespace gatehouse
