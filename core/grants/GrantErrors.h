#pragma once

#include "Error.h"

#include <QString>

#include <optional>

namespace gatehouse {

// Every error the grant API answers with, as a value. The wire string (the
// `error.code` of an API answer) and the request field an error concerns are
// written once, in the table in GrantErrors.cpp; server and console both go
// through it.
enum class GrantErrorCode {
    ValidationFailed, // validation_failed: fields of the body are invalid
    Forbidden,        // forbidden
    NotFound,         // not_found: no such grant, or one the caller may not see
    Conflict,         // conflict: the grant is not in a state that allows it
    UnknownService,   // grant.unknown_service
    OverCap,          // grant.over_cap: longer than the service allows
    Window,           // grant.window: ends before it starts, starts in the past…
    TicketRequired,   // grant.ticket_required
    RulesChanged,     // grant.rules_changed: a pending request no longer fits
    Malformed,        // grant.malformed: a grant or request that cannot be read
};

// "grant.over_cap" for OverCap, and so on.
[[nodiscard]] QString wireCode(GrantErrorCode code);
// The code of a wire string; nullopt for a code that is not a grant error.
[[nodiscard]] std::optional<GrantErrorCode> grantErrorCode(const QString &wire);
// The field of a grant request the error is about ("expires_at" for OverCap
// and Window, "ticket", "service"), or an empty string.
[[nodiscard]] QString requestField(GrantErrorCode code);

[[nodiscard]] Error grantError(GrantErrorCode code, const QString &message,
                               const QString &detail = {});
// Whether `error` carries this code.
[[nodiscard]] bool is(const Error &error, GrantErrorCode code);

} // namespace gatehouse
