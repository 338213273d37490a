#include "ReviewService.h"

#include "GrantService.h"
#include "ServerLogging.h"
#include "grants/GrantErrors.h"

#include <QCoreApplication>
#include <QUuid>

namespace gatehouse::server {

namespace {

QString trReviews(const char *text)
{
    return QCoreApplication::translate("ReviewService", text);
}

Error forbidden(const char *text)
{
    return Error{u"forbidden"_qs, trReviews(text), {}};
}

Error notFound()
{
    return Error{u"not_found"_qs,
                 trReviews(QT_TRANSLATE_NOOP("ReviewService", "No such review or item.")),
                 {}};
}

} // namespace

ReviewService::ReviewService(ReviewRepository *repository, GrantService *grants,
                             QList<StandingPermission> permissions, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_grants(grants)
    , m_permissions(std::move(permissions))
{}

Result<ReviewCampaign> ReviewService::open(const Principal &who, const OpenRequest &request)
{
    if (!who.admin)
        return forbidden(
            QT_TRANSLATE_NOOP("ReviewService", "Only admins can open an access review."));
    const QDateTime now = m_clock->now();
    ReviewCampaign c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = request.name;
    c.period = request.period;
    c.periodFrom = request.periodFrom;
    c.periodTo = request.periodTo;
    c.dueAt = request.dueAt;
    c.services = request.services;
    c.minGrantSeconds = request.minGrantSeconds;
    c.revokeUnreviewed = request.revokeUnreviewed;
    c.openedBy = who.subject;
    c.openedAt = now;

    const auto inScope = [&](const QString &service) {
        return request.services.isEmpty() || request.services.contains(service);
    };
    int next = 1;
    for (const StandingPermission &p : std::as_const(m_permissions)) {
        if (!inScope(p.service) || !m_grants->service(p.service))
            continue;
        ReviewItem i;
        i.id = QString::number(next++);
        i.kind = ReviewItemKind::Standing;
        i.service = p.service;
        i.subjectKind = p.subjectKind;
        i.subject = p.subject;
        i.methods = p.methods;
        i.pathPrefixes = p.pathPrefixes;
        c.items.append(i);
    }
    GrantRepository::Filter filter;
    filter.states = {GrantState::Active};
    filter.limit = 100000;
    const auto grants = m_grants->list(who, filter);
    if (!grants)
        return grants.error();
    // Oldest first, so item numbers follow the order grants were made in.
    for (auto it = grants->crbegin(); it != grants->crend(); ++it) {
        const Grant &g = *it;
        if (!inScope(g.service) || g.startsAt.secsTo(g.expiresAt) < request.minGrantSeconds ||
            g.expiresAt <= now)
            continue;
        ReviewItem i;
        i.id = QString::number(next++);
        i.kind = ReviewItemKind::Grant;
        i.service = g.service;
        i.subjectKind = g.subjectKind;
        i.subject = g.subject;
        i.grantId = g.id;
        i.methods = g.methods;
        i.pathPrefixes = g.pathPrefixes;
        i.expiresAt = g.expiresAt;
        c.items.append(i);
    }
    if (Error e = m_repository->create(c, now); !e.isNull())
        return e;
    qCInfo(lcReviews) << "review" << c.id << "opened by" << who.subject << "with" << c.items.size()
                      << "items, due" << formatTime(c.dueAt);
    Q_EMIT changed();
    return c;
}

ReviewCampaign ReviewService::visiblePart(const Principal &who, ReviewCampaign campaign) const
{
    if (who.admin || who.auditor)
        return campaign;
    const QStringList owned = m_grants->ownedServices(who);
    campaign.items.removeIf([&](const ReviewItem &i) { return !owned.contains(i.service); });
    return campaign;
}

Result<QList<ReviewCampaign>> ReviewService::list(const Principal &who) const
{
    auto all = m_repository->list();
    if (!all)
        return all.error();
    QList<ReviewCampaign> visible;
    for (const ReviewCampaign &c : all.value()) {
        ReviewCampaign part = visiblePart(who, c);
        if (who.admin || who.auditor || !part.items.isEmpty())
            visible.append(part);
    }
    return visible;
}

Result<ReviewCampaign> ReviewService::find(const Principal &who, const QString &id) const
{
    auto c = m_repository->find(id);
    if (!c)
        return c.error();
    ReviewCampaign part = visiblePart(who, c.value());
    if (!who.admin && !who.auditor && part.items.isEmpty())
        return notFound(); // do not reveal that it exists
    return part;
}

Result<ReviewItem> ReviewService::decide(const Principal &who, const QString &campaignId,
                                         const QString &itemId,
                                         const ReviewDecisionRequest &request)
{
    const QStringList owned = m_grants->ownedServices(who);
    if (!who.admin && owned.isEmpty())
        return forbidden(QT_TRANSLATE_NOOP(
            "ReviewService", "Only an owner of the item's service or an admin can decide it."));
    const auto campaign = m_repository->find(campaignId);
    if (!campaign)
        return campaign.error();
    const auto it = std::find_if(campaign->items.cbegin(), campaign->items.cend(),
                                 [&](const ReviewItem &i) { return i.id == itemId; });
    if (it == campaign->items.cend())
        return notFound();
    if (!who.admin && !owned.contains(it->service))
        return forbidden(QT_TRANSLATE_NOOP(
            "ReviewService", "Only an owner of the item's service or an admin can decide it."));
    // Past the due date the reaper is about to close it: no decision slips in
    // between.
    if (campaign->state != ReviewCampaign::State::Open || campaign->dueAt <= m_clock->now())
        return Error{u"conflict"_qs,
                     trReviews(QT_TRANSLATE_NOOP("ReviewService", "This review is closed.")),
                     {}};
    if (!it->isPending())
        return Error{
            u"conflict"_qs,
            trReviews(QT_TRANSLATE_NOOP("ReviewService", "This item has already been decided.")),
            {}};

    ReviewDecision decision = request.decision;
    if (decision == ReviewDecision::Revoke && it->kind == ReviewItemKind::Standing) {
        // Standing permissions live in gatehoused.toml: someone must remove it there.
        decision = ReviewDecision::RevokeRequested;
    } else if (decision == ReviewDecision::Revoke) {
        // Revoked first: the edge and the mesh follow before the decision is
        // on record. A grant that already ended needs nothing more.
        const auto revoked = m_grants->revoke(who, it->grantId);
        if (!revoked && !is(revoked.error(), GrantErrorCode::Conflict))
            return revoked.error();
    }
    auto decided = m_repository->decide(campaignId, itemId, decision, request.reason, who.subject,
                                        m_clock->now());
    if (decided) {
        qCInfo(lcReviews) << "review" << campaignId << "item" << itemId
                          << toString(decided->decision) << "by" << who.subject;
        Q_EMIT changed();
    }
    return decided;
}

Result<QList<ReviewCampaign>> ReviewService::closeDue()
{
    const QDateTime now = m_clock->now();
    const auto due = m_repository->due(now);
    if (!due)
        return due.error();
    QList<ReviewCampaign> closed;
    for (const QString &id : due.value()) {
        const auto campaign = m_repository->find(id);
        if (!campaign)
            return campaign.error();
        QSet<QString> revoked;
        if (campaign->revokeUnreviewed) {
            // gatehoused itself revokes, as an admin would; a grant that
            // already ended (or that another replica just revoked) is done.
            Principal reaper;
            reaper.subject = kReviewReaper;
            reaper.admin = true;
            for (const ReviewItem &i : campaign->items) {
                if (!i.isPending() || i.kind != ReviewItemKind::Grant)
                    continue;
                const auto r = m_grants->revoke(reaper, i.grantId);
                if (!r && !is(r.error(), GrantErrorCode::Conflict))
                    return r.error();
                revoked.insert(i.id);
            }
        }
        const auto done = m_repository->close(id, revoked, now);
        if (!done)
            return done.error();
        if (!done.value())
            continue;
        const ReviewCampaign &c = *done.value();
        const auto unreviewed = c.summaryJson().value(u"unreviewed_count").toInt();
        if (unreviewed > 0)
            qCWarning(lcReviews) << "review" << c.id << "closed at its due date with" << unreviewed
                                 << "unreviewed items," << revoked.size() << "revoked";
        else
            qCInfo(lcReviews) << "review" << c.id << "closed: every item was reviewed";
        closed.append(c);
    }
    if (!closed.isEmpty())
        Q_EMIT changed();
    return closed;
}

Result<QList<ReviewCampaign>> ReviewService::overlapping(const QDateTime &from,
                                                         const QDateTime &to) const
{
    return m_repository->overlapping(from, to);
}

} // namespace gatehouse::server
