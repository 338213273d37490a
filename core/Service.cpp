#include "Service.h"

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
    };
}

bool isValidServiceName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_qs);
    return re.match(name).hasMatch();
}

} // namespace gatehouse
