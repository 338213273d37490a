#pragma once

#include "Grant.h"
#include "Result.h"
#include "Service.h"
#include "identity/ClaimMapping.h"

#include <QDateTime>
#include <QJsonObject>
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

namespace principalcheck {
// The claim the issuer's mapping identifies callers by is missing or empty.
inline const QString kMissingIdentityClaim = u"token.identity_claim"_qs;
} // namespace principalcheck

// The caller named by verified token claims, read with the issuer's claim
// mapping. A token without the configured identity claim names nobody and is
// refused; roles (auditor, on-call, admin) are left for the caller to set.
[[nodiscard]] Result<Principal> principalFromClaims(const QJsonObject &claims,
                                                    const ClaimMapping &mapping);

} // namespace gatehouse
