#include "ReviewsController.h"

#include "AppLogging.h"
#include "MainWindow.h"
#include "ReviewsView.h"

#include <QJsonArray>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace gatehouse {

ReviewsController::ReviewsController(MainWindow *window, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_watcher(notifier)
{
    m_view = new ReviewsView(&m_model);
    m_window->tabs()->addTab(m_view, tr("Reviews"));
    m_badge = new QToolButton;
    m_badge->setObjectName(u"reviewsBadge"_qs);
    m_badge->setAutoRaise(true);
    m_badge->setToolTip(tr("Access reviews wait for your decision"));
    m_badge->hide();
    m_window->statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this,
            [this] { m_window->tabs()->setCurrentWidget(m_view); });
    connect(m_view, &ReviewsView::decisionRequested, this, &ReviewsController::decide);
    updateBadge();
    updateReadOnly();
}

void ReviewsController::setClient(ControlPlaneClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_model.clear();
    m_pendingForMe = 0;
    m_watcher.reset();
    updateBadge();
    if (!client)
        return;
    connect(client, &ControlPlaneClient::graphChanged, this, [this](const QJsonObject &graph) {
        QStringList owned;
        for (const QJsonValue &v : graph.value(u"services").toArray())
            if (v.toObject().value(u"owned_by_me").toBool())
                owned << v.toObject().value(u"name").toString();
        m_watcher.setOwnedServices(owned);
        refresh();
    });
    connect(client, &ControlPlaneClient::connectionChanged, this,
            &ReviewsController::updateReadOnly);
    updateReadOnly();
}

void ReviewsController::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    if (!signedIn) {
        m_model.clear();
        m_pendingForMe = 0;
        m_watcher.reset();
        m_view->clearError();
        updateBadge();
    }
    updateReadOnly();
}

void ReviewsController::refresh()
{
    if (!m_client || !m_signedIn)
        return;
    if (m_fetching) {
        m_again = true; // one more fetch after this one: the answer may be older
        return;
    }
    m_fetching = true;
    m_client->get(u"/v1/reviews"_qs, [this](ApiJob *job) {
        m_fetching = false;
        if (job->error().isNull())
            apply(job->object());
        else
            qCWarning(lcApp) << "cannot read access reviews:" << job->error().logText();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

void ReviewsController::apply(const QJsonObject &list)
{
    if (!m_signedIn)
        return;
    QList<ReviewCampaign> campaigns;
    for (const QJsonValue &v : list.value(u"items").toArray()) {
        auto c = ReviewCampaign::fromJson(v.toObject());
        if (c)
            campaigns.append(c.value());
        else
            qCWarning(lcApp) << "skipped a review the console cannot read:" << c.error().logText();
    }
    m_model.setCampaigns(campaigns);
    m_pendingForMe = list.value(u"pending_for_me").toInt();
    m_watcher.check(campaigns);
    updateBadge();
    Q_EMIT reviewsUpdated();
}

void ReviewsController::decide(const QString &campaignId, const QString &itemId,
                               const ReviewDecisionRequest &request)
{
    if (!m_client)
        return;
    m_client->decideReviewItem(campaignId, itemId, request, [this](ApiJob *job) {
        if (!job->error().isNull())
            m_view->showError(tr("The decision was not recorded: %1").arg(job->error().message));
        refresh();
    });
}

void ReviewsController::updateBadge()
{
    // An admin sees every item but is asked only about the services they own.
    const int pending = m_pendingForMe;
    m_badge->setText(tr("Reviews due (%1)").arg(pending));
    m_badge->setVisible(pending > 0);
    const int tab = m_window->tabs()->indexOf(m_view);
    m_window->tabs()->setTabText(tab,
                                 pending > 0 ? tr("Reviews (%1)").arg(pending) : tr("Reviews"));
}

void ReviewsController::updateReadOnly()
{
    if (!m_signedIn)
        m_view->setReadOnly(true, tr("Sign in to review access"));
    else if (!m_client || m_client->connection() != ControlPlaneClient::Connection::Online)
        m_view->setReadOnly(true, tr("Read-only: offline"));
    else
        m_view->setReadOnly(false);
}

} // namespace gatehouse
