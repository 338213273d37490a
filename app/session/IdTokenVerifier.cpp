#include "IdTokenVerifier.h"

#include "SessionLogging.h"
#include "net/JsonFetchJob.h"

#include <QCoreApplication>

namespace gatehouse {

TokenRules idTokenRules(const QUrl &issuer, const Profile &profile)
{
    TokenRules rules;
    rules.issuer = issuer.toString();
    rules.audiences = {profile.clientId};
    rules.rejectUntrustedAudiences = true;
    rules.trustedAudiences = profile.trustedAudiences;
    rules.authorizedParty = profile.clientId;
    return rules;
}

IdTokenVerifier::IdTokenVerifier(QNetworkAccessManager *nam, const QUrl &jwksUri, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_jwksUri(jwksUri)
{}

void IdTokenVerifier::fetchKeys(std::function<void(Error)> done)
{
    ++m_fetches;
    auto *job = new JsonFetchJob(m_nam, m_jwksUri, this);
    connect(job, &NetworkJob::finished, this, [this, job, done = std::move(done)] {
        job->deleteLater();
        if (!job->error().isNull()) {
            done(Error{u"signin.unreachable"_qs,
                       QCoreApplication::translate("IdTokenVerifier",
                                                   "The identity provider's signing keys could "
                                                   "not be loaded."),
                       job->error().logText()});
            return;
        }
        int skipped = 0;
        m_keys = JwkSet::fromJson(job->object(), &skipped);
        m_loaded = true;
        qCDebug(lcSession) << "loaded" << m_keys.keys().size() << "signing keys, skipped"
                           << skipped;
        done({});
    });
    job->start();
}

void IdTokenVerifier::verify(const QByteArray &token, const TokenRules &rules, Callback done)
{
    // One refetch per token on an unknown key, also when the keys were only
    // just loaded: right after a rotation the first answer may still be the
    // old set (a cache or replica that has not seen the new key yet).
    const auto attempt = [this, token, rules, done] {
        auto result = validateToken(token, m_keys, rules);
        if (!result && result.error().code == tokencheck::kUnknownKey) {
            qCInfo(lcSession) << "ID token signed with an unknown key; fetching keys once more";
            fetchKeys([this, token, rules, done](Error e) {
                if (!e.isNull())
                    return done(e);
                done(validateToken(token, m_keys, rules));
            });
            return;
        }
        done(std::move(result));
    };
    if (m_loaded) {
        attempt();
        return;
    }
    fetchKeys([attempt, done](Error e) {
        if (!e.isNull())
            return done(e);
        attempt();
    });
}

} // namespace gatehouse
