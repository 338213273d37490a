#include "Holds.h"

namespace gatehouse {

bool names(SubjectKind kind, const QString &subject, const Principal &who)
{
    if (kind == SubjectKind::Group)
        return who.groups.contains(subject);
    return kind == who.kind && subject == who.subject;
}

bool inWindow(const QDateTime &startsAt, const QDateTime &expiresAt, const QDateTime &now)
{
    // As the edge's snapshot reads it: no start means from the beginning, no
    // end means never in force.
    return (!startsAt.isValid() || startsAt <= now) && expiresAt.isValid() && now < expiresAt;
}

bool inWindow(const Grant &grant, const QDateTime &now)
{
    return inWindow(grant.startsAt, grant.expiresAt, now);
}

bool Grant::isEffective(const QDateTime &now) const
{
    return state == GrantState::Active && inWindow(*this, now);
}

bool holds(const Principal &who, const Grant &grant, const QDateTime &now)
{
    return grant.isEffective(now) && names(grant.subjectKind, grant.subject, who);
}

} // namespace gatehouse
