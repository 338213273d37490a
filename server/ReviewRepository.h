#pragma once

#include "AuditLog.h"
#include "Result.h"
#include "reviews/Review.h"

#include <QSet>
#include <QSqlDatabase>

namespace gatehouse::server {

// Access review campaigns and their items in the store. Every change and
// its audit record commit together ("review.opened", "review.decided",
// "review.unreviewed", "review.closed").
class ReviewRepository
{
public:
    explicit ReviewRepository(QString connectionName)
        : m_connection(connectionName)
        , m_audit(std::move(connectionName))
    {}

    // Stores a new campaign with its items and records "review.opened".
    [[nodiscard]] Error create(const ReviewCampaign &campaign, const QDateTime &now);

    // Newest first, with their items.
    [[nodiscard]] Result<QList<ReviewCampaign>> list(int limit = 200) const;
    [[nodiscard]] Result<ReviewCampaign> find(const QString &id) const;
    // Campaigns whose period, opening or due date falls in [from, to).
    [[nodiscard]] Result<QList<ReviewCampaign>> overlapping(const QDateTime &from,
                                                            const QDateTime &to) const;
    // Open campaigns whose due date has come.
    [[nodiscard]] Result<QStringList> due(const QDateTime &now) const;

    // Records one decision on a pending item of an open campaign; the update
    // is conditional, so two owners racing decide it once (a conflict for
    // the other).
    [[nodiscard]] Result<ReviewItem> decide(const QString &campaignId, const QString &itemId,
                                            ReviewDecision decision, const QString &reason,
                                            const QString &actor, const QDateTime &now);

    // Closes an open campaign: every item still pending becomes unreviewed
    // (unreviewed_revoked for the ids in `revoked`), each on record, then
    // "review.closed". Returns the closed campaign, or nullopt when another
    // replica closed it first.
    [[nodiscard]] Result<std::optional<ReviewCampaign>>
    close(const QString &campaignId, const QSet<QString> &revoked, const QDateTime &now);

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    Result<QList<ReviewCampaign>> select(const QString &where, const QVariantList &binds,
                                         int limit) const;

    QString m_connection;
    AuditLog m_audit;
};

// The actor that closes overdue campaigns in the audit chain.
inline const QString kReviewReaper = u"gatehoused"_qs;

} // namespace gatehouse::server
