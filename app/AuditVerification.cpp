#include "AuditVerification.h"

#include "AppLogging.h"
#include "Profile.h"
#include "cache/AuditCache.h"

#include <QTimer>

namespace gatehouse {

AuditVerification::AuditVerification(AuditCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{}

AuditVerification::~AuditVerification() = default;

void AuditVerification::start(const Profile &profile)
{
    ++m_generation;
    m_profile = profile.name;
    m_problem.clear();
    std::optional<PinnedKey> pin;
    if (!profile.auditKey.isEmpty()) {
        auto parsed = PinnedKey::parse(profile.auditKey);
        if (parsed)
            pin = parsed.value();
        else
            m_problem = tr("The pinned audit key cannot be read: %1").arg(parsed.error().message);
    }
    m_verifier = std::make_unique<ChainVerifier>(pin);
    m_headSeq = 0;
    if (const auto head = m_cache->head(m_profile)) {
        m_verifier->setHead(head->head);
        m_headSeq = head->head.seq;
    }
    if (!profile.auditCheckpoints.isEmpty()) {
        auto checkpoints = readCheckpoints(profile.auditCheckpoints);
        if (checkpoints)
            m_verifier->setCheckpoints(checkpoints.value());
        else
            m_problem = tr("The checkpoints cannot be read: %1").arg(checkpoints.error().message);
    }
    m_after = 0;
    QTimer::singleShot(0, this, [this, g = m_generation] {
        if (g == m_generation)
            step();
    });
}

void AuditVerification::step()
{
    if (!m_verifier)
        return;
    const auto records = m_cache->chain(m_profile, m_after, m_chunk);
    bool more = false;
    if (!records) {
        m_verifier->markBroken(m_after + 1, records.error().message);
    } else if (!records->isEmpty()) {
        more = m_verifier->add(records.value()) && records->size() == m_chunk;
        m_after = records->constLast().seq;
        Q_EMIT progress(m_after);
    }
    if (more) {
        QTimer::singleShot(0, this, [this, g = m_generation] {
            if (g == m_generation)
                step();
        });
        return;
    }
    // Records the console synced earlier beyond the head the control plane
    // signs now: the chain's tail was removed on the server.
    if (records && m_headSeq > 0 && m_after > m_headSeq)
        m_verifier->markBroken(m_headSeq + 1,
                               tr("the control plane's signed head ends at seq %1, but records "
                                  "up to seq %2 were synced before: the end of the chain was "
                                  "removed")
                                   .arg(m_headSeq)
                                   .arg(m_after));
    const TrustReport report = m_verifier->finish();
    m_verifier.reset();
    qCInfo(lcApp) << "audit chain verified:" << report.summary().join(u"; "_qs);
    Q_EMIT finished(report, m_problem);
}

} // namespace gatehouse
