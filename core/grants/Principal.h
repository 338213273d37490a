#pragma once

#include "Grant.h"
#include "Service.h"

#include <QDateTime>
#include <QStringList>

namespace gatehouse {

// Who is calling, as established from a verified access token.
struct Principal
{
    QString subject;
    SubjectKind kind = SubjectKind::User;
    QString displayName;
    QString email;
    QStringList groups;
    bool auditor = false;
    bool oncall = false;
    bool admin = false;
    QDateTime tokenExpiresAt; // when the credential it came from stops being valid

    bool isOwnerOf(const Service &service) const;
    // Auditors, on-call engineers and admins see every grant.
    bool seesAllGrants() const { return auditor || oncall || admin; }
};

} // namespace gatehouse
