#include "ReviewRepository.h"

#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::server {

namespace {

const QString kCampaignColumns =
    u"id, name, period, period_from, period_to, due_at, services, min_grant_seconds, "
    "revoke_unreviewed, state, opened_by, opened_at, closed_at"_qs;
const QString kItemColumns =
    u"campaign_id, item_id, kind, service, subject_kind, subject, grant_id, methods, "
    "path_prefixes, expires_at, decision, reason, decided_by, decided_at"_qs;

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QDateTime fromMs(qint64 v)
{
    return v == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}
QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
QStringList textList(const QString &text)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

ReviewCampaign campaignFromRow(const QSqlQuery &q)
{
    ReviewCampaign c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.period = q.value(2).toString();
    c.periodFrom = fromMs(q.value(3).toLongLong());
    c.periodTo = fromMs(q.value(4).toLongLong());
    c.dueAt = fromMs(q.value(5).toLongLong());
    c.services = textList(q.value(6).toString());
    c.minGrantSeconds = q.value(7).toLongLong();
    c.revokeUnreviewed = q.value(8).toBool();
    c.state = q.value(9).toString() == u"closed" ? ReviewCampaign::State::Closed
                                                 : ReviewCampaign::State::Open;
    c.openedBy = q.value(10).toString();
    c.openedAt = fromMs(q.value(11).toLongLong());
    c.closedAt = fromMs(q.value(12).toLongLong());
    return c;
}

ReviewItem itemFromRow(const QSqlQuery &q)
{
    ReviewItem i;
    i.id = q.value(1).toString();
    parseReviewItemKind(q.value(2).toString(), &i.kind);
    i.service = q.value(3).toString();
    parseSubjectKind(q.value(4).toString(), &i.subjectKind);
    i.subject = q.value(5).toString();
    i.grantId = q.value(6).toString();
    i.methods = textList(q.value(7).toString());
    i.pathPrefixes = textList(q.value(8).toString());
    i.expiresAt = fromMs(q.value(9).toLongLong());
    parseReviewDecision(q.value(10).toString(), &i.decision);
    i.reason = q.value(11).toString();
    i.decidedBy = q.value(12).toString();
    i.decidedAt = fromMs(q.value(13).toLongLong());
    return i;
}

Error conflict(const char *message)
{
    return Error{u"conflict"_qs, QCoreApplication::translate("ReviewRepository", message), {}};
}

Error notFound()
{
    return Error{u"not_found"_qs,
                 QCoreApplication::translate("ReviewRepository", "No such review or item."),
                 {}};
}

// What an item's audit record says: the item and the campaign it is in.
QJsonObject itemRecord(const ReviewCampaign &c, const ReviewItem &i)
{
    QJsonObject o = i.toJson();
    o.insert(u"campaign_id"_qs, c.id);
    o.insert(u"campaign"_qs, c.name);
    return o;
}

} // namespace

Error ReviewRepository::create(const ReviewCampaign &c, const QDateTime &now)
{
    QSqlDatabase d = db();
    return sql::inTransaction(d, u"open review"_qs, [&]() -> Error {
        QSqlQuery insert(d);
        insert.prepare(u"INSERT INTO review_campaigns ("_qs + kCampaignColumns +
                       u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        for (const QVariant &v :
             QVariantList{c.id, c.name, c.period, ms(c.periodFrom), ms(c.periodTo), ms(c.dueAt),
                          listText(c.services), c.minGrantSeconds, c.revokeUnreviewed,
                          toString(c.state), c.openedBy, ms(c.openedAt), ms(c.closedAt)})
            insert.addBindValue(v);
        if (Error e = sql::exec(insert, u"insert review"_qs); !e.isNull())
            return e;
        int position = 0;
        for (const ReviewItem &i : c.items) {
            QSqlQuery item(d);
            item.prepare(u"INSERT INTO review_items (position, "_qs + kItemColumns +
                         u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
            for (const QVariant &v : QVariantList{
                     position++, c.id, i.id, toString(i.kind), i.service, toString(i.subjectKind),
                     i.subject, sql::text(i.grantId), listText(i.methods), listText(i.pathPrefixes),
                     ms(i.expiresAt), toString(i.decision), sql::text(i.reason),
                     sql::text(i.decidedBy), ms(i.decidedAt)})
                item.addBindValue(v);
            if (Error e = sql::exec(item, u"insert review item"_qs); !e.isNull())
                return e;
        }
        const auto record =
            m_audit.appendInTransaction({c.openedBy, u"review.opened"_qs, u"review"_qs, c.id,
                                         QJsonValue(QJsonValue::Null), c.toJson()},
                                        now);
        return record ? Error() : record.error();
    });
}

Result<QList<ReviewCampaign>> ReviewRepository::select(const QString &where,
                                                       const QVariantList &binds, int limit) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kCampaignColumns + u" FROM review_campaigns "_qs + where +
              u" ORDER BY opened_at DESC, id LIMIT ?"_qs);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (Error e = sql::exec(q, u"list reviews"_qs); !e.isNull())
        return e;
    QList<ReviewCampaign> campaigns;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), campaigns.size());
        campaigns.append(campaignFromRow(q));
    }
    if (campaigns.isEmpty())
        return campaigns;
    QStringList marks;
    for (qsizetype i = 0; i < campaigns.size(); ++i)
        marks << u"?"_qs;
    QSqlQuery items(db());
    items.prepare(u"SELECT "_qs + kItemColumns + u" FROM review_items WHERE campaign_id IN ("_qs +
                  marks.join(u", "_qs) + u") ORDER BY campaign_id, position"_qs);
    for (const ReviewCampaign &c : std::as_const(campaigns))
        items.addBindValue(c.id);
    if (Error e = sql::exec(items, u"list review items"_qs); !e.isNull())
        return e;
    while (items.next())
        campaigns[index.value(items.value(0).toString())].items.append(itemFromRow(items));
    return campaigns;
}

