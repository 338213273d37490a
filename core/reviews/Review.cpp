#include "Review.h"

#include "InputText.h"
#include "JsonSupport.h"
#include "grants/GrantRequest.h"

#include <QJsonArray>

#include <algorithm>

namespace gatehouse {

namespace {

const QStringList kKinds{u"grant"_qs, u"standing"_qs};
const QStringList kDecisions{u"pending"_qs,          u"keep"_qs,       u"revoke"_qs,
                             u"revoke_requested"_qs, u"unreviewed"_qs, u"unreviewed_revoked"_qs};
const QStringList kStates{u"open"_qs, u"closed"_qs};

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(formatTime(t)) : QJsonValue(QJsonValue::Null);
}

Error malformed(const QString &what)
{
    return Error{u"review.malformed"_qs, u"The review is malformed."_qs, what};
}

} // namespace

QString toString(ReviewItemKind kind)
{
    return kKinds.at(int(kind));
}

QString toString(ReviewDecision decision)
{
    return kDecisions.at(int(decision));
}

QString toString(ReviewCampaign::State state)
{
    return kStates.at(int(state));
}

bool parseReviewItemKind(const QString &text, ReviewItemKind *out)
{
    const auto i = kKinds.indexOf(text);
    if (i < 0)
        return false;
    *out = ReviewItemKind(i);
    return true;
}

bool parseReviewDecision(const QString &text, ReviewDecision *out)
{
    const auto i = kDecisions.indexOf(text);
    if (i < 0)
        return false;
    *out = ReviewDecision(i);
    return true;
}

QJsonObject ReviewItem::toJson() const
{
    return {{u"id"_qs, id},
            {u"kind"_qs, toString(kind)},
            {u"service"_qs, service},
            {u"subject_kind"_qs, toString(subjectKind)},
            {u"subject"_qs, subject},
            {u"grant_id"_qs, grantId.isEmpty() ? QJsonValue(QJsonValue::Null) : grantId},
            {u"methods"_qs, QJsonArray::fromStringList(methods)},
            {u"path_prefixes"_qs, QJsonArray::fromStringList(pathPrefixes)},
            {u"expires_at"_qs, timeOrNull(expiresAt)},
            {u"decision"_qs, toString(decision)},
            {u"reason"_qs, reason},
            {u"decided_by"_qs, decidedBy},
            {u"decided_at"_qs, timeOrNull(decidedAt)}};
}

Result<ReviewItem> ReviewItem::fromJson(const QJsonObject &o)
{
    ReviewItem i;
    i.id = o.value(u"id").toString();
    if (i.id.isEmpty() || !parseReviewItemKind(o.value(u"kind").toString(), &i.kind) ||
        !parseSubjectKind(o.value(u"subject_kind").toString(), &i.subjectKind) ||
        !parseReviewDecision(o.value(u"decision").toString(), &i.decision))
        return malformed(u"review item without id, kind, subject_kind or decision"_qs);
    i.service = o.value(u"service").toString();
    i.subject = o.value(u"subject").toString();
    i.grantId = o.value(u"grant_id").toString();
    i.methods = jsonStrings(o.value(u"methods"));
    i.pathPrefixes = jsonStrings(o.value(u"path_prefixes"));
    i.expiresAt = parseTime(o.value(u"expires_at").toString());
    i.reason = o.value(u"reason").toString();
    i.decidedBy = o.value(u"decided_by").toString();
    i.decidedAt = parseTime(o.value(u"decided_at").toString());
    return i;
}

int ReviewCampaign::pendingCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const ReviewItem &i) { return i.isPending(); }));
}

QJsonObject ReviewCampaign::summaryJson() const
{
    int unreviewed = 0;
    for (const ReviewItem &i : items)
        unreviewed += i.decision == ReviewDecision::Unreviewed ||
                      i.decision == ReviewDecision::UnreviewedRevoked;
    return {{u"id"_qs, id},
            {u"name"_qs, name},
            {u"period"_qs, period},
            {u"period_from"_qs, timeOrNull(periodFrom)},
            {u"period_to"_qs, timeOrNull(periodTo)},
            {u"due_at"_qs, timeOrNull(dueAt)},
            {u"services"_qs, QJsonArray::fromStringList(services)},
            {u"min_grant_seconds"_qs, minGrantSeconds},
            {u"revoke_unreviewed"_qs, revokeUnreviewed},
            {u"state"_qs, toString(state)},
            {u"opened_by"_qs, openedBy},
            {u"opened_at"_qs, timeOrNull(openedAt)},
            {u"closed_at"_qs, timeOrNull(closedAt)},
            {u"item_count"_qs, int(items.size())},
            {u"pending_count"_qs, pendingCount()},
            {u"unreviewed_count"_qs, unreviewed}};
}

QJsonObject ReviewCampaign::toJson() const
{
    QJsonObject o = summaryJson();
    QJsonArray list;
    for (const ReviewItem &i : items)
        list.append(i.toJson());
    o.insert(u"items"_qs, list);
    return o;
}

Result<ReviewCampaign> ReviewCampaign::fromJson(const QJsonObject &o)
{
    ReviewCampaign c;
    c.id = o.value(u"id").toString();
    const auto state = kStates.indexOf(o.value(u"state").toString());
    if (c.id.isEmpty() || state < 0)
        return malformed(u"review campaign without id or state"_qs);
    c.state = State(state);
    c.name = o.value(u"name").toString();
    c.period = o.value(u"period").toString();
    c.periodFrom = parseTime(o.value(u"period_from").toString());
    c.periodTo = parseTime(o.value(u"period_to").toString());
    c.dueAt = parseTime(o.value(u"due_at").toString());
    c.services = jsonStrings(o.value(u"services"));
    c.minGrantSeconds = o.value(u"min_grant_seconds").toInteger();
    c.revokeUnreviewed = o.value(u"revoke_unreviewed").toBool();
    c.openedBy = o.value(u"opened_by").toString();
    c.openedAt = parseTime(o.value(u"opened_at").toString());
    c.closedAt = parseTime(o.value(u"closed_at").toString());
    for (const QJsonValue &v : o.value(u"items").toArray()) {
        auto item = ReviewItem::fromJson(v.toObject());
        if (!item)
            return item.error();
        c.items.append(item.value());
    }
    return c;
}

QJsonObject ReviewDecisionRequest::toJson() const
{
    return {{u"decision"_qs, toString(decision)}, {u"reason"_qs, reason}};
}

std::variant<ReviewDecisionRequest, QList<FieldError>>
ReviewDecisionRequest::parse(const QJsonObject &body)
{
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != u"decision" && it.key() != u"reason")
            errors.append({it.key(), u"unknown field"_qs});
    ReviewDecisionRequest r;
    const QString decision = body.value(u"decision").toString();
    if (decision == u"keep")
        r.decision = ReviewDecision::Keep;
    else if (decision == u"revoke")
        r.decision = ReviewDecision::Revoke;
    else
        errors.append({u"decision"_qs, u"must be \"keep\" or \"revoke\""_qs});
    const QJsonValue reason = body.value(u"reason");
    r.reason = reason.toString().trimmed();
    if (!reason.isString() || r.reason.isEmpty())
        errors.append({u"reason"_qs, u"is required: say why"_qs});
    else if (r.reason.size() > limits::kReason)
        errors.append({u"reason"_qs, u"must be at most 500 characters"_qs});
    else if (const QString problem = textProblem(r.reason); !problem.isEmpty())
        errors.append({u"reason"_qs, problem});
    if (!errors.isEmpty())
        return errors;
    return r;
}

} // namespace gatehouse
