#pragma once

#include "AccessLogSource.h"
#include "Error.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>

namespace gatehouse::server {

class DecisionLog;
class Store;

// Access-log ingest (the file followed, or Caddy's net writer), retention and
// the decision log's writes, on a thread of their own with a database
// connection of their own, so the thread that answers forward_auth never
// waits for them: not while ingest catches up on a large file, not while
// retention deletes, not for the database's write lock. Ingest commits small
// transactions, so the writers left on that thread (grant changes) never wait
// long for SQLite's write lock either.
class LogWorker : public QObject, public AccessLogSource
{
    Q_OBJECT
public:
    struct Options
    {
        QString accessLog;       // the file followed, or
        QHostAddress netAddress; // where Caddy's net writer connects
        quint16 netPort = 0;     // (0: neither)
        std::chrono::seconds retention{std::chrono::hours(24 * 30)};
        std::chrono::milliseconds retentionInterval{std::chrono::minutes(1)};
        DecisionLog *decisions = nullptr; // its writes move to this thread too
        // The thread runs at a lower priority (nice +10) than the deciding
        // threads; off only where ingest alone is measured (bench/ingest-1m).
        bool yieldToDecisions = true;
    };

    LogWorker(const Store *store, Options options, QObject *parent = nullptr);
    // Stores what the net receiver holds, then ends the thread.
    ~LogWorker() override;

    // Starts the thread and waits until its connection is open and the
    // source is ready (listening, for the net writer); reading and retention
    // go on in the thread.
    [[nodiscard]] Error start();
    bool hasSource() const { return !m_options.accessLog.isEmpty() || m_options.netPort != 0; }

    qint64 linesStored() const override { return m_lines; }
    qint64 linesMalformed() const override { return m_malformed; }
    qint64 lagBytes() const override { return m_lag; }

private:
    class Inside;

    const Store *m_store;
    Options m_options;
    QThread m_thread;
    Inside *m_inside = nullptr; // lives in m_thread
    std::atomic<qint64> m_lines{0};
    std::atomic<qint64> m_malformed{0};
    std::atomic<qint64> m_lag{0};
};

} // namespace gatehouse::server
