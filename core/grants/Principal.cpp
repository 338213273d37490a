#include "Principal.h"

#include "JsonSupport.h"

#include <QCoreApplication>

namespace gatehouse {

namespace {

// A claim as an identifier: a non-blank string, or an integer (GitHub's ids).
QString identifierClaim(const QJsonObject &claims, const QString &name)
{
    const QJsonValue v = claims.value(name);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    return {};
}

} // namespace

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

Result<Principal> principalFromClaims(const QJsonObject &claims, const ClaimMapping &mapping)
{
    Principal p;
    const QString kind = claims.value(u"gatehouse_subject_kind").toString();
    if (!kind.isEmpty() && !parseSubjectKind(kind, &p.kind))
        p.kind = SubjectKind::User;
    if (p.kind == SubjectKind::Group)
        p.kind = SubjectKind::User; // a token always names one caller
    const QString &claim =
        p.kind == SubjectKind::User ? mapping.subjectClaim : mapping.machineSubjectClaim;
    p.subject = identifierClaim(claims, claim);
    if (p.subject.isEmpty())
        return Error{principalcheck::kMissingIdentityClaim,
                     QCoreApplication::translate("Principal",
                                                 "The token has no '%1' claim, which this server "
                                                 "identifies callers by; ask the identity "
                                                 "provider's administrator to include it.")
                         .arg(claim),
                     u"no '%1' claim"_qs.arg(claim)};
    p.displayName = claims.value(mapping.nameClaim).toString();
    if (p.displayName.isEmpty())
        p.displayName = claims.value(u"preferred_username").toString();
    p.email = claims.value(mapping.emailClaim).toString();
    p.groups = jsonStrings(claims.value(mapping.groupsClaim));
    return p;
}

} // namespace gatehouse