Result<QList<ReviewCampaign>> ReviewRepository::list(int limit) const
{
    return select({}, {}, limit);
}

Result<ReviewCampaign> ReviewRepository::find(const QString &id) const
{
    auto found = select(u"WHERE id = ?"_qs, {id}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound();
    return found->constFirst();
}

Result<QList<ReviewCampaign>> ReviewRepository::overlapping(const QDateTime &from,
                                                            const QDateTime &to) const
{
    return select(u"WHERE (period_from < ? AND period_to > ?) OR (opened_at >= ? AND opened_at "
                  "< ?) OR (due_at >= ? AND due_at < ?)"_qs,
                  {ms(to), ms(from), ms(from), ms(to), ms(from), ms(to)}, 1000);
}

Result<QStringList> ReviewRepository::due(const QDateTime &now) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id FROM review_campaigns WHERE state = 'open' AND due_at <= ?"_qs);
    q.addBindValue(ms(now));
    if (Error e = sql::exec(q, u"due reviews"_qs); !e.isNull())
        return e;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<ReviewItem> ReviewRepository::decide(const QString &campaignId, const QString &itemId,
                                            ReviewDecision decision, const QString &reason,
                                            const QString &actor, const QDateTime &now)
{
    ReviewItem result;
    QSqlDatabase d = db();
    const Error e = sql::inTransaction(d, u"decide review item"_qs, [&]() -> Error {
        auto campaign = find(campaignId);
        if (!campaign)
            return campaign.error();
        const auto it = std::find_if(campaign->items.cbegin(), campaign->items.cend(),
                                     [&](const ReviewItem &i) { return i.id == itemId; });
        if (it == campaign->items.cend())
            return notFound();
        if (campaign->state != ReviewCampaign::State::Open)
            return conflict(QT_TRANSLATE_NOOP("ReviewRepository", "This review is closed."));
        QSqlQuery update(d);
        update.prepare(u"UPDATE review_items SET decision = ?, reason = ?, decided_by = ?, "
                       "decided_at = ? WHERE campaign_id = ? AND item_id = ? AND decision = "
                       "'pending'"_qs);
        for (const QVariant &v :
             QVariantList{toString(decision), reason, actor, ms(now), campaignId, itemId})
            update.addBindValue(v);
        if (Error e = sql::exec(update, u"decide review item"_qs); !e.isNull())
            return e;
        if (update.numRowsAffected() != 1)
            return conflict(
                QT_TRANSLATE_NOOP("ReviewRepository", "This item has already been decided."));
        result = *it;
        result.decision = decision;
        result.reason = reason;
        result.decidedBy = actor;
        result.decidedAt = now;
        const auto record = m_audit.appendInTransaction(
            {actor, u"review.decided"_qs, u"review_item"_qs, campaignId + u'/' + itemId,
             itemRecord(campaign.value(), *it), itemRecord(campaign.value(), result)},
            now);
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return e;
    return result;
}

Result<std::optional<ReviewCampaign>> ReviewRepository::close(const QString &campaignId,
                                                              const QSet<QString> &revoked,
                                                              const QDateTime &now)
{
    std::optional<ReviewCampaign> closed;
    QSqlDatabase d = db();
    const Error e = sql::inTransaction(d, u"close review"_qs, [&]() -> Error {
        QSqlQuery claim(d);
        claim.prepare(u"UPDATE review_campaigns SET state = 'closed', closed_at = ? WHERE id = ? "
                      "AND state = 'open'"_qs);
        claim.addBindValue(ms(now));
        claim.addBindValue(campaignId);
        if (Error e = sql::exec(claim, u"close review"_qs); !e.isNull())
            return e;
        if (claim.numRowsAffected() != 1)
            return {}; // another replica closed it
        const auto found = find(campaignId);
        if (!found)
            return found.error();
        ReviewCampaign campaign = found.value();
        ReviewCampaign before = campaign;
        before.state = ReviewCampaign::State::Open;
        before.closedAt = {};
        for (ReviewItem &i : campaign.items) {
            if (!i.isPending())
                continue;
            const ReviewItem was = i;
            i.decision = revoked.contains(i.id) ? ReviewDecision::UnreviewedRevoked
                                                : ReviewDecision::Unreviewed;
            i.decidedBy = kReviewReaper;
            i.decidedAt = now;
            QSqlQuery update(d);
            update.prepare(u"UPDATE review_items SET decision = ?, decided_by = ?, decided_at = ? "
                           "WHERE campaign_id = ? AND item_id = ?"_qs);
            for (const QVariant &v :
                 QVariantList{toString(i.decision), kReviewReaper, ms(now), campaignId, i.id})
                update.addBindValue(v);
            if (Error e = sql::exec(update, u"mark review item unreviewed"_qs); !e.isNull())
                return e;
            const auto record = m_audit.appendInTransaction(
                {kReviewReaper, u"review.unreviewed"_qs, u"review_item"_qs,
                 campaignId + u'/' + i.id, itemRecord(campaign, was), itemRecord(campaign, i)},
                now);
            if (!record)
                return record.error();
        }
        const auto record =
            m_audit.appendInTransaction({kReviewReaper, u"review.closed"_qs, u"review"_qs,
                                         campaignId, before.summaryJson(), campaign.summaryJson()},
                                        now);
        if (!record)
            return record.error();
        closed = campaign;
        return {};
    });
    if (!e.isNull())
        return e;
    return closed;
}

} // namespace gatehouse::server
