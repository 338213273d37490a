#pragma once

#include "AuditLog.h"
#include "Result.h"
#include "grants/Grant.h"

#include <QSqlDatabase>

#include <functional>

namespace gatehouse::server {

// Grants in the store. Every change and its audit record commit together.
class GrantRepository
{
public:
    explicit GrantRepository(QString connectionName)
        : m_connection(connectionName)
        , m_audit(std::move(connectionName))
    {}

    struct Created
    {
        Grant grant;
        bool replayed = false; // an earlier request with the same idempotency key
    };

    // Inserts the grant unless (requested_by, idempotencyKey) exists: then the
    // existing grant is returned, or a conflict if the request differed.
    Result<Created> create(const Grant &grant, const QString &idempotencyKey,
                           const QString &requestHash, const QDateTime &now);

    Result<Grant> find(const QString &id) const;

    struct Filter
    {
        QList<GrantState> states; // empty: all
        QString service;
        int limit = 1000;
        // When set, only grants this caller may see: requested by or held by
        // `user`, held by one of `groups`, or on one of `ownedServices`.
        bool restricted = false;
        QString user;
        QString userKind = u"user"_qs;
        QStringList groups;
        QStringList ownedServices;
    };
    Result<QList<Grant>> list(const Filter &filter) const;

    // Changes one grant if it is in one of `from`; `change` edits it. The
    // update is conditional on the state read, so two replicas racing on the
    // same grant change it once and audit it once.
    using Change = std::function<Error(Grant &)>;
    Result<Grant> transition(const QString &id, const QList<GrantState> &from, const QString &actor,
                             const QString &action, const Change &change, const QDateTime &now);

    // Moves active grants past their expiry to expired and pending requests
    // past their review time to lapsed. Returns the grants this call changed.
    Result<QList<Grant>> reap(const QDateTime &now);

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    Error update(const Grant &grant, GrantState expectedState, bool *changed);

    QString m_connection;
    AuditLog m_audit;
};

} // namespace gatehouse::server
