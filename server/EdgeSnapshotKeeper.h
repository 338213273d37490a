#pragma once

#include "ServerConfig.h"
#include "StoreChange.h"
#include "authz/DecisionSnapshot.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QThread;

namespace gatehouse::server {

class ChangeNotifier;
class GrantRepository;
class Store;
struct EdgeSnapshotRead;

// Keeps the edge's DecisionSnapshot current and hands it to deciding threads.
//
// Lives on gatehoused's main thread (the one that owns the store). A grant
// change made here (GrantService::grantChanged, connected directly) swaps in
// a new snapshot before the change's API call returns, so once a revoke,
// deny or expiry is acknowledged no decision on this replica allows it. Only
// the changed service's rules are rebuilt; the rest is shared with the
// previous snapshot. catalogChanged() applies an API catalog change at once.
//
// Changes made by other replicas (PostgreSQL) arrive by push: every change
// NOTIFYs its audit sequence number and object (AuditLog), a ChangeNotifier
// LISTENs on a connection of its own. A grant announced in a final state
// (revoked, denied, expired, lapsed) is taken out on that listening thread
// without a read; for any other change the named grant alone is read again
// on the main thread and patched in. Every grant is read again only when a change may have
// been missed -- a gap in the sequence, a listening connection re-established,
// or the safety poll (every 5 s, one row read) finding a head no notification
// announced -- and that read runs on a thread of its own, never on the one
// that serves the API. With SQLite (one process) the audit head is polled
// every 250 ms instead.
class EdgeSnapshotKeeper : public QObject
{
    Q_OBJECT
public:
    EdgeSnapshotKeeper(Store *store, GrantRepository *grants,
                       const QList<StandingPermission> &permissions, QObject *parent = nullptr);
    ~EdgeSnapshotKeeper() override;

    // Reads catalog and active grants, starts listening (PostgreSQL) and
    // polling. False when the store could not be read (the snapshot is then
    // empty: everything denied).
    bool start();

    // Any thread: the snapshot to decide with. Never null.
    std::shared_ptr<const DecisionSnapshot> current() const;

    // Main thread.
    void grantChanged(const Grant &grant);
    void catalogChanged();
    // Reads every active grant again (and the catalog) here and swaps.
    bool reloadAll();
    // The same read on a thread of its own; swapped in when it is done.
    void reloadInBackground(const QString &why);
    void poll();
    // How often every grant was read (start-up included).
    int fullReads() const { return m_fullReads; }
    // True while other replicas' changes arrive by push (LISTEN in force).
    bool pushing() const { return m_pushing; }
    // True while a full read runs on its own thread.
    bool readingInBackground() const { return m_reload != nullptr; }

    static constexpr int kSqlitePollMs = 250;
    static constexpr int kSafetyPollMs = 5000;

private:
    void publish(std::shared_ptr<const DecisionSnapshot> snapshot);
    // Puts `grant` (any state) in place of what m_active held for it and
    // returns `base` with its service rebuilt.
    std::shared_ptr<const DecisionSnapshot> patched(const DecisionSnapshot &base,
                                                    const Grant &grant);
    // Reads one grant again and patches it in.
    void refreshGrant(const QString &id);
    // Takes a grant that reached a final state out, without reading it.
    // Any thread (the listening one calls it).
    void dropGrant(const QString &id);
    static bool isFinal(const StoreChange &change);
    void storeChanged(const StoreChange &change);
    void listening(bool again);
    // Swaps in a full read, with `touched` grants (changed while it ran) read
    // again and patched in first.
    void install(EdgeSnapshotRead read, const QSet<QString> &touched, bool catalogTouched);
    void installFromBackground(EdgeSnapshotRead read);
    void pollSqlite();

    Store *m_store;
    GrantRepository *m_grants;
    QList<StandingPermission> m_permissions;
    QList<Service> m_services;
    QHash<QString, QList<Grant>> m_active; // by service, in the store's list order
    QHash<QString, QString> m_serviceOf;   // active grant id -> its service
    qint64 m_catalogVersion = -1;
    QTimer m_poll;
    int m_fullReads = 0;

    // SQLite: the audit head the snapshot is known to be current with, and
    // the grant changes applied here since then.
    qint64 m_grantsVersion = -1;
    qint64 m_changesSinceVersion = 0;

    // PostgreSQL: the last change in the snapshot (by audit sequence number).
    std::unique_ptr<ChangeNotifier> m_notifier;
    bool m_pushing = false;
    qint64 m_seenSeq = -1;
    qint64 m_lastPollHead = -1;
    QThread *m_reload = nullptr; // the background read in flight, if any
    QString m_reloadAgain;       // why to read again once it is done

    // Guards what the listening thread's dropGrant shares with the main
    // thread: m_active, m_serviceOf, m_final, m_touched, m_catalogTouched,
    // m_readingAll, and the order of publish() calls.
    QMutex m_stateMutex;
    bool m_readingAll = false;
    QSet<QString> m_touched; // grants changed while it reads
    bool m_catalogTouched = false;
    QSet<QString> m_final; // grants announced final since the last full read

    mutable QMutex m_mutex; // guards m_snapshot (the pointer, not what it points to)
    std::shared_ptr<const DecisionSnapshot> m_snapshot;
};

} // namespace gatehouse::server
