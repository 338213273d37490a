#pragma once

#include "Result.h"
#include "Service.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace gatehouse::server {

// The control plane's database: SQLite (WAL) by default, PostgreSQL for HA,
// through one QtSql code path. Schema changes are versioned migrations that
// run in a transaction each, so a crash leaves the previous version intact.
// Migrations and catalog seeding hold a lock across processes (BEGIN
// IMMEDIATE; a PostgreSQL advisory lock), so replicas may start together.
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static Result<std::unique_ptr<Store>> open(const QString &url);

    QString driver() const; // "sqlite" or "postgresql"
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Replaces the services that came from configuration, atomically; a
    // change is recorded in the audit chain as "catalog.updated" by `actor`,
    // once, however many replicas load the same configuration at once.
    Error replaceConfiguredServices(const QList<Service> &services,
                                    const QString &actor = u"gatehoused"_qs);
    Result<QList<Service>> services() const;
    // Adds or replaces a service an admin manages through the API (never one
    // from configuration). Returns true when it was new.
    Result<bool> saveApiService(const Service &service, const QString &actor);
    // Removes an API-managed service that has no active or pending grant.
    Result<Service> deleteApiService(const QString &name, const QString &actor);
    bool ping() const;
    // Changes with every catalog change; -1 when the store cannot be read.
    qint64 catalogVersion() const;
    // The audit chain's head sequence number: every change to grants or the
    // catalog moves it. -1 when the store cannot be read.
    qint64 changeHead() const;
    // The same reads on another connection to this database (one a thread
    // opened with openThreadConnection).
    static Result<QList<Service>> readServices(const QString &connectionName);
    static qint64 readCatalogVersion(const QString &connectionName);
    static qint64 readChangeHead(const QString &connectionName);
    QString connectionName() const { return m_connectionName; }
    // Opens a connection named `name` to the same database for the calling
    // thread (QtSql connections belong to the thread that opened them),
    // configured like the store's own; closeThreadConnection removes it.
    [[nodiscard]] Error openThreadConnection(const QString &name) const;
    static void closeThreadConnection(const QString &name);

private:
    explicit Store(const QString &connectionName);
    static Error configure(const QString &connectionName);
    Error migrate();
    // replaceConfiguredServices' work, inside its locked transaction.
    Error replaceConfiguredServicesLocked(const QList<Service> &services, const QString &actor);

    QString m_connectionName;
};

} // namespace gatehouse::server
