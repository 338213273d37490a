#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace gatehouse::server {

// One change committed to the shared store, as its NOTIFY announced it: the
// audit record's sequence number and what it changed. Every audit append on
// PostgreSQL sends one (AuditLog::appendInTransaction), in the change's own
// transaction, so it is delivered only on commit and in commit order.
struct StoreChange
{
    qint64 seq = 0;
    QString action;     // "grant.revoked", "catalog.service_saved", ...
    QString objectType; // "grant", "service", "catalog", ...
    QString objectId;

    static constexpr const char *kChannel = "gatehouse_changes";
    QByteArray toPayload() const;
    // False for a payload that is not ours (another writer on the channel).
    static bool fromPayload(const QByteArray &payload, StoreChange *out);
};

} // namespace gatehouse::server

Q_DECLARE_METATYPE(gatehouse::server::StoreChange)
