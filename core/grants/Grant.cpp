#include "Grant.h"

#include "GrantErrors.h"
#include "JsonSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse {

namespace {
const QStringList kKinds{u"user"_qs, u"group"_qs, u"service"_qs, u"agent"_qs};
const QStringList kStates{u"pending"_qs, u"active"_qs,  u"denied"_qs,
                          u"revoked"_qs, u"expired"_qs, u"lapsed"_qs};

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString toString(SubjectKind kind)
{
    return kKinds.at(int(kind));
}

QString toString(GrantState state)
{
    return kStates.at(int(state));
}

bool parseSubjectKind(const QString &text, SubjectKind *out)
{
    const auto i = kKinds.indexOf(text);
    if (i < 0)
        return false;
    *out = SubjectKind(i);
    return true;
}

bool parseGrantState(const QString &text, GrantState *out)
{
    const auto i = kStates.indexOf(text);
    if (i < 0)
        return false;
    *out = GrantState(i);
    return true;
}

namespace {
const QStringList kMeshStates{u"pending"_qs, u"applied"_qs, u"failed"_qs};
} // namespace

QString toString(GrantMeshState::State state)
{
    return kMeshStates.at(int(state));
}

QJsonObject GrantMeshState::toJson() const
{
    return {{u"state"_qs, toString(state)},
            {u"error"_qs, stringOrNull(error)},
            {u"since"_qs, timeOrNull(since)},
            {u"next_attempt_at"_qs, timeOrNull(nextAttempt)},
            {u"attempts"_qs, attempts}};
}

std::optional<GrantMeshState> GrantMeshState::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const auto i = kMeshStates.indexOf(o.value(u"state").toString());
    if (!value.isObject() || i < 0)
        return std::nullopt;
    GrantMeshState m;
    m.state = State(i);
    m.error = o.value(u"error").toString();
    m.since = parseTime(o.value(u"since").toString());
    m.nextAttempt = parseTime(o.value(u"next_attempt_at").toString());
    m.attempts = o.value(u"attempts").toInt();
    return m;
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    // RFC 3339: date, 'T', time, optional fraction, and an explicit offset; in
    // ASCII digits (\d would take any script's digits).
    static const QRegularExpression re(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
        "(Z|[+-][0-9]{2}:[0-9]{2})$"_qs);
    if (!re.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject Grant::toJson() const
{
    return {
        {u"id"_qs, id},
        {u"subject_kind"_qs, toString(subjectKind)},
        {u"subject"_qs, subject},
        {u"service"_qs, service},
        {u"methods"_qs, QJsonArray::fromStringList(methods)},
        {u"path_prefixes"_qs, QJsonArray::fromStringList(pathPrefixes)},
        {u"starts_at"_qs, timeOrNull(startsAt)},
        {u"expires_at"_qs, timeOrNull(expiresAt)},
        {u"reason"_qs, reason},
        {u"ticket"_qs, stringOrNull(ticket)},
        {u"requested_by"_qs, requestedBy},
        {u"approved_by"_qs, stringOrNull(approvedBy)},
        {u"state"_qs, toString(state)},
        {u"created_at"_qs, timeOrNull(createdAt)},
        {u"review_by"_qs, timeOrNull(reviewBy)},
        {u"decided_at"_qs, timeOrNull(decidedAt)},
        {u"decided_by"_qs, stringOrNull(decidedBy)},
        {u"revoked_at"_qs, timeOrNull(revokedAt)},
        {u"revoked_by"_qs, stringOrNull(revokedBy)},
        {u"mesh"_qs, mesh ? QJsonValue(mesh->toJson()) : QJsonValue(QJsonValue::Null)},
    };
}

namespace {
// A non-empty array of strings, as Grant::toJson writes methods and prefixes.
bool isStringList(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return v.isArray() && !a.isEmpty() &&
           std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
}
} // namespace

Result<Grant> Grant::fromJson(const QJsonObject &o)
{
    Grant g;
    g.id = o.value(u"id").toString();
    g.subject = o.value(u"subject").toString();
    g.service = o.value(u"service").toString();
    g.methods = jsonStrings(o.value(u"methods"));
    g.pathPrefixes = jsonStrings(o.value(u"path_prefixes"));
    g.startsAt = parseTime(o.value(u"starts_at").toString());
    g.expiresAt = parseTime(o.value(u"expires_at").toString());
    g.reason = o.value(u"reason").toString();
    g.ticket = o.value(u"ticket").toString();
    g.requestedBy = o.value(u"requested_by").toString();
    g.approvedBy = o.value(u"approved_by").toString();
    g.createdAt = parseTime(o.value(u"created_at").toString());
    g.reviewBy = parseTime(o.value(u"review_by").toString());
    g.decidedAt = parseTime(o.value(u"decided_at").toString());
    g.decidedBy = o.value(u"decided_by").toString();
    g.revokedAt = parseTime(o.value(u"revoked_at").toString());
    g.revokedBy = o.value(u"revoked_by").toString();
    g.mesh = GrantMeshState::fromJson(o.value(u"mesh"));
    // Strict: an unknown kind or state, or a missing id, subject, service or
    // time refuses the grant (never a default). The mesh state is advice about
    // the grant, not the grant: one this console does not know reads as none.
    QString problem;
    if (g.id.isEmpty())
        problem = u"no id"_qs;
    else if (!parseSubjectKind(o.value(u"subject_kind").toString(), &g.subjectKind))
        problem = u"unknown subject_kind"_qs;
    else if (!parseGrantState(o.value(u"state").toString(), &g.state))
        problem = u"unknown state"_qs;
    else if (g.subject.isEmpty() || g.service.isEmpty())
        problem = u"no subject or service"_qs;
    else if (!g.startsAt.isValid() || !g.expiresAt.isValid())
        problem = u"starts_at or expires_at is not an RFC 3339 time"_qs;
    else if (!isStringList(o.value(u"methods")) || !isStringList(o.value(u"path_prefixes")))
        problem = u"methods and path_prefixes must be lists of strings"_qs;
    if (!problem.isEmpty())
        return grantError(
            GrantErrorCode::Malformed,
            QCoreApplication::translate("Grant", "The server sent an unreadable grant."),
            u"%1: %2"_qs.arg(g.id, problem));
    return g;
}

} // namespace gatehouse
