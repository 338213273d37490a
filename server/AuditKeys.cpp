#include "AuditKeys.h"

#include "AuditLog.h"
#include "SqlSupport.h"
#include "Store.h"
#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"

#include <QCoreApplication>

namespace gatehouse::server::auditkeys {

Result<QString> keyInForce(Store &store)
{
    AuditLog log(store.connectionName());
    const auto last = log.lastWithAction(keyrotation::kAction);
    if (!last)
        return last.error();
    if (!last->has_value())
        return QString();
    return last->value().objectId;
}

Result<AuditRecord> rotate(Store &store, const Ed25519Key &oldKey, const Ed25519Key &newKey,
                           const QString &actor)
{
    if (oldKey.fingerprint() == newKey.fingerprint())
        return Error{
            u"audit.rotate_same_key"_qs,
            QCoreApplication::translate("AuditKeys", "The new key is the key already in use."),
            {}};
    AuditLog log(store.connectionName());
    Result<AuditRecord> record = Error{};
    QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
    const Error e = sql::inTransaction(db, u"rotate audit key"_qs, [&]() -> Error {
        // Inside the transaction, so two rotations cannot both start from
        // the same key.
        const auto inForce = keyInForce(store);
        if (!inForce)
            return inForce.error();
        if (!inForce->isEmpty() && inForce.value() != oldKey.fingerprint())
            return Error{u"audit.rotate_wrong_key"_qs,
                         QCoreApplication::translate(
                             "AuditKeys",
                             "The configured signing key is not the key in force on the chain "
                             "(%1): it cannot hand over.")
                             .arg(inForce.value()),
                         oldKey.fingerprint()};
        const AuditLog::Entry entry{actor, keyrotation::kAction, keyrotation::kObjectType, {}, {},
                                    {}};
        record =
            log.appendInTransaction(entry, QDateTime::currentDateTimeUtc(),
                                    [&](AuditRecord &r) { keyrotation::fill(r, oldKey, newKey); });
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return e;
    return record;
}

} // namespace gatehouse::server::auditkeys
