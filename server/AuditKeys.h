#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"

namespace gatehouse {
class Ed25519Key;
}

namespace gatehouse::server {

class Store;

// The audit signing key as the chain records it.
namespace auditkeys {

// The fingerprint the last key rotation handed over to, or empty when the
// chain has no rotation (then the first key is whichever the operator pinned).
Result<QString> keyInForce(Store &store);

// Appends the rotation record (signed by both keys) in one transaction.
// Refuses when `oldKey` is not the key in force.
Result<AuditRecord> rotate(Store &store, const Ed25519Key &oldKey, const Ed25519Key &newKey,
                           const QString &actor);

} // namespace auditkeys
} // namespace gatehouse::server
