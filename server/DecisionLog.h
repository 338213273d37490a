#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace gatehouse::server {

class DecisionSqliteInsert;

// A position in a list ordered by time then id, as "<microseconds>:<id>":
// the `after` of /v1/decisions and /v1/access-log.
struct LogCursor
{
    qint64 atUs = 0;
    QString id;

    QString toString() const { return QString::number(atUs) + u':' + id; }
    // Nullopt for anything but digits, ':' and a non-empty id.
    static std::optional<LogCursor> parse(const QString &text);
};

// One forward_auth answer.
struct DecisionRecord
{
    QString id;
    qint64 decidedAtUs = 0; // microseconds since the epoch, UTC
    QString subject;
    QString subjectKind;
    QString service;
    QString method;
    QString host;
    QString path; // never the query
    bool allowed = false;
    int status = 0;
    QString reason;
    QString grantId;
    qint64 latencyUs = 0;

    QJsonObject toJson() const;
    QString cursor() const;
};

// Records every decision. Writes are batched (one transaction every 200 ms)
// so the edge never waits for the disk; a crash can lose at most the last
// batch of decision records, never a grant or an audit record. A batch the
// store refuses is kept and retried (up to 200 000 records).
//
// The writes can run on another thread (the log worker's, with its own
// connection): then the thread that records decisions never waits for the
// database's write lock either.
class DecisionLog : public QObject
{
    Q_OBJECT
public:
    explicit DecisionLog(QString connectionName, QObject *parent = nullptr);
    ~DecisionLog() override;

    // Any thread.
    void record(DecisionRecord decision);
    // Writes what is recorded so far and waits for it: on the writer thread
    // when one is set, else here.
    [[nodiscard]] Error flush();
    // Writes what is recorded so far through `connectionName`, which belongs
    // to the calling thread. For the writer thread.
    [[nodiscard]] Error write(const QString &connectionName);
    // Hands the writes to another thread: `flushThere` writes there and waits;
    // the periodic writes are then that thread's. An empty function takes
    // them back.
    void setWriter(std::function<Error()> flushThere);
    // Lets go of what the writes hold on `connectionName` (SQLite's prepared
    // statement): call before that connection closes, on its thread.
    void releaseConnection(const QString &connectionName);

    struct Query
    {
        std::optional<LogCursor> after; // none: from the start
        int limit = 500;
        bool restricted = false; // then only `subject`'s own and `services`
        QString subject;
        QStringList services;
    };
    Result<QList<DecisionRecord>> list(const Query &query) const;

private:
    // The SQLite statement of the connection last written through; guarded
    // by m_writing, which one write holds from start to end.
    QMutex m_writing;
    std::unique_ptr<DecisionSqliteInsert> m_sqlite;
    QString m_connection;
    QMutex m_mutex; // guards m_pending and m_writer
    QList<DecisionRecord> m_pending;
    std::function<Error()> m_writer;
    QTimer m_timer;
};

} // namespace gatehouse::server
