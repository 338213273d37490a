#pragma once

#include "Grant.h"
#include "GrantErrors.h"
#include "GrantRequest.h"
#include "Principal.h"
#include "Result.h"
#include "Service.h"

namespace gatehouse {

// The rules of the grant lifecycle, free of storage and transport so every
// rule has a data-driven test. Errors carry a GrantErrorCode (GrantErrors.h):
// Forbidden, Conflict, OverCap, Window, TicketRequired, RulesChanged.
namespace grantrules {

// Why a new grant starts in the state it does.
enum class CreateReason {
    OwnerGrants,      // active: an owner grants someone else on a service without approval
    NotOwner,         // pending: the caller does not own the service
    ForSelf,          // pending: the grant would name the caller (Holds.h), another owner decides
    ApprovalRequired, // pending: the service needs an owner's approval for every grant
};

struct CreateDecision
{
    GrantState state = GrantState::Pending;
    CreateReason reason = CreateReason::NotOwner;
};

// The state a new grant starts in, and why: active when an owner grants on a
// service without approval to someone other than themselves; pending
// otherwise. An error when the request breaks a rule of the service.
[[nodiscard]] Result<CreateDecision> decideCreate(const Service &service,
                                                  const GrantRequest &request,
                                                  const Principal &actor, const QDateTime &now);

// Approve or deny: another owner, never the requester, never the grantee.
[[nodiscard]] Error checkReview(const Service &service, const Grant &grant, const Principal &actor);

// Approve: checkReview, and the request must still fit the service's rules as
// they are now (its maximum duration and its ticket rule).
[[nodiscard]] Error checkApprove(const Service &service, const Grant &grant,
                                 const Principal &actor);

// Revoke (active) or withdraw (pending): owners, admins, or the requester.
[[nodiscard]] Error checkRevoke(const Service &service, const Grant &grant, const Principal &actor);

// Extend an active grant's expiry, within the service's maximum from starts_at.
[[nodiscard]] Error checkExtend(const Service &service, const Grant &grant, const Principal &actor,
                                const QDateTime &newExpiry, const QDateTime &now);

} // namespace grantrules
} // namespace gatehouse
