#pragma once

#include "ServerConfig.h"
#include "authz/DecisionSnapshot.h"

#include <QHash>

#include <memory>

namespace gatehouse::server {

class Store;

// Everything the edge decides with, read in one consistent view of the store
// (one REPEATABLE READ transaction on PostgreSQL) and built into a snapshot.
struct EdgeSnapshotRead
{
    QString error;    // log text; empty when the read worked
    qint64 head = -1; // the audit head the view includes
    qint64 catalogVersion = -1;
    QList<Service> services;
    QHash<QString, QList<Grant>> active; // by service, in the store's list order
    QHash<QString, QString> serviceOf;   // active grant id -> its service
    qsizetype grantCount = 0;
    std::shared_ptr<const DecisionSnapshot> snapshot;
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty(); }

    // On `connectionName`, which belongs to the calling thread.
    static EdgeSnapshotRead read(const QString &connectionName,
                                 const QList<StandingPermission> &permissions);
    // On a connection of its own, opened and closed here: for any thread.
    static EdgeSnapshotRead readOnOwnConnection(const Store &store,
                                                const QList<StandingPermission> &permissions);
};

} // namespace gatehouse::server
