#include "Store.h"

#include "AuditLog.h"
#include "EdgeHost.h"
#include "Logging.h"
#include "Migrations.h"
#include "ServerLogging.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace gatehouse::server {

using sql::exec;
using sql::inTransaction;
using sql::storeError;

namespace {

// A service's hosts in their one spelling: what clash checks compare.
QStringList normalisedHosts(const Service &s)
{
    QStringList out;
    for (const QString &host : s.edgeHosts) {
        const QString one = normalisedEdgeHost(host);
        if (!one.isEmpty() && !out.contains(one))
            out.append(one);
    }
    return out;
}

Error insertService(QSqlDatabase db, const Service &s)
{
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO services (name, team, description, mesh, kuma_service, "
                   "max_grant_seconds, approval, ticket_required, sensitivity, source) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    insert.addBindValue(s.name);
    insert.addBindValue(s.team);
    insert.addBindValue(sql::text(s.description));
    insert.addBindValue(s.mesh);
    insert.addBindValue(s.meshService);
    insert.addBindValue(qint64(s.maxGrantDuration.count()));
    insert.addBindValue(toString(s.approval));
    insert.addBindValue(s.ticketRequired);
    insert.addBindValue(toString(s.sensitivity));
    insert.addBindValue(s.source);
    if (Error e = exec(insert, u"insert service "_qs + s.name); !e.isNull())
        return e;
    for (const QString &host : normalisedHosts(s)) {
        QSqlQuery h(db);
        h.prepare(u"INSERT INTO service_hosts (service, host) VALUES (?, ?)"_qs);
        h.addBindValue(s.name);
        h.addBindValue(host);
        if (Error e = exec(h, u"insert host "_qs + host); !e.isNull())
            return e;
    }
    for (const QString &owner : s.owners) {
        QSqlQuery o(db);
        o.prepare(u"INSERT INTO service_owners (service, owner) VALUES (?, ?)"_qs);
        o.addBindValue(s.name);
        o.addBindValue(owner);
        if (Error e = exec(o, u"insert owner "_qs + owner); !e.isNull())
            return e;
    }
    return {};
}

Error deleteService(QSqlDatabase db, const QString &name)
{
    // Hosts and owners go with it (ON DELETE CASCADE, enforced on both drivers).
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM services WHERE name = ?"_qs);
    q.addBindValue(name);
    return exec(q, u"delete service "_qs + name);
}

// Every catalog change bumps this in its transaction; replicas compare it to
// know when to reload.
Error bumpCatalogVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE catalog_state SET version = version + 1 WHERE id = 1"_qs);
    return exec(q, u"bump catalog version"_qs);
}

// The advisory lock (PostgreSQL) that serialises migrations and catalog
// seeding across replicas.
constexpr qint64 kStartupLock = 4711001;

Error conflict(const QString &message)
{
    return Error{u"conflict"_qs, message, {}};
}

} // namespace

Store::Store(const QString &connectionName)
    : m_connectionName(connectionName)
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &url)
{
    const QString name =
        u"gatehouse-store-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(name));
    if (url.startsWith(u"sqlite:")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(url.mid(7));
    } else if (url.startsWith(u"postgresql://")) {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
    } else {
        return Error{u"store.url"_qs,
                     QCoreApplication::translate("Store", "Unknown database URL scheme."), url};
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.open())
        return storeError(u"open"_qs, db.lastError());
    if (Error e = configure(name); !e.isNull())
        return e;
    if (Error e = store->migrate(); !e.isNull())
        return e;
    qCInfo(lcStore) << "store open:" << store->driver() << "schema" << store->schemaVersion();
    return store;
}

QString Store::driver() const
{
    return QSqlDatabase::database(m_connectionName, false).driverName() == u"QPSQL"
               ? u"postgresql"_qs
               : u"sqlite"_qs;
}

