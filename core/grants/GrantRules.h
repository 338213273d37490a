#pragma once

#include "Grant.h"
#include "GrantRequest.h"
#include "Principal.h"
#include "Result.h"
#include "Service.h"

namespace gatehouse {

// The rules of the grant lifecycle, free of storage and transport so every
// rule has a data-driven test. Error codes: "forbidden", "conflict",
// "grant.*" (the request breaks a rule of the service).
namespace grantrules {

inline const QString kForbidden = u"forbidden"_qs;
inline const QString kConflict = u"conflict"_qs;
inline const QString kOverCap = u"grant.over_cap"_qs;
inline const QString kWindow = u"grant.window"_qs;
inline const QString kTicketRequired = u"grant.ticket_required"_qs;
// A pending request no longer fits the service's rules (they changed since).
inline const QString kRulesChanged = u"grant.rules_changed"_qs;

// The state a new grant starts in: active when an owner grants on a service
// without approval to someone other than themselves; pending otherwise.
Result<GrantState> decideCreate(const Service &service, const GrantRequest &request,
                                const Principal &actor, const QDateTime &now);

// Approve or deny: another owner, never the requester, never the grantee.
Error checkReview(const Service &service, const Grant &grant, const Principal &actor);

// Approve: checkReview, and the request must still fit the service's rules as
// they are now (its maximum duration and its ticket rule).
Error checkApprove(const Service &service, const Grant &grant, const Principal &actor);

// Revoke (active) or withdraw (pending): owners, admins, or the requester.
Error checkRevoke(const Service &service, const Grant &grant, const Principal &actor);

// Extend an active grant's expiry, within the service's maximum from starts_at.
Error checkExtend(const Service &service, const Grant &grant, const Principal &actor,
                  const QDateTime &newExpiry, const QDateTime &now);

} // namespace grantrules
} // namespace gatehouse
