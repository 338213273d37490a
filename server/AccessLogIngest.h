#pragma once

#include "AccessLogSink.h"
#include "AccessLogSource.h"
#include "Result.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gatehouse::server {

// Follows Caddy's JSON access log file: reads what was appended, across
// rotation (rename or copy-truncate) and restarts, and stores each line once.
// The position read up to is committed in the same transaction as the lines,
// so after a crash reading resumes exactly there: no line lost, none twice.
// Lines that are not Caddy JSON are counted and skipped.
class AccessLogIngest : public QObject, public AccessLogSource
{
    Q_OBJECT
public:
    AccessLogIngest(QString connectionName, QString path, QObject *parent = nullptr);

    // Reads and stores what is new; run by a timer every 250 ms.
    Error poll();

    qint64 linesStored() const override { return m_sink.state().lines; }
    qint64 linesMalformed() const override { return m_sink.state().malformed + m_pendingMalformed; }
    qint64 lagBytes() const override; // bytes in the file not read yet

private:
    Error ingest(QFile &file, const QString &fileId);
    static QString fileIdentity(const QString &path);

    QString m_path;
    AccessLogSink m_sink;
    std::unique_ptr<QFile> m_file; // stays open across a rename rotation
    QString m_fileId;
    qint64 m_position = 0;         // read up to here (stored, or skipped as too long)
    qint64 m_pendingMalformed = 0; // too-long lines skipped, not committed yet
    bool m_skipping = false;       // inside a line too long to keep
    QTimer m_timer;
};

} // namespace gatehouse::server
