#pragma once

#include "Grant.h"

#include <QJsonObject>
#include <QList>

#include <chrono>
#include <optional>

namespace gatehouse {

// A request to create a grant, as parsed strictly from the API: unknown
// fields, wrong types, overlong strings, and control, bidirectional or
// invisible characters in the subject, reason or ticket (InputText.h) are
// refused with the field named.
struct GrantRequest
{
    SubjectKind subjectKind = SubjectKind::User;
    QString subject;
    QString service;
    QStringList methods{u"GET"_qs, u"HEAD"_qs};
    QStringList pathPrefixes{u"/"_qs};
    QDateTime startsAt; // invalid: now
    QDateTime expiresAt;
    std::optional<std::chrono::seconds> duration; // instead of expiresAt
    QString reason;
    QString ticket;

    static std::variant<GrantRequest, QList<FieldError>> parse(const QJsonObject &body);
    // The body of `POST /v1/grants`, as parse() reads it: `duration` when
    // set (in seconds), `expires_at` otherwise; `starts_at` when set; no
    // `ticket` when empty.
    QJsonObject toJson() const;
    bool operator==(const GrantRequest &) const = default;
    // Fills startsAt (now when unset) and expiresAt (from duration).
    void resolveTimes(const QDateTime &now);
};

// Shared limits, also used by the extend and deny/revoke bodies.
namespace limits {
inline constexpr int kSubject = 200;
inline constexpr int kReason = 500;
inline constexpr int kTicket = 100;
inline constexpr int kPathPrefix = 256;
inline constexpr int kListItems = 16;
} // namespace limits

bool isValidMethod(const QString &method);
bool isValidPathPrefix(const QString &prefix);

} // namespace gatehouse
