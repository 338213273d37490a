#pragma once

#include "audit/AuditRecord.h"

#include <QString>

namespace gatehouse {

// What a person reads in one audit record, beside its raw before/after: whom
// it is about, on which service, which grant, and why. Derived from the
// record's object and JSON, so it works for every record kind the chain holds
// (grants, catalog changes, exports, key rotations).
struct AuditFields
{
    QString subject; // the grant's subject, else the object ("service payments")
    QString service; // the grant's service, or the service changed
    QString grant;   // the grant id, for grant records
    QString reason;  // the grant's reason, an export's purpose

    static AuditFields of(const AuditRecord &record);
};

// One line for what changed between before and after ("state: pending →
// active; approved_by: alice"), the fields that differ, in key order.
QString auditChangeSummary(const AuditRecord &record);

} // namespace gatehouse
