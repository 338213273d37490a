#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"

#include <QSqlDatabase>

#include <functional>

namespace gatehouse::server {

// The audit chain in the store. Appends happen inside the caller's
// transaction: the head row is locked by its update, so replicas sharing one
// PostgreSQL append one after the other and the chain never forks.
class AuditLog
{
public:
    explicit AuditLog(QString connectionName)
        : m_connection(std::move(connectionName))
    {}

    struct Entry
    {
        QString actor;
        QString action;
        QString objectType;
        QString objectId;
        QJsonValue before;
        QJsonValue after;
    };

    // Must run inside an open transaction on this connection. `complete`, if
    // given, is called with seq, prev_hash and time set, before the hash: for
    // records that sign their own place in the chain (key rotation).
    Result<AuditRecord>
    appendInTransaction(const Entry &entry, const QDateTime &now,
                        const std::function<void(AuditRecord &)> &complete = {});

    Result<QList<AuditRecord>> records(qint64 afterSeq, int limit) const;
    Result<AuditRecord> head() const; // seq 0 and the genesis hash when empty
    // Hash of record `seq` (genesis for 0): the prev_hash of record seq + 1.
    Result<QString> hashAt(qint64 seq) const;
    // The last record with this action after `afterSeq`, if any.
    Result<std::optional<AuditRecord>> lastWithAction(const QString &action,
                                                      qint64 afterSeq = 0) const;
    // Every record with this action (and object id, when given), in order.
    Result<QList<AuditRecord>> withAction(const QString &action,
                                          const QString &objectId = {}) const;
    // The first record at or after `time`; 0 when there is none.
    Result<qint64> firstSeqFrom(const QDateTime &time) const;

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString m_connection;
};

} // namespace gatehouse::server
