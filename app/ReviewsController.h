#pragma once

#include "ReviewsModel.h"
#include "api/ControlPlaneClient.h"
#include "notify/ReviewWatcher.h"

#include <QObject>
#include <QPointer>

class QToolButton;

namespace gatehouse {

class DesktopNotifier;
class MainWindow;
class ReviewsView;

// The console's access reviews: a Reviews tab listing the signed-in owner's
// items, a "Reviews due (N)" button in the status bar while any wait, and a
// desktop notification when new ones arrive. The list is fetched again
// whenever the control plane's graph version moves (every review change is
// an audit record, which moves it).
class ReviewsController : public QObject
{
    Q_OBJECT
public:
    ReviewsController(MainWindow *window, DesktopNotifier *notifier, QObject *parent = nullptr);

    // The profile's client (replaced with the profile); null to detach.
    void setClient(ControlPlaneClient *client);
    // Signed out: nothing of the last user's reviews stays on screen.
    void setSignedIn(bool signedIn);
    void refresh();

    ReviewsModel *model() { return &m_model; }
    ReviewsView *view() const { return m_view; }
    QToolButton *badge() const { return m_badge; }
    ReviewWatcher *watcher() { return &m_watcher; }
    // Pending items on the services the user owns: the badge's count.
    int pendingForMe() const { return m_pendingForMe; }

Q_SIGNALS:
    void reviewsUpdated();

private:
    void apply(const QJsonObject &list);
    void decide(const QString &campaignId, const QString &itemId,
                const ReviewDecisionRequest &request);
    void updateBadge();
    void updateReadOnly();

    MainWindow *m_window;
    ReviewsModel m_model;
    ReviewsView *m_view;
    QToolButton *m_badge;
    ReviewWatcher m_watcher;
    QPointer<ControlPlaneClient> m_client;
    int m_pendingForMe = 0; // what the control plane asks of this user (not an admin's all)
    bool m_signedIn = false;
    bool m_fetching = false;
    bool m_again = false;
};

} // namespace gatehouse
