#include "GrantRules.h"

#include "DurationText.h"

#include <QCoreApplication>

namespace gatehouse::grantrules {

namespace {

Error error(const QString &code, const QString &message, const QString &detail = {})
{
    return Error{code, message, detail};
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
            kOverCap,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Access to %1 can be granted for at most %2."))
                .arg(service.name, formatDuration(service.maxGrantDuration)),
            u"requested %1 ms"_qs.arg(startsAt.msecsTo(expiresAt)));
    return {};
}

// The actor would hold this grant: as the user, or as a member of the group.
bool benefits(const Grant &grant, const Principal &actor)
{
    return (grant.subjectKind == actor.kind && grant.subject == actor.subject) ||
           (grant.subjectKind == SubjectKind::Group && actor.groups.contains(grant.subject));
}

} // namespace

Result<GrantState> decideCreate(const Service &service, const GrantRequest &request,
                                const Principal &actor, const QDateTime &now)
{
    if (!request.expiresAt.isValid() || request.expiresAt <= request.startsAt)
        return error(kWindow, trRules(QT_TRANSLATE_NOOP("GrantRules",
                                                        "The grant must end after it starts.")));
    if (request.startsAt < now.addSecs(-60))
        return error(kWindow, trRules(QT_TRANSLATE_NOOP("GrantRules",
                                                        "The grant cannot start in the past.")));
    if (request.expiresAt <= now)
        return error(kWindow, trRules(QT_TRANSLATE_NOOP("GrantRules",
                                                        "The grant would already have expired.")));
    if (Error e = checkCap(service, request.startsAt, request.expiresAt); !e.isNull())
        return e;
    if (service.ticketRequired && request.ticket.isEmpty())
        return error(
            kTicketRequired,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Access to %1 needs a ticket reference."))
                .arg(service.name));

    // Granting to yourself, or to a group you are in, needs another owner.
    const bool forSelf =
        (request.subjectKind == SubjectKind::User && request.subject == actor.subject) ||
        (request.subjectKind == SubjectKind::Group && actor.groups.contains(request.subject));
    if (actor.isOwnerOf(service) && service.approval == ApprovalRule::None && !forSelf)
        return GrantState::Active;
    return GrantState::Pending;
}

Error checkReview(const Service &service, const Grant &grant, const Principal &actor)
{
    if (!actor.isOwnerOf(service))
        return error(
            kForbidden,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Only an owner of %1 can review this request."))
                .arg(service.name));
    if (grant.requestedBy == actor.subject)
        return error(kForbidden, trRules(QT_TRANSLATE_NOOP(
                                     "GrantRules", "Nobody can review their own request.")));
    if (benefits(grant, actor))
        return error(kForbidden,
                     trRules(QT_TRANSLATE_NOOP(
                         "GrantRules", "Nobody can review a request for their own access.")));
    if (grant.state != GrantState::Pending)
        return error(kConflict,
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
        return error(kRulesChanged,
                     trRules(QT_TRANSLATE_NOOP(
                                 "GrantRules",
                                 "This request no longer fits the rules of %1: access can now be "
                                 "granted for at most %2. Deny it and ask for a shorter one."))
                         .arg(service.name, formatDuration(service.maxGrantDuration)),
                     u"requested %1 ms"_qs.arg(grant.startsAt.msecsTo(grant.expiresAt)));
    if (service.ticketRequired && grant.ticket.trimmed().isEmpty())
        return error(kRulesChanged,
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
        return error(kForbidden,
                     trRules(QT_TRANSLATE_NOOP(
                                 "GrantRules",
                                 "Only an owner of %1 or the requester can revoke this grant."))
                         .arg(service.name));
    if (grant.state != GrantState::Active && grant.state != GrantState::Pending)
        return error(
            kConflict,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "This grant has already ended (it is %1)."))
                .arg(toString(grant.state)));
    return {};
}

Error checkExtend(const Service &service, const Grant &grant, const Principal &actor,
                  const QDateTime &newExpiry, const QDateTime &now)
{
    if (!actor.isOwnerOf(service) && !actor.admin)
        return error(
            kForbidden,
            trRules(QT_TRANSLATE_NOOP("GrantRules", "Only an owner of %1 can extend this grant."))
                .arg(service.name));
    if (benefits(grant, actor))
        return error(kForbidden, trRules(QT_TRANSLATE_NOOP("GrantRules",
                                                           "Nobody can extend their own access.")));
    if (grant.state != GrantState::Active || grant.expiresAt <= now)
        return error(kConflict, trRules(QT_TRANSLATE_NOOP(
                                    "GrantRules", "Only an active grant can be extended.")));
    if (!newExpiry.isValid() || newExpiry <= grant.expiresAt)
        return error(kWindow,
                     trRules(QT_TRANSLATE_NOOP("GrantRules",
                                               "The new end must be later than the current one.")));
    return checkCap(service, grant.startsAt, newExpiry);
}

} // namespace gatehouse::grantrules
