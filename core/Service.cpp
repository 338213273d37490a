#include "Service.h"

#include "DurationText.h"
#include "EdgeHost.h"
#include "InputText.h"
#include "JsonSupport.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse {

QString toString(ApprovalRule rule)
{
    return rule == ApprovalRule::OwnerApproval ? u"owner"_qs : u"none"_qs;
}

QString toString(Sensitivity sensitivity)
{
    switch (sensitivity) {
    case Sensitivity::Low:
        return u"low"_qs;
    case Sensitivity::Medium:
        return u"medium"_qs;
    case Sensitivity::High:
        return u"high"_qs;
    }
    return {};
}

bool parseApprovalRule(const QString &text, ApprovalRule *out)
{
    if (text == u"none") {
        *out = ApprovalRule::None;
        return true;
    }
    if (text == u"owner") {
        *out = ApprovalRule::OwnerApproval;
        return true;
    }
    return false;
}

bool parseSensitivity(const QString &text, Sensitivity *out)
{
    for (auto s : {Sensitivity::Low, Sensitivity::Medium, Sensitivity::High}) {
        if (text == toString(s)) {
            *out = s;
            return true;
        }
    }
    return false;
}

QJsonObject Service::toJson() const
{
    return {
        {u"name"_qs, name},
        {u"team"_qs, team},
        {u"description"_qs, description},
        {u"edge_hosts"_qs, QJsonArray::fromStringList(edgeHosts)},
        {u"mesh"_qs, mesh},
        {u"kuma_service"_qs, meshService},
        {u"owners"_qs, QJsonArray::fromStringList(owners)},
        {u"max_grant_seconds"_qs, qint64(maxGrantDuration.count())},
        {u"approval"_qs, toString(approval)},
        {u"ticket_required"_qs, ticketRequired},
        {u"sensitivity"_qs, toString(sensitivity)},
        {u"source"_qs, source},
    };
}

Service Service::fromJson(const QJsonObject &o)
{
    Service s;
    s.name = o.value(u"name").toString();
    s.team = o.value(u"team").toString();
    s.description = o.value(u"description").toString();
    s.edgeHosts = jsonStrings(o.value(u"edge_hosts"));
    s.mesh = o.value(u"mesh").toString();
    s.meshService = o.value(u"kuma_service").toString();
    s.owners = jsonStrings(o.value(u"owners"));
    s.maxGrantDuration = std::chrono::seconds(
        o.value(u"max_grant_seconds").toInteger(qint64(s.maxGrantDuration.count())));
    parseApprovalRule(o.value(u"approval").toString(), &s.approval);
    s.ticketRequired = o.value(u"ticket_required").toBool();
    parseSensitivity(o.value(u"sensitivity").toString(), &s.sensitivity);
    s.source = o.value(u"source").toString(s.source);
    return s;
}

std::variant<Service, QList<FieldError>> Service::fromApiJson(const QString &name,
                                                              const QJsonObject &body)
{
    static const QStringList known{u"team"_qs,       u"description"_qs,  u"edge_hosts"_qs,
                                   u"mesh"_qs,       u"kuma_service"_qs, u"owners"_qs,
                                   u"max_grant"_qs,  u"approval"_qs,     u"ticket_required"_qs,
                                   u"sensitivity"_qs};
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), u"is not a known field"_qs});
    }
    const auto text = [&](const QString &key, int max, bool required) -> QString {
        const auto v = body.value(key);
        if (v.isUndefined()) {
            if (required)
                errors.append({key, u"is required"_qs});
            return {};
        }
        if (!v.isString() || v.toString().size() > max || (required && v.toString().isEmpty())) {
            errors.append(
                {key, u"must be a non-empty string of at most %1 characters"_qs.arg(max)});
            return {};
        }
        // Free text may hold any visible character; names only those that
        // look like what they are (InputText.h).
        const QString problem =
            key == u"description" ? textProblem(v.toString()) : identifierProblem(v.toString());
        if (!problem.isEmpty()) {
            errors.append({key, problem});
            return {};
        }
        return v.toString();
    };
    const auto list = [&](const QString &key, bool required) -> QStringList {
        const auto v = body.value(key);
        QStringList out;
        if (v.isUndefined()) {
            if (required)
                errors.append({key, u"is required"_qs});
            return out;
        }
        const QJsonArray array = v.toArray();
        if (!v.isArray() || array.size() > 32) {
            errors.append({key, u"must be an array of at most 32 strings"_qs});
            return out;
        }
        for (const auto &item : array) {
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 253) {
                errors.append({key, u"must contain non-empty strings"_qs});
                return {};
            }
            if (const QString problem = identifierProblem(item.toString()); !problem.isEmpty()) {
                errors.append({key, problem});
                return {};
            }
            if (!out.contains(item.toString()))
                out.append(item.toString());
        }
        return out;
    };

    Service s;
    s.name = name;
    s.source = u"api"_qs;
    if (!isValidServiceName(name))
        errors.append({u"name"_qs, u"must be lower-case letters, digits and dashes"_qs});
    s.team = text(u"team"_qs, 100, true).trimmed();
    if (body.contains(u"team") && s.team.isEmpty())
        errors.append({u"team"_qs, u"must not be empty"_qs});
    s.description = text(u"description"_qs, 500, false);
    // Hosts are kept in their one spelling (EdgeHost.h), so a port or upper
    // case cannot make a second name for a host another service holds.
    for (const QString &host : list(u"edge_hosts"_qs, false)) {
        const QString normalised = normalisedEdgeHost(host);
        if (normalised.isEmpty())
            errors.append({u"edge_hosts"_qs, u"'%1' is not a host name"_qs.arg(host)});
        else if (!s.edgeHosts.contains(normalised))
            s.edgeHosts.append(normalised);
    }
    s.mesh = body.contains(u"mesh") ? text(u"mesh"_qs, 63, true) : u"default"_qs;
    s.meshService = body.contains(u"kuma_service") ? text(u"kuma_service"_qs, 253, true) : name;
    s.owners = list(u"owners"_qs, true);
    if (body.contains(u"owners") && s.owners.isEmpty())
        errors.append({u"owners"_qs, u"needs at least one owner"_qs});
    if (body.contains(u"max_grant")) {
        const auto duration = parseDuration(text(u"max_grant"_qs, 20, true));
        if (!duration)
            errors.append({u"max_grant"_qs, u"must be a duration like \"8h\""_qs});
        else
            s.maxGrantDuration = *duration;
    }
    if (body.contains(u"approval") &&
        !parseApprovalRule(text(u"approval"_qs, 10, true), &s.approval))
        errors.append({u"approval"_qs, u"must be \"none\" or \"owner\""_qs});
    if (body.contains(u"ticket_required")) {
        if (!body.value(u"ticket_required").isBool())
            errors.append({u"ticket_required"_qs, u"must be true or false"_qs});
        s.ticketRequired = body.value(u"ticket_required").toBool();
    }
    if (body.contains(u"sensitivity") &&
        !parseSensitivity(text(u"sensitivity"_qs, 10, true), &s.sensitivity))
        errors.append({u"sensitivity"_qs, u"must be low, medium or high"_qs});
    if (!errors.isEmpty())
        return errors;
    return s;
}

bool isValidServiceName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_qs);
    return re.match(name).hasMatch();
}

} // namespace gatehouse
