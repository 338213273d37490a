#include "Principal.h"

namespace gatehouse {

bool Principal::isOwnerOf(const Service &service) const
{
    if (kind != SubjectKind::User)
        return false;
    for (const QString &owner : service.owners) {
        if (owner.startsWith(u"group:")) {
            if (groups.contains(owner.mid(6)))
                return true;
        } else if (owner == subject) {
            return true;
        }
    }
    return false;
}

} // namespace gatehouse
