#include "GrantRules.h"

#include "DurationText.h"
#include "Holds.h"

#include <QCoreApplication>

namespace gatehouse::grantrules {

namespace {

using Code = GrantErrorCode;

Error error(Code code, const QString &message, const QString &detail = {})
{
    return grantError(code, message, detail);
}

QString trRules(const char *text)
{
    return QCoreApplication::translate("GrantRules", text);
}

// Exact to the millisecond: the cap plus 999 ms is over it.
bool overCap(const Service &service, const QDateTime &startsAt, const QDateTime &expiresAt)
{
    const std::chrono::milliseconds cap = service.maxGrantDuration;
    return startsAt.msecsTo(expiresAt) > cap.count();
}

Error checkCap(const Service &service, const QDateTime &startsAt, const QDateTime &expiresAt)
{
    if (overCap(service, startsAt, expiresAt))
        return error(
            Code::OverCap,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Access to %1 can be granted for at most %2."))
                .arg(service.name, formatDuration(service.maxGrantDuration)),
            u"requested %1 ms"_qs.arg(startsAt.msecsTo(expiresAt)));
    return {};
}

// The actor would hold this grant (Holds.h), whatever its state and window.
bool benefits(const Grant &grant, const Principal &actor)
{
    return names(grant.subjectKind, grant.subject, actor);
}

} // namespace

Result<CreateDecision> decideCreate(const Service &service, const GrantRequest &request,
                                    const Principal &actor, const QDateTime &now)
{
    if (!request.expiresAt.isValid() || request.expiresAt <= request.startsAt)
        return error(Code::Window, trRules(QT_TRANSLATE_NOOP(
                                       "GrantRules", "The grant must end after it starts.")));
    if (request.startsAt < now.addSecs(-60))
        return error(Code::Window, trRules(QT_TRANSLATE_NOOP(
                                       "GrantRules", "The grant cannot start in the past.")));
    if (request.expiresAt <= now)
        return error(Code::Window, trRules(QT_TRANSLATE_NOOP(
                                       "GrantRules", "The grant would already have expired.")));
    if (Error e = checkCap(service, request.startsAt, request.expiresAt); !e.isNull())
        return e;
    if (service.ticketRequired && request.ticket.isEmpty())
        return error(
            Code::TicketRequired,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Access to %1 needs a ticket reference."))
                .arg(service.name));

    // Granting to yourself, or to a group you are in, needs another owner.
    if (!actor.isOwnerOf(service))
        return CreateDecision{GrantState::Pending, CreateReason::NotOwner};
    if (names(request.subjectKind, request.subject, actor))
        return CreateDecision{GrantState::Pending, CreateReason::ForSelf};
    if (service.approval != ApprovalRule::None)
        return CreateDecision{GrantState::Pending, CreateReason::ApprovalRequired};
    return CreateDecision{GrantState::Active, CreateReason::OwnerGrants};
}

Error checkReview(const Service &service, const Grant &grant, const Principal &actor)
{
    if (!actor.isOwnerOf(service))
        return error(
            Code::Forbidden,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Only an owner of %1 can review this request."))
                .arg(service.name));
    if (grant.requestedBy == actor.subject)
        return error(Code::Forbidden, trRules(QT_TRANSLATE_NOOP(
                                          "GrantRules", "Nobody can review their own request.")));
    if (benefits(grant, actor))
        return error(Code::Forbidden,
                     trRules(QT_TRANSLATE_NOOP(
                         "GrantRules", "Nobody can review a request for their own access.")));
    if (grant.state != GrantState::Pending)
        return error(Code::Conflict,
                     trRules(QT_TRANSLATE_NOOP("GrantRules",
                                               "This request is no longer pending (it is %1)."))
                         .arg(toString(grant.state)));
    return {};
}

Error checkApprove(const Service &service, const Grant &grant, const Principal &actor)
{
    if (Error e = checkReview(service, grant, actor); !e.isNull())
        return e;
    // The service's rules may have changed since the request was made.
    if (overCap(service, grant.startsAt, grant.expiresAt))
        return error(Code::RulesChanged,
                     trRules(QT_TRANSLATE_NOOP(
                                 "GrantRules",
                                 "This request no longer fits the rules of %1: access can now be "
                                 "granted for at most %2. Deny it and ask for a shorter one."))
                         .arg(service.name, formatDuration(service.maxGrantDuration)),
                     u"requested %1 ms"_qs.arg(grant.startsAt.msecsTo(grant.expiresAt)));
    if (service.ticketRequired && grant.ticket.trimmed().isEmpty())
        return error(Code::RulesChanged,
                     trRules(QT_TRANSLATE_NOOP(
                                 "GrantRules",
                                 "This request no longer fits the rules of %1: access now needs a "
                                 "ticket reference. Deny it and ask for one with a ticket."))
                         .arg(service.name));
    return {};
}

Error checkRevoke(const Service &service, const Grant &grant, const Principal &actor)
{
    const bool allowed = actor.isOwnerOf(service) || actor.admin ||
                         (grant.requestedBy == actor.subject && actor.kind == SubjectKind::User);
    if (!allowed)
        return error(Code::Forbidden,
                     trRules(QT_TRANSLATE_NOOP(
                                 "GrantRules",
                                 "Only an owner of %1 or the requester can revoke this grant."))
                         .arg(service.name));
    if (grant.state != GrantState::Active && grant.state != GrantState::Pending)
        return error(
            Code::Conflict,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "This grant has already ended (it is %1)."))
                .arg(toString(grant.state)));
    return {};
}

Error checkExtend(const Service &service, const Grant &grant, const Principal &actor,
                  const QDateTime &newExpiry, const QDateTime &now)
{
    if (!actor.isOwnerOf(service) && !actor.admin)
        return error(
            Code::Forbidden,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Only an owner of %1 can extend this grant."))
                .arg(service.name));
    if (benefits(grant, actor))
        return error(Code::Forbidden, trRules(QT_TRANSLATE_NOOP(
                                          "GrantRules", "Nobody can extend their own access.")));
    if (grant.state != GrantState::Active || grant.expiresAt <= now)
        return error(Code::Conflict, trRules(QT_TRANSLATE_NOOP(
                                         "GrantRules", "Only an active grant can be extended.")));
    if (!newExpiry.isValid() || newExpiry <= grant.expiresAt)
        return error(Code::Window,
                     trRules(QT_TRANSLATE_NOOP("GrantRules",
                                               "The new end must be later than the current one.")));
    return checkCap(service, grant.startsAt, newExpiry);
}

} // namespace gatehouse::grantrules
