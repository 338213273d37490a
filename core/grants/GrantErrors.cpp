#include "GrantErrors.h"

#include <array>

namespace gatehouse {

namespace {

struct Row
{
    GrantErrorCode code;
    const char16_t *wire;
    const char16_t *field; // the request field it concerns
};

constexpr std::array<Row, 10> kTable{{
    {GrantErrorCode::ValidationFailed, u"validation_failed", u""},
    {GrantErrorCode::Forbidden, u"forbidden", u""},
    {GrantErrorCode::NotFound, u"not_found", u""},
    {GrantErrorCode::Conflict, u"conflict", u""},
    {GrantErrorCode::UnknownService, u"grant.unknown_service", u"service"},
    {GrantErrorCode::OverCap, u"grant.over_cap", u"expires_at"},
    {GrantErrorCode::Window, u"grant.window", u"expires_at"},
    {GrantErrorCode::TicketRequired, u"grant.ticket_required", u"ticket"},
    {GrantErrorCode::RulesChanged, u"grant.rules_changed", u""},
    {GrantErrorCode::Malformed, u"grant.malformed", u""},
}};

const Row &row(GrantErrorCode code)
{
    for (const Row &r : kTable) {
        if (r.code == code)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

QString wireCode(GrantErrorCode code)
{
    return QString::fromUtf16(row(code).wire);
}

std::optional<GrantErrorCode> grantErrorCode(const QString &wire)
{
    for (const Row &r : kTable) {
        if (wire == QStringView(r.wire))
            return r.code;
    }
    return std::nullopt;
}

QString requestField(GrantErrorCode code)
{
    return QString::fromUtf16(row(code).field);
}

Error grantError(GrantErrorCode code, const QString &message, const QString &detail)
{
    return Error{wireCode(code), message, detail};
}

bool is(const Error &error, GrantErrorCode code)
{
    return error.code == QStringView(row(code).wire);
}

} // namespace gatehouse
