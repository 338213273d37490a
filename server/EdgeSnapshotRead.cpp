#include "EdgeSnapshotRead.h"

#include "GrantRepository.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace gatehouse::server {

EdgeSnapshotRead EdgeSnapshotRead::read(const QString &connectionName,
                                        const QList<StandingPermission> &permissions)
{
    EdgeSnapshotRead out;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    // One view: the head read here is exactly what the grants read include.
    if (!db.transaction()) {
        out.error = u"begin: "_qs + db.lastError().text();
        return out;
    }
    if (db.driverName() == u"QPSQL") {
        QSqlQuery isolation(db);
        if (!isolation.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_qs)) {
            out.error = u"isolation: "_qs + isolation.lastError().text();
            db.rollback();
            return out;
        }
    }
    out.head = Store::readChangeHead(connectionName);
    out.catalogVersion = Store::readCatalogVersion(connectionName);
    const auto services = Store::readServices(connectionName);
    GrantRepository::Filter filter;
    filter.states = {GrantState::Active};
    filter.limit = std::numeric_limits<int>::max();
    const auto active = GrantRepository(connectionName).list(filter);
    db.commit(); // read only: nothing to keep or lose
    if (!services) {
        out.error = u"cannot read the catalog: "_qs + services.error().logText();
        return out;
    }
    if (!active) {
        out.error = u"cannot read grants: "_qs + active.error().logText();
        return out;
    }
    if (out.head < 0 || out.catalogVersion < 0) {
        out.error = u"cannot read the audit head or catalog version"_qs;
        return out;
    }
    out.services = services.value();
    out.grantCount = active->size();
    out.serviceOf.reserve(active->size());
    for (const Grant &g : active.value()) {
        out.active[g.service].append(g);
        out.serviceOf.insert(g.id, g.service);
    }
    out.snapshot = DecisionSnapshot::build(out.services, permissions, active.value());
    out.elapsedMs = timer.elapsed();
    return out;
}

EdgeSnapshotRead EdgeSnapshotRead::readOnOwnConnection(const Store &store,
                                                       const QList<StandingPermission> &permissions)
{
    const QString name =
        u"gatehouse-edge-read-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Error e = store.openThreadConnection(name); !e.isNull()) {
        EdgeSnapshotRead out;
        out.error = e.logText();
        return out;
    }
    EdgeSnapshotRead out = read(name, permissions);
    Store::closeThreadConnection(name);
    return out;
}

} // namespace gatehouse::server
