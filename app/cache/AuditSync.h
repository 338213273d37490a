#pragma once

#include "Error.h"

#include <QObject>
#include <QString>

namespace gatehouse {

class ApiJob;
class AuditCache;
class ControlPlaneClient;

// Brings a profile's audit cache up to date: pages of
// `GET /v1/audit?after=SEQ`, then the signed head (`GET /v1/audit/head`). A normal
// sync asks only for records after the last one cached; a full sync (before
// verifying) reads the whole chain again and replaces what was cached, so a
// record changed on the server since it was synced is seen as it is now.
class AuditSync : public QObject
{
    Q_OBJECT
public:
    AuditSync(ControlPlaneClient *client, AuditCache *cache, const QString &profile,
              QObject *parent = nullptr);

    void setPageSize(int records) { m_pageSize = records; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one runs (a full one is remembered for later).
    void syncNow(bool full = false);

Q_SIGNALS:
    // The end of the chain was reached; `stored` records arrived on the way.
    void synced(int stored, bool full);
    // Includes the control plane refusing (403: not an auditor or admin).
    void failed(const gatehouse::Error &error, int httpStatus);

private:
    void fetchHead();
    void fetchPage(qint64 after);
    void fail(ApiJob *job);
    void finish();

    ControlPlaneClient *m_client;
    AuditCache *m_cache;
    QString m_profile;
    int m_pageSize = 1000;
    int m_stored = 0;
    bool m_running = false;
    bool m_full = false;
    bool m_fullPending = false;
    int m_headTries = 0;
};

} // namespace gatehouse
