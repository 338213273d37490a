#pragma once

#include "Result.h"
#include "cache/AccessLogCache.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gatehouse {

// The console's side of exporting the access log: a save dialog (CSV or
// JSON Lines), a progress dialog while a large export runs (it can be
// cancelled), and a message when it fails. The writing itself is
// AccessLogExport's, window by window from the cache.
class AccessLogExporter : public QObject
{
    Q_OBJECT
public:
    AccessLogExporter(const AccessLogCache *cache, QWidget *window, QObject *parent = nullptr);

    // Asks where to save the lines `query` selects in `profile`'s cache (the
    // dialog is returned open, not modal; the export runs when a file is chosen).
    QWidget *ask(const QString &profile, const AccessLogCache::Query &query);
    // Writes them to `path` (format by its suffix), with progress and errors shown.
    Result<qint64> exportTo(const QString &path, const QString &profile,
                            const AccessLogCache::Query &query);

    // Exports of at least this many lines show their progress at once (smaller
    // ones only when they take longer than a moment).
    void setShowProgressFrom(qint64 lines) { m_showProgressFrom = lines; }

Q_SIGNALS:
    // One sentence for the status line: "Exported 1,234 requests to …" or what failed.
    void finished(const QString &message, bool failed);

private:
    const AccessLogCache *m_cache;
    QWidget *m_window;
    qint64 m_showProgressFrom = 20'000;
};

} // namespace gatehouse