Error Store::openThreadConnection(const QString &name) const
{
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return storeError(u"open"_qs, error);
        }
    }
    if (Error e = configure(name); !e.isNull()) {
        closeThreadConnection(name);
        return e;
    }
    return {};
}

void Store::closeThreadConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error Store::configure(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (db.driverName() != u"QSQLITE")
        return {};
    // WAL for concurrent readers; FULL sync so an acknowledged write survives a
    // power cut; foreign keys are off by default in SQLite.
    for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_qs, u"PRAGMA synchronous=FULL"_qs,
                               u"PRAGMA foreign_keys=ON"_qs, u"PRAGMA busy_timeout=5000"_qs}) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return storeError(pragma, query.lastError());
    }
    QSqlQuery mode(db);
    if (mode.exec(u"PRAGMA journal_mode"_qs) && mode.next() && mode.value(0).toString() != u"wal")
        qCWarning(lcStore) << "SQLite did not switch to WAL; journal mode is"
                           << mode.value(0).toString();
    return {};
}

int Store::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Store::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT MAX(version) FROM schema_migrations"_qs) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Error Store::migrate()
{
    // Replicas starting together on one database migrate one at a time: each
    // step holds the store's start-up lock and re-reads the version under it,
    // so a migration another replica applied meanwhile is skipped, not re-run.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (schemaVersion() == latestSchemaVersion())
        return {}; // the usual start: nothing to do, no lock to take
    Error e = sql::inExclusiveTransaction(db, kStartupLock, u"schema_migrations"_qs, [&]() {
        QSqlQuery create(db);
        if (!create.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                         "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"_qs))
            return storeError(u"create schema_migrations"_qs, create.lastError());
        return Error();
    });
    if (!e.isNull())
        return e;
    for (const Migration &m : migrations()) {
        bool applied = false;
        e = sql::inExclusiveTransaction(
            db, kStartupLock, u"migration %1"_qs.arg(m.version), [&]() -> Error {
                const int current = schemaVersion();
                if (current > latestSchemaVersion())
                    return Error{
                        u"store.too_new"_qs,
                        QCoreApplication::translate(
                            "Store", "The database was written by a newer version of gatehoused."),
                        u"schema %1 > %2"_qs.arg(current).arg(latestSchemaVersion())};
                if (m.version <= current)
                    return {};
                for (const QString &statement : m.statements) {
                    QSqlQuery query(db);
                    if (!query.exec(statement))
                        return storeError(u"migration %1"_qs.arg(m.version), query.lastError());
                }
                QSqlQuery record(db);
                record.prepare(u"INSERT INTO schema_migrations (version, description, applied_at) "
                               "VALUES (?, ?, ?)"_qs);
                record.addBindValue(m.version);
                record.addBindValue(QString::fromUtf8(m.description));
                record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                applied = true;
                return exec(record, u"record migration"_qs);
            });
        if (!e.isNull())
            return e;
        if (applied)
            qCInfo(lcStore) << "applied migration" << m.version << m.description;
    }
    return {};
}

Error Store::replaceConfiguredServices(const QList<Service> &services, const QString &actor)
{
    // Under the start-up lock, the catalog is read and replaced in one
    // transaction: of replicas starting together with the same configuration,
    // the first records the change and the others find nothing to do.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return sql::inExclusiveTransaction(db, kStartupLock, u"replace catalog"_qs, [&]() {
        return replaceConfiguredServicesLocked(services, actor);
    });
}

