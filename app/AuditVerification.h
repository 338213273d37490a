#pragma once

#include "Error.h"
#include "audit/ChainVerifier.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace gatehouse {

class AuditCache;
struct Profile;

// Verifies a profile's cached audit chain against its pinned key, its last
// signed head and its checkpoints, in chunks on the event loop (a few
// thousand records a turn), so the window stays responsive on a long chain.
class AuditVerification : public QObject
{
    Q_OBJECT
public:
    AuditVerification(AuditCache *cache, QObject *parent = nullptr);
    ~AuditVerification() override;

    void setChunkSize(int records) { m_chunk = records; }
    bool isRunning() const { return bool(m_verifier); }
    // Starts again from the first record (a running one is abandoned).
    void start(const Profile &profile);

Q_SIGNALS:
    void progress(qint64 checked);
    // `problem`: what kept verification from starting (an unreadable pinned
    // key or checkpoint file), empty otherwise.
    void finished(const gatehouse::TrustReport &report, const QString &problem);

private:
    void step();

    AuditCache *m_cache;
    QString m_profile;
    std::unique_ptr<ChainVerifier> m_verifier;
    qint64 m_after = 0;
    qint64 m_headSeq = 0;
    int m_chunk = 2000;
    int m_generation = 0;
    QString m_problem;
};

} // namespace gatehouse
