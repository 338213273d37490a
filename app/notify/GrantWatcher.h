#pragma once

#include "grants/Grant.h"
#include "grants/Principal.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <chrono>

namespace gatehouse {

class DesktopNotifier;

// Decides what deserves a desktop notification, once each: one of your grants
// in force (held by you or your groups as Holds.h says, or created by you) is
// about to expire, and a
// request waits for your approval on a service you own.
class GrantWatcher : public QObject
{
    Q_OBJECT
public:
    GrantWatcher(DesktopNotifier *notifier, QObject *parent = nullptr);

    void setMe(const QString &subject, const QStringList &groups);
    void setOwnedServices(const QStringList &services) { m_owned = services; }
    void setWarningAhead(std::chrono::seconds ahead) { m_ahead = ahead; }
    // Called with every new grant list and once a minute.
    void check(const QList<Grant> &grants, const QDateTime &now);

private:
    DesktopNotifier *m_notifier;
    Principal m_me;
    QStringList m_owned;
    std::chrono::seconds m_ahead{std::chrono::minutes(5)};
    QSet<QString> m_warnedExpiry;
    QSet<QString> m_warnedPending;
};

} // namespace gatehouse