Error Store::replaceConfiguredServicesLocked(const QList<Service> &services, const QString &actor)
{
    const auto current = this->services();
    if (!current)
        return current.error();
    QJsonArray before;
    QStringList configuredNames;
    for (const Service &s : services)
        configuredNames.append(s.name);
    QStringList configuredHosts;
    for (const Service &s : services)
        configuredHosts.append(normalisedHosts(s));
    // Configuration wins over a service an admin added under the same name or
    // on one of the same edge hosts: that service is removed, on record.
    QStringList displaced;
    for (const Service &s : current.value()) {
        const QStringList hosts = normalisedHosts(s);
        const bool clashes = std::any_of(hosts.begin(), hosts.end(), [&](const QString &h) {
            return configuredHosts.contains(h);
        });
        if (s.source == u"api" && !configuredNames.contains(s.name) && clashes)
            displaced.append(s.name);
        if (s.source == u"config" || configuredNames.contains(s.name) || displaced.contains(s.name))
            before.append(s.toJson());
    }
    QList<Service> sorted = services;
    std::sort(sorted.begin(), sorted.end(),
              [](const Service &a, const Service &b) { return a.name < b.name; });
    QJsonArray after;
    for (Service s : sorted) {
        s.source = u"config"_qs;
        s.edgeHosts = normalisedHosts(s);
        std::sort(s.edgeHosts.begin(), s.edgeHosts.end());
        std::sort(s.owners.begin(), s.owners.end());
        after.append(s.toJson());
    }
    if (before == after)
        return {};

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery wipe(db);
        wipe.prepare(u"DELETE FROM services WHERE source = 'config'"_qs);
        if (Error e = exec(wipe, u"clear catalog"_qs); !e.isNull())
            return e;
        for (const QString &name : std::as_const(configuredNames)) {
            if (Error e = deleteService(db, name); !e.isNull())
                return e;
        }
        for (const QString &name : std::as_const(displaced)) {
            if (Error e = deleteService(db, name); !e.isNull())
                return e;
        }
        if (Error e = bumpCatalogVersion(db); !e.isNull())
            return e;
        for (const Service &s : services) {
            Service configured = s;
            configured.source = u"config"_qs;
            if (Error e = insertService(db, configured); !e.isNull())
                return e;
        }
        AuditLog audit(m_connectionName);
        const auto record = audit.appendInTransaction(
            {actor, u"catalog.updated"_qs, u"catalog"_qs, u"services"_qs, before, after},
            QDateTime::currentDateTimeUtc());
        return record ? Error() : record.error();
    }
}

Result<QList<Service>> Store::services() const
{
    return readServices(m_connectionName);
}

Result<QList<Service>> Store::readServices(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT name, team, description, mesh, kuma_service, max_grant_seconds, "
                "approval, ticket_required, sensitivity, source FROM services ORDER BY name"_qs))
        return storeError(u"list services"_qs, q.lastError());
    QList<Service> out;
    while (q.next()) {
        Service s;
        s.name = q.value(0).toString();
        s.team = q.value(1).toString();
        s.description = q.value(2).toString();
        s.mesh = q.value(3).toString();
        s.meshService = q.value(4).toString();
        s.maxGrantDuration = std::chrono::seconds(q.value(5).toLongLong());
        parseApprovalRule(q.value(6).toString(), &s.approval);
        s.ticketRequired = q.value(7).toBool();
        parseSensitivity(q.value(8).toString(), &s.sensitivity);
        s.source = q.value(9).toString();
        out.append(s);
    }
    // Hosts and owners of every service in two queries, not two per service.
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out.at(i).name, i);
    const struct
    {
        QString sql;
        QStringList Service::*list;
    } parts[] = {
        {u"SELECT service, host FROM service_hosts ORDER BY service, host"_qs, &Service::edgeHosts},
        {u"SELECT service, owner FROM service_owners ORDER BY service, owner"_qs,
         &Service::owners}};
    for (const auto &part : parts) {
        QSqlQuery r(db);
        if (!r.exec(part.sql))
            return storeError(u"list services"_qs, r.lastError());
        while (r.next()) {
            const auto it = index.constFind(r.value(0).toString());
            if (it != index.cend())
                (out[*it].*part.list).append(r.value(1).toString());
        }
    }
    return out;
}

