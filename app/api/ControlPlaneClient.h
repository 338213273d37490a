#pragma once

#include "ApiJob.h"
#include "LineStreamJob.h"
#include "grants/GrantRequest.h"
#include "reviews/Review.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gatehouse {

// The console's view of one control plane. While signed in it polls
// `/v1/graph?since=VERSION` every second (a 304 costs almost nothing) and,
// when the version moved, fetches the grant list with history, so a change
// made anywhere shows within about a second. Tracks whether the control plane
// answers; grant actions go through here too.
class ControlPlaneClient : public QObject
{
    Q_OBJECT
public:
    enum class Connection { Unknown, Online, Offline, Unauthorized };
    Q_ENUM(Connection)
    using TokenSource = std::function<QByteArray()>;
    using Callback = std::function<void(ApiJob *)>; // the job is deleted afterwards

    ControlPlaneClient(QNetworkAccessManager *nam, const QUrl &base, TokenSource token,
                       QObject *parent = nullptr);

    void setPollInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void start(); // polls now and then every interval
    void stop();
    void refreshNow();

    Connection connection() const { return m_connection; }
    QDateTime lastContact() const { return m_lastContact; }
    qint64 graphVersion() const { return m_version; }

    // A GET of any list (the access log, decisions); failures count like the poll's.
    void get(const QString &pathAndQuery, Callback done);
    // A GET of a JSON Lines answer (the access-log export), each line handed
    // to `onLine` as it arrives; `done` gets the job (deleted afterwards).
    // Failures count like the poll's.
    void getLines(const QString &pathAndQuery, LineStreamJob::LineHandler onLine,
                  std::function<void(LineStreamJob *)> done);
    // Grant changes answer with the grant as it now is: the caller shows that
    // at once (a failed change polls again, to show the state that refused it).
    void createGrant(const GrantRequest &request, const QByteArray &idempotencyKey, Callback done);
    // action: approve, deny, revoke, extend (body {"expires_at": ...}).
    void grantAction(const QString &id, const QString &action, const QJsonObject &body,
                     Callback done);
    // POST /v1/reviews/{campaign}/items/{item}/decision.
    void decideReviewItem(const QString &campaignId, const QString &itemId,
                          const ReviewDecisionRequest &request, Callback done);

Q_SIGNALS:
    void graphChanged(const QJsonObject &graph);
    void grantsChanged(const QJsonObject &grantList);
    void connectionChanged(gatehouse::ControlPlaneClient::Connection connection);
    // Who the control plane says the signed-in user is (`/v1/me`): the subject
    // grants and owners are matched on, which may be another claim than the
    // ID token's opaque `sub`.
    void identityChanged(const QString &subject, const QStringList &groups);

private:
    void poll();
    void fetchGrants();
    void fetchIdentity();
    void setConnection(Connection connection);
    void noteFailure(const ApiJob *job);
    ApiJob *newJob(ApiJob::Method method, const QString &pathAndQuery);
    QUrl urlFor(const QString &pathAndQuery) const;
    void post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey,
              Callback done);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    TokenSource m_token;
    QTimer m_timer;
    Connection m_connection = Connection::Unknown;
    QDateTime m_lastContact;
    qint64 m_version = -1;
    qint64 m_meshVersion = 0; // grants' mesh state, from the graph
    bool m_polling = false;
    bool m_grantsDirty = false;
};

} // namespace gatehouse
