#include "GrantRequest.h"

#include "DurationText.h"
#include "InputText.h"
#include "Service.h"

#include <QJsonArray>
#include <QSet>

namespace gatehouse {

namespace {

QString tooLong(int max)
{
    return u"must be at most %1 characters"_qs.arg(max);
}

struct Parser
{
    const QJsonObject &body;
    QList<FieldError> errors;

    void error(const QString &field, const QString &message) { errors.append({field, message}); }

    enum class Kind { Plain, Identifier, Text };

    // A string field; Identifier and Text fields are also held to the rules
    // of InputText.h (no control, bidirectional or invisible characters).
    std::optional<QString> string(const char *key, int maxLength, bool required,
                                  Kind kind = Kind::Plain)
    {
        const QString field = QLatin1String(key);
        if (!body.contains(field)) {
            if (required)
                error(field, u"is required"_qs);
            return std::nullopt;
        }
        const auto v = body.value(field);
        if (!v.isString()) {
            error(field, u"must be a string"_qs);
            return std::nullopt;
        }
        const QString s = v.toString();
        if (s.size() > maxLength) {
            error(field, tooLong(maxLength));
            return std::nullopt;
        }
        if (required && s.trimmed().isEmpty()) {
            error(field, u"must not be empty"_qs);
            return std::nullopt;
        }
        const QString problem = kind == Kind::Identifier ? identifierProblem(s)
                                : kind == Kind::Text     ? textProblem(s)
                                                         : QString();
        if (!problem.isEmpty()) {
            error(field, problem);
            return std::nullopt;
        }
        return s;
    }

    std::optional<QStringList> list(const char *key, int maxLength)
    {
        const QString field = QLatin1String(key);
        if (!body.contains(field))
            return std::nullopt;
        const auto v = body.value(field);
        if (!v.isArray()) {
            error(field, u"must be an array of strings"_qs);
            return std::nullopt;
        }
        const QJsonArray array = v.toArray();
        if (array.isEmpty() || array.size() > limits::kListItems) {
            error(field, u"must have 1 to %1 entries"_qs.arg(limits::kListItems));
            return std::nullopt;
        }
        QStringList out;
        for (const auto &item : array) {
            if (!item.isString() || item.toString().size() > maxLength) {
                error(field, u"must contain strings of at most %1 characters"_qs.arg(maxLength));
                return std::nullopt;
            }
            out.append(item.toString());
        }
        return out;
    }
};

} // namespace

bool isValidMethod(const QString &method)
{
    static const QSet<QString> methods{u"*"_qs,   u"GET"_qs,   u"HEAD"_qs,   u"POST"_qs,
                                       u"PUT"_qs, u"PATCH"_qs, u"DELETE"_qs, u"OPTIONS"_qs};
    return methods.contains(method);
}

bool isValidPathPrefix(const QString &prefix)
{
    if (!prefix.startsWith(u'/') || prefix.contains(u"/../") || prefix.endsWith(u"/..") ||
        prefix.contains(u'?') || prefix.contains(u'#') || prefix.contains(u'*'))
        return false;
    for (QChar c : prefix) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

std::variant<GrantRequest, QList<FieldError>> GrantRequest::parse(const QJsonObject &body)
{
    static const QSet<QString> known{
        u"subject_kind"_qs, u"subject"_qs,    u"service"_qs,  u"methods"_qs, u"path_prefixes"_qs,
        u"starts_at"_qs,    u"expires_at"_qs, u"duration"_qs, u"reason"_qs,  u"ticket"_qs};
    Parser p{body, {}};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            p.error(it.key(), u"is not a known field"_qs);
    }

    GrantRequest r;
    if (auto kind = p.string("subject_kind", 16, false)) {
        if (!parseSubjectKind(*kind, &r.subjectKind))
            p.error(u"subject_kind"_qs, u"must be user, group, service or agent"_qs);
    }
    if (auto subject = p.string("subject", limits::kSubject, true, Parser::Kind::Identifier))
        r.subject = subject->trimmed();
    if (auto service = p.string("service", 63, true)) {
        r.service = *service;
        if (!isValidServiceName(r.service))
            p.error(u"service"_qs, u"is not a valid service name"_qs);
    }
    if (auto methods = p.list("methods", 10)) {
        r.methods.clear();
        for (const QString &m : *methods) {
            const QString upper = m.toUpper();
            if (!isValidMethod(upper))
                p.error(u"methods"_qs, u"'%1' is not an HTTP method"_qs.arg(m));
            else if (!r.methods.contains(upper))
                r.methods.append(upper);
        }
    }
    if (auto prefixes = p.list("path_prefixes", limits::kPathPrefix)) {
        r.pathPrefixes = *prefixes;
        for (const QString &prefix : std::as_const(r.pathPrefixes)) {
            if (!isValidPathPrefix(prefix))
                p.error(
                    u"path_prefixes"_qs,
                    u"'%1' must start with / and contain no query, fragment, wildcard or .."_qs.arg(
                        prefix));
        }
    }
    if (auto starts = p.string("starts_at", 40, false)) {
        r.startsAt = parseTime(*starts);
        if (!r.startsAt.isValid())
            p.error(u"starts_at"_qs, u"must be an RFC 3339 time"_qs);
    }
    const bool hasExpiry = body.contains(u"expires_at");
    const bool hasDuration = body.contains(u"duration");
    if (hasExpiry == hasDuration)
        p.error(u"expires_at"_qs, u"give exactly one of expires_at and duration"_qs);
    if (auto expires = p.string("expires_at", 40, false)) {
        r.expiresAt = parseTime(*expires);
        if (!r.expiresAt.isValid())
            p.error(u"expires_at"_qs, u"must be an RFC 3339 time"_qs);
    }
    if (auto duration = p.string("duration", 20, false)) {
        r.duration = parseDuration(*duration);
        if (!r.duration)
            p.error(u"duration"_qs, u"must be a duration like \"20s\", \"30m\" or \"8h\""_qs);
    }
    if (auto reason = p.string("reason", limits::kReason, true, Parser::Kind::Text))
        r.reason = reason->trimmed();
    if (auto ticket = p.string("ticket", limits::kTicket, false, Parser::Kind::Identifier))
        r.ticket = ticket->trimmed();

    if (!p.errors.isEmpty())
        return p.errors;
    return r;
}

QJsonObject GrantRequest::toJson() const
{
    QJsonObject body{
        {u"subject_kind"_qs, toString(subjectKind)},
        {u"subject"_qs, subject},
        {u"service"_qs, service},
        {u"methods"_qs, QJsonArray::fromStringList(methods)},
        {u"path_prefixes"_qs, QJsonArray::fromStringList(pathPrefixes)},
        {u"reason"_qs, reason},
    };
    if (startsAt.isValid())
        body.insert(u"starts_at"_qs, formatTime(startsAt));
    if (duration)
        body.insert(u"duration"_qs, u"%1s"_qs.arg(duration->count()));
    else
        body.insert(u"expires_at"_qs, formatTime(expiresAt));
    if (!ticket.isEmpty())
        body.insert(u"ticket"_qs, ticket);
    return body;
}

void GrantRequest::resolveTimes(const QDateTime &now)
{
    if (!startsAt.isValid())
        startsAt = now;
    if (duration)
        expiresAt = startsAt.addSecs(duration->count());
}

} // namespace gatehouse
