#pragma once

#include "Error.h"

#include <QObject>
#include <QString>

namespace gatehouse {

class AccessLogCache;
class ApiJob;
class ControlPlaneClient;

// Brings a profile's access-log cache up to date: pages of
// `GET /v1/access-log?after=CURSOR` from the stored cursor until the end,
// each page stored with the cursor after it, so an interrupted sync resumes
// where it stopped and no line is stored twice.
class AccessLogSync : public QObject
{
    Q_OBJECT
public:
    AccessLogSync(ControlPlaneClient *client, AccessLogCache *cache, const QString &profile,
                  QObject *parent = nullptr);

    void setPageSize(int lines) { m_pageSize = lines; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one runs.
    void syncNow();

Q_SIGNALS:
    // The end of the log was reached; `stored` lines arrived on the way.
    void synced(int stored);
    void failed(const gatehouse::Error &error);

private:
    void fetchPage();
    void readPage(ApiJob *job, const QString &cursor);

    ControlPlaneClient *m_client;
    AccessLogCache *m_cache;
    QString m_profile;
    int m_pageSize = 1000;
    int m_stored = 0;
    bool m_running = false;
};

} // namespace gatehouse
