#pragma once

#include <QString>

namespace gatehouse {

// Which token claims say who a person is, per issuer. Real identity providers
// make `sub` opaque (Okta "00u…", Google's numeric ids, Entra object ids), so
// owners and grant subjects written as "alice" or "alice@example.com" are
// matched on a claim chosen here instead.
struct ClaimMapping
{
    QString subjectClaim = u"sub"_qs; // a person's identifier: sub, email, preferred_username, oid…
    QString machineSubjectClaim = u"sub"_qs; // a service or agent's identifier (client credentials)
    QString groupsClaim = u"groups"_qs;      // groups or roles: a string array (or one string)
    QString nameClaim = u"name"_qs;          // shown to people, never matched
    QString emailClaim = u"email"_qs;        // shown to people, never matched
};

} // namespace gatehouse
