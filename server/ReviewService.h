#pragma once

#include "Clock.h"
#include "ReviewRepository.h"
#include "ServerConfig.h"
#include "grants/Principal.h"

#include <QObject>

namespace gatehouse::server {

class GrantService;

// Access reviews: who may open, see and decide what. A revoke of a grant
// goes through GrantService, so the edge and the mesh follow before the
// decision is answered; standing permissions come from gatehoused's
// configuration and can only be marked "revoke requested".
class ReviewService : public QObject
{
    Q_OBJECT
public:
    struct OpenRequest
    {
        QString name;
        QString period;
        QDateTime periodFrom;
        QDateTime periodTo;
        QDateTime dueAt;
        QStringList services; // empty: every service
        qint64 minGrantSeconds = 8 * 3600;
        bool revokeUnreviewed = false;
    };

    ReviewService(ReviewRepository *repository, GrantService *grants,
                  QList<StandingPermission> permissions, QObject *parent = nullptr);
    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock &clock() const { return *m_clock; }

    // Admins only. The items are what exists when it opens: every standing
    // permission and every active grant of at least minGrantSeconds on the
    // services in scope.
    [[nodiscard]] Result<ReviewCampaign> open(const Principal &who, const OpenRequest &request);
    // Admins and auditors see every item; an owner sees the campaigns with
    // items on their services, and only those items; others see nothing.
    [[nodiscard]] Result<QList<ReviewCampaign>> list(const Principal &who) const;
    [[nodiscard]] Result<ReviewCampaign> find(const Principal &who, const QString &id) const;
    // An owner of the item's service, or an admin.
    [[nodiscard]] Result<ReviewItem> decide(const Principal &who, const QString &campaignId,
                                            const QString &itemId,
                                            const ReviewDecisionRequest &request);
    // Closes what is due: unreviewed items are reported, and revoked when
    // the campaign says so. Run by the reaper on every replica.
    [[nodiscard]] Result<QList<ReviewCampaign>> closeDue();
    // For the evidence pack: every campaign touching [from, to), whole.
    [[nodiscard]] Result<QList<ReviewCampaign>> overlapping(const QDateTime &from,
                                                            const QDateTime &to) const;

Q_SIGNALS:
    void changed();

private:
    ReviewCampaign visiblePart(const Principal &who, ReviewCampaign campaign) const;

    ReviewRepository *m_repository;
    GrantService *m_grants;
    QList<StandingPermission> m_permissions;
    const Clock *m_clock = &Clock::system();
};

} // namespace gatehouse::server
