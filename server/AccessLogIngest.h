#pragma once

#include "AccessLogFile.h"
#include "AccessLogSink.h"
#include "AccessLogSource.h"
#include "Result.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gatehouse::server {

// Follows Caddy's JSON access log file: reads what was appended, across
// rotation (rename or copy-truncate, while running or while stopped) and
// restarts, and stores each line once. The file is known by its device, inode
// and a fingerprint of its first bytes (LogFileMark), saved with the position
// read up to in the same transaction as the lines: after a restart or a
// rotation the rest of the old file is read first (found next to the log
// under its rotated name), then the new file from its start. Lines that are
// not Caddy JSON are counted and skipped.
class AccessLogIngest : public QObject, public AccessLogSource
{
    Q_OBJECT
public:
    // `interval` 0: no timer, poll() is called by the owner.
    AccessLogIngest(QString connectionName, QString path, QObject *parent = nullptr,
                    int interval = 250);

    // Lines are stored in transactions of at most this many bytes, so other
    // writers never wait long for the database.
    static constexpr qint64 kCommitBytes = 256 * 1024;

    // Reads and stores what is new; run by a timer every 250 ms.
    [[nodiscard]] Error poll();
    // With a budget, poll() returns after reading about that many bytes, and
    // hasMore() says whether there is more to read now.
    void setReadBudget(qint64 bytes) { m_budget = bytes; }
    bool hasMore() const { return m_more; }

    qint64 linesStored() const override { return m_sink.state().lines; }
    qint64 linesMalformed() const override { return m_sink.state().malformed + m_pendingMalformed; }
    qint64 lagBytes() const override; // bytes in the file not read yet

private:
    Error read();
    Error ingest(QFile &file);
    Error openStream();
    void startOver(); // the next read starts a new stream at the log's start
    void abandon();   // a rotated file read to its end: count a partial last line

    QString m_path;
    AccessLogSink m_sink;
    std::unique_ptr<QFile> m_file; // the file being read: the log, or a rotated one
    LogFileMark m_mark;            // null: no stream started yet
    int m_nextGeneration = 0;
    qint64 m_position = 0;         // read up to here (stored, or skipped as too long)
    qint64 m_pendingMalformed = 0; // too-long lines skipped, not committed yet
    bool m_skipping = false;       // inside a line too long to keep
    qint64 m_budget = -1;          // bytes per poll; -1: all there is
    bool m_more = false;
    QTimer m_timer;
};

} // namespace gatehouse::server
