#include "GrantWatcher.h"

#include "DesktopNotifier.h"
#include "DurationText.h"
#include "grants/Holds.h"

namespace gatehouse {

GrantWatcher::GrantWatcher(DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
{}

void GrantWatcher::setMe(const QString &subject, const QStringList &groups)
{
    m_me = Principal{};
    m_me.subject = subject;
    m_me.kind = SubjectKind::User; // the console's user
    m_me.groups = groups;
}

void GrantWatcher::check(const QList<Grant> &grants, const QDateTime &now)
{
    if (m_me.subject.isEmpty())
        return;
    for (const Grant &g : grants) {
        // Held by me (Holds.h) or created by me, and in force now.
        const bool held = names(g.subjectKind, g.subject, m_me);
        const bool mine = held || g.requestedBy == m_me.subject;
        if (mine && g.isEffective(now) && now.secsTo(g.expiresAt) <= m_ahead.count() &&
            !m_warnedExpiry.contains(g.id)) {
            m_warnedExpiry.insert(g.id);
            const QString left = formatDuration(std::chrono::seconds(now.secsTo(g.expiresAt)));
            m_notifier->notify(
                tr("Access to %1 ends in %2").arg(g.service, left),
                held ? tr("Your access to %1 expires at %2.")
                           .arg(g.service, g.expiresAt.toLocalTime().time().toString())
                     : tr("%1's access to %2 that you granted expires at %3.")
                           .arg(g.subject, g.service, g.expiresAt.toLocalTime().time().toString()));
        }
        if (g.state == GrantState::Pending && m_owned.contains(g.service) &&
            g.requestedBy != m_me.subject && !m_warnedPending.contains(g.id)) {
            m_warnedPending.insert(g.id);
            m_notifier->notify(
                tr("%1 asks for access to %2").arg(g.requestedBy, g.service),
                tr("%1 for %2: “%3”. Open Gatehouse to approve or deny.")
                    .arg(g.subject,
                         formatDuration(std::chrono::seconds(g.startsAt.secsTo(g.expiresAt))),
                         g.reason));
        }
    }
}

} // namespace gatehouse
