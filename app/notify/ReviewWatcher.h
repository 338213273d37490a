#pragma once

#include "reviews/Review.h"

#include <QObject>
#include <QSet>

namespace gatehouse {

class DesktopNotifier;

// One desktop notification when access review items on the user's services
// become due (a campaign opened with items for them), not again for the
// same items.
class ReviewWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ReviewWatcher(DesktopNotifier *notifier, QObject *parent = nullptr);

    void setOwnedServices(const QStringList &services) { m_owned = services; }
    void check(const QList<ReviewCampaign> &campaigns);
    void reset() { m_seen.clear(); }

private:
    DesktopNotifier *m_notifier;
    QStringList m_owned;
    QSet<QString> m_seen; // "campaign/item"
};

} // namespace gatehouse
