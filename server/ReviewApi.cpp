#include "ReviewApi.h"

#include "DurationText.h"
#include "GrantService.h"
#include "InputText.h"
#include "ReviewService.h"
#include "evidence/EvidencePeriod.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;

namespace {

Error invalid()
{
    return Error{u"validation_failed"_qs,
                 QCoreApplication::translate("ReviewApi", "The request has invalid fields."),
                 {}};
}

} // namespace

ReviewApi::ReviewApi(ReviewService *reviews, GrantService *grants)
    : m_reviews(reviews)
    , m_grants(grants)
{}

QHttpServerResponse ReviewApi::open(const Principal &who, const ApiRequest &request)
{
    if (!who.admin)
        return errorResponse(Error{
            u"forbidden"_qs,
            QCoreApplication::translate("ReviewApi", "Only admins can open an access review."),
            {}});
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    QList<FieldError> errors =
        unknownFields(*body, {u"name"_qs, u"period"_qs, u"due_at"_qs, u"services"_qs,
                              u"min_grant_duration"_qs, u"revoke_unreviewed"_qs});
    ReviewService::OpenRequest r;
    r.name = body->value(u"name").toString().trimmed();
    if (r.name.isEmpty() || r.name.size() > 200)
        errors.append({u"name"_qs, u"is required, at most 200 characters"_qs});
    else if (const QString problem = textProblem(r.name); !problem.isEmpty())
        errors.append({u"name"_qs, problem});
    const auto period = EvidencePeriod::parse(body->value(u"period").toString());
    if (!period) {
        errors.append({u"period"_qs, period.error().message});
    } else {
        r.period = period->label;
        r.periodFrom = period->from;
        r.periodTo = period->to;
    }
    r.dueAt = parseTime(body->value(u"due_at").toString());
    if (!r.dueAt.isValid())
        errors.append({u"due_at"_qs, u"must be an RFC 3339 time"_qs});
    else if (r.dueAt <= m_reviews->clock().now())
        errors.append({u"due_at"_qs, u"must be in the future"_qs});
    const QJsonValue scope = body->value(u"services");
    if (!scope.isUndefined() && !scope.isArray())
        errors.append({u"services"_qs, u"must be a list of service names"_qs});
    for (const QJsonValue &v : scope.toArray()) {
        if (!v.isString() || !m_grants->service(v.toString()))
            errors.append(
                {u"services"_qs, u"'%1' is not a service in the catalog"_qs.arg(v.toString())});
        else if (!r.services.contains(v.toString()))
            r.services << v.toString();
    }
    r.services.sort();
    const QJsonValue threshold = body->value(u"min_grant_duration");
    if (!threshold.isUndefined()) {
        const auto d = threshold.isString() ? parseDuration(threshold.toString()) : std::nullopt;
        if (!d)
            errors.append({u"min_grant_duration"_qs, u"must be a duration such as \"8h\""_qs});
        else
            r.minGrantSeconds = d->count();
    }
    const QJsonValue revoke = body->value(u"revoke_unreviewed");
    if (!revoke.isUndefined() && !revoke.isBool())
        errors.append({u"revoke_unreviewed"_qs, u"must be true or false"_qs});
    r.revokeUnreviewed = revoke.toBool(false);
    if (!errors.isEmpty())
        return errorResponse(invalid(), errors);
    const auto opened = m_reviews->open(who, r);
    if (!opened)
        return errorResponse(opened.error());
    return jsonResponse(opened->toJson(), Status::Created);
}

QHttpServerResponse ReviewApi::list(const Principal &who) const
{
    const auto campaigns = m_reviews->list(who);
    if (!campaigns)
        return errorResponse(campaigns.error());
    QJsonArray items;
    for (const ReviewCampaign &c : campaigns.value())
        items.append(c.toJson());
    // What the caller is asked to decide: pending items on the services
    // they own (an admin may decide any, but is not asked to).
    int mine = 0;
    const QStringList owned = m_grants->ownedServices(who);
    for (const ReviewCampaign &c : campaigns.value())
        for (const ReviewItem &i : c.items)
            mine += c.state == ReviewCampaign::State::Open && i.isPending() &&
                    owned.contains(i.service);
    return jsonResponse({{u"items"_qs, items}, {u"pending_for_me"_qs, mine}});
}

QHttpServerResponse ReviewApi::find(const Principal &who, const QString &id) const
{
    const auto c = m_reviews->find(who, id);
    if (!c)
        return errorResponse(c.error());
    return jsonResponse(c->toJson());
}

QHttpServerResponse ReviewApi::decide(const Principal &who, const QString &id, const QString &item,
                                      const ApiRequest &request)
{
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    const auto parsed = ReviewDecisionRequest::parse(*body);
    if (const auto *errors = std::get_if<QList<FieldError>>(&parsed))
        return errorResponse(invalid(), *errors);
    const auto decided = m_reviews->decide(who, id, item, std::get<ReviewDecisionRequest>(parsed));
    if (!decided)
        return errorResponse(decided.error());
    return jsonResponse(decided->toJson());
}

} // namespace gatehouse::server