Result<bool> Store::saveApiService(const Service &service, const QString &actor)
{
    const auto current = services();
    if (!current)
        return current.error();
    std::optional<Service> before;
    const QStringList wanted = normalisedHosts(service);
    for (const Service &s : current.value()) {
        if (s.name == service.name)
            before = s;
        // Compared in their one spelling: "payments.localhost:1" is payments' host.
        if (s.name == service.name)
            continue;
        for (const QString &host : normalisedHosts(s)) {
            if (wanted.contains(host))
                return conflict(QCoreApplication::translate("Store", "Edge host %1 belongs to %2.")
                                    .arg(host, s.name));
        }
    }
    if (before && before->source != u"api")
        return conflict(
            QCoreApplication::translate(
                "Store", "%1 is defined in gatehoused's configuration; change it there.")
                .arg(service.name));
    Service saved = service;
    saved.source = u"api"_qs;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Error e = inTransaction(db, u"save service"_qs, [&]() -> Error {
        if (before) {
            if (Error e = deleteService(db, service.name); !e.isNull())
                return e;
        }
        if (Error e = insertService(db, saved); !e.isNull())
            return e;
        if (Error e = bumpCatalogVersion(db); !e.isNull())
            return e;
        const auto record =
            AuditLog(m_connectionName)
                .appendInTransaction(
                    {actor, u"catalog.service_saved"_qs, u"service"_qs, service.name,
                     before ? QJsonValue(before->toJson()) : QJsonValue(QJsonValue::Null),
                     saved.toJson()},
                    QDateTime::currentDateTimeUtc());
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return e;
    return !before.has_value();
}

Result<Service> Store::deleteApiService(const QString &name, const QString &actor)
{
    const auto current = services();
    if (!current)
        return current.error();
    const auto it = std::find_if(current->begin(), current->end(),
                                 [&](const Service &s) { return s.name == name; });
    if (it == current->end())
        return Error{
            u"not_found"_qs,
            QCoreApplication::translate("Store", "There is no service named %1.").arg(name),
            {}};
    if (it->source != u"api")
        return conflict(
            QCoreApplication::translate(
                "Store", "%1 is defined in gatehoused's configuration; change it there.")
                .arg(name));
    const Service removed = *it;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Error e = inTransaction(db, u"delete service"_qs, [&]() -> Error {
        QSqlQuery open(db);
        open.prepare(u"SELECT COUNT(*) FROM grants WHERE service = ? AND state IN "
                     "('active', 'pending')"_qs);
        open.addBindValue(name);
        if (Error e = exec(open, u"count open grants"_qs); !e.isNull())
            return e;
        if (open.next() && open.value(0).toLongLong() > 0)
            return conflict(QCoreApplication::translate(
                                "Store", "%1 still has %2 active or pending grants; revoke them "
                                         "first.")
                                .arg(name)
                                .arg(open.value(0).toLongLong()));
        if (Error e = deleteService(db, name); !e.isNull())
            return e;
        if (Error e = bumpCatalogVersion(db); !e.isNull())
            return e;
        const auto record =
            AuditLog(m_connectionName)
                .appendInTransaction({actor, u"catalog.service_deleted"_qs, u"service"_qs, name,
                                      removed.toJson(), QJsonValue(QJsonValue::Null)},
                                     QDateTime::currentDateTimeUtc());
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return e;
    return removed;
}

qint64 Store::catalogVersion() const
{
    return readCatalogVersion(m_connectionName);
}

qint64 Store::readCatalogVersion(const QString &connectionName)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(u"SELECT version FROM catalog_state WHERE id = 1"_qs) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 Store::changeHead() const
{
    return readChangeHead(m_connectionName);
}

qint64 Store::readChangeHead(const QString &connectionName)
{
    // One row, read by its key: cheap enough for a poll.
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    if (!q.exec(u"SELECT seq FROM audit_head WHERE id = 1"_qs) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Store::ping() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(u"SELECT 1"_qs) && q.next();
}

} // namespace gatehouse::server
