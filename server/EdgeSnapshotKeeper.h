#pragma once

#include "ServerConfig.h"
#include "authz/DecisionSnapshot.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gatehouse::server {

class GrantRepository;
class Store;

// Keeps the edge's DecisionSnapshot current and hands it to deciding threads.
//
// Lives on gatehoused's main thread (the one that owns the store). A grant
// change made here (GrantService::grantChanged, connected directly) swaps in
// a new snapshot before the change's API call returns, so once a revoke,
// deny or expiry is acknowledged no decision on this replica allows it. Only
// the changed service's rules are rebuilt; the rest is shared with the
// previous snapshot. Changes made elsewhere (another replica) are noticed by
// polling the audit head and the catalog version every 250 ms (then every
// grant is read again), and catalogChanged() applies an API catalog change
// at once.
class EdgeSnapshotKeeper : public QObject
{
    Q_OBJECT
public:
    EdgeSnapshotKeeper(Store *store, GrantRepository *grants,
                       const QList<StandingPermission> &permissions, QObject *parent = nullptr);

    // Reads catalog and active grants and starts polling. False when the
    // store could not be read (the snapshot is then empty: everything denied).
    bool start();

    // Any thread: the snapshot to decide with. Never null.
    std::shared_ptr<const DecisionSnapshot> current() const;

    // Main thread.
    void grantChanged(const Grant &grant);
    void catalogChanged();
    // Reads every active grant again (and the catalog) and swaps.
    bool reloadAll();
    // What the 250 ms poll does: apply a catalog change, and read every grant
    // again when the audit head shows changes not made here.
    void poll();
    // How often every grant was read (start-up included).
    int fullReads() const { return m_fullReads; }

private:
    void publish(std::shared_ptr<const DecisionSnapshot> snapshot);
    qint64 auditHead() const;

    Store *m_store;
    GrantRepository *m_grants;
    QList<StandingPermission> m_permissions;
    QList<Service> m_services;
    QHash<QString, QList<Grant>> m_active; // by service, in the store's list order
    qint64 m_catalogVersion = -1;
    qint64 m_grantsVersion = -1;      // audit head the snapshot is known to be current with
    qint64 m_changesSinceVersion = 0; // grant changes applied here since then
    QTimer m_poll;
    int m_fullReads = 0;
    mutable QMutex m_mutex; // guards m_snapshot (the pointer, not what it points to)
    std::shared_ptr<const DecisionSnapshot> m_snapshot;
};

} // namespace gatehouse::server
