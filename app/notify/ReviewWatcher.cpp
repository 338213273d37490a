#include "ReviewWatcher.h"

#include "DesktopNotifier.h"
#include "ReviewsModel.h"

namespace gatehouse {

ReviewWatcher::ReviewWatcher(DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
{}

void ReviewWatcher::check(const QList<ReviewCampaign> &campaigns)
{
    int fresh = 0;
    QDateTime due;
    QString name;
    for (const ReviewCampaign &c : campaigns) {
        if (c.state != ReviewCampaign::State::Open)
            continue;
        for (const ReviewItem &i : c.items) {
            if (!i.isPending() || !m_owned.contains(i.service))
                continue;
            const QString key = c.id + u'/' + i.id;
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            ++fresh;
            if (!due.isValid() || c.dueAt < due) {
                due = c.dueAt;
                name = c.name;
            }
        }
    }
    if (fresh == 0)
        return;
    m_notifier->notify(
        tr("Access reviews due (%1)").arg(fresh),
        tr("%n item(s) on your services wait for your decision in “%1”, due %2. Open Gatehouse "
           "to keep or revoke each.",
           nullptr, fresh)
            .arg(name, ReviewsModel::shortTime(due)));
}

} // namespace gatehouse
