#pragma once

#include "Grant.h"
#include "Principal.h"

#include <QDateTime>
#include <QString>

namespace gatehouse {

// The one rule of "does this principal hold this grant". Every place that
// asks — the edge decision, the lifecycle rules, who may see a grant, the
// grant dialog's preview, desktop warnings, the graph — asks here (the
// store's visibility filter says the same in SQL; a test holds them to the
// same table of cases).

// Whom a subject names: a group names every principal in that group; a user,
// service or agent names the principal of that kind with that identifier.
// Exact and case-sensitive, as the identity provider spells it.
[[nodiscard]] bool names(SubjectKind kind, const QString &subject, const Principal &who);

// The grant's window contains `now`: starts_at <= now < expires_at. A grant
// ends at the millisecond of expires_at (the reaper expires it at that time).
[[nodiscard]] bool inWindow(const Grant &grant, const QDateTime &now);
[[nodiscard]] bool inWindow(const QDateTime &startsAt, const QDateTime &expiresAt,
                            const QDateTime &now);

// The principal holds the grant at `now`: it is active, inside its window,
// and it names the principal.
[[nodiscard]] bool holds(const Principal &who, const Grant &grant, const QDateTime &now);

} // namespace gatehouse
