#pragma once

#include "Error.h"
#include "logs/AccessLogEntry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace gatehouse {

class AccessLogCache;
class ApiJob;
class ControlPlaneClient;
class LineStreamJob;

// Brings a profile's access-log cache up to date from the stored cursor.
//
// It reads `GET /v1/access-log/export?after=CURSOR` (JSON Lines, gzip on the
// wire), parsing lines as they arrive and storing them a chunk at a time with
// the cursor line the server sends after each chunk, so an interrupted sync
// resumes after the last stored chunk and no line is stored twice. Against a
// gatehoused without the export (404) it falls back to pages of
// `GET /v1/access-log?after=CURSOR`, each stored with its cursor.
class AccessLogSync : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Export, Pages };

    AccessLogSync(ControlPlaneClient *client, AccessLogCache *cache, const QString &profile,
                  QObject *parent = nullptr);

    void setPageSize(int lines) { m_pageSize = lines; }
    // Export until a 404 says the server has none; Pages: only pages.
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one runs.
    void syncNow();

    // Where the last sync's time went (for the benchmark and the log).
    struct Timing
    {
        qint64 totalMs = 0;
        qint64 parseMs = 0; // JSON to entries
        qint64 storeMs = 0; // AccessLogCache::store
        qint64 bytes = 0;   // decompressed bytes read (export only)
    };
    Timing lastTiming() const { return m_timing; }

Q_SIGNALS:
    // The end of the log was reached; `stored` lines arrived on the way.
    void synced(int stored);
    void failed(const gatehouse::Error &error);

private:
    void fetchExport();
    bool readExportLine(QByteArrayView line);
    void exportFinished(LineStreamJob *job);
    void fetchPage();
    void readPage(ApiJob *job, const QString &cursor);
    void finish(const Error &error);

    ControlPlaneClient *m_client;
    AccessLogCache *m_cache;
    QString m_profile;
    Mode m_mode = Mode::Export;
    int m_pageSize = 1000;
    int m_stored = 0;
    bool m_running = false;
    // The export being read: lines since the last cursor line, and how it ended.
    QList<AccessLogEntry> m_batch;
    Error m_storeError;
    bool m_endSeen = false;
    bool m_endComplete = false;
    Timing m_timing;
    QElapsedTimer m_clock;
};

} // namespace gatehouse
