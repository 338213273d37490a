#pragma once

#include "KumaSyncReader.h"
#include "Result.h"
#include "grants/Grant.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace gatehouse::server {

class Store;
namespace kuma {
class Client;
}

// Puts service-to-service grants into the Kuma mesh: one
// MeshTrafficPermission per grant (Kuma has no expiry field and writes are
// last-write-wins, so grants are never merged into a shared policy), labelled
// with the grant id and expiry, written with PUT, deleted at revoke or expiry.
//
// The policy's shape follows the control plane's release line, read from
// `GET /` (version, instance) and `GET /_resources` (formats), and read again
// when the control plane restarts or changes version (see shapeFor()).
//
// All Kuma I/O is asynchronous, and the reads of every active grant and
// policy run on a thread of their own (KumaSyncReader): only the comparison
// of what is wanted with what is written, and single-row updates, run on the
// API's thread. Each grant has its own write or delete state: deletes never
// wait behind writes, a failing write is retried with doubling waits (1 s up
// to 60 s), and its error is reported per grant.
class KumaSync : public QObject
{
    Q_OBJECT
public:
    KumaSync(Store *store, QUrl controlPlane, QString trustDomain, QObject *parent = nullptr);
    ~KumaSync() override;

    void start();
    kuma::Client *client() const { return m_client; }

    // The MeshTrafficPermission shapes of the Kuma lines (README, "Mesh").
    enum class Shape {
        Unknown,
        From,    // 2.x before 2.12: spec.from[] with MeshService refs and default.action
        Rules,   // 2.12 – 2.x: spec.rules[] with spiffe://<mesh>/<service> matchers
        RulesV3, // 3.x: Dataplane top-level target, workload SPIFFE identities
    };
    Shape shape() const { return m_shape; }
    // From the index's version and /_resources' MeshTrafficPermission entry.
    static Shape shapeFor(const QString &version, const QJsonObject &resources, QString *why);

    static QString policyName(const QString &grantId);
    static QJsonObject policy(const Grant &grant, const QString &mesh, const QString &targetService,
                              Shape shape, const QString &trustDomain);

    // Where `grant`'s policy stands, or nullopt for grants with no policy.
    std::optional<GrantMeshState> meshState(const Grant &grant) const;

    // Goes up whenever some grant's mesh state changes (a policy written or
    // deleted, a failure starting or ending): consoles poll it.
    qint64 generation() const { return m_generation; }

    // Retry waits: 1 s, 2 s, 4 s, … at most 60 s.
    static qint64 backoffMs(int failures);

private:
    struct Attempt
    {
        int failures = 0;
        QString error;
        QDateTime since; // first failure of the streak
        QDateTime next;  // not before
        bool inFlight = false;
        QString mesh;
    };
    using Written = KumaSyncView::Written;

    void tick();
    void checkControlPlane();
    void readResources(const QString &identity, const QString &version);
    void apply(const KumaSyncView &view);
    void noteWritten(const QString &grantId, std::optional<Written> written);
    void write(const Grant &grant, const QString &mesh, const QString &target);
    void remove(const QString &grantId, const QString &mesh);
    void failed(Attempt &attempt, const QString &error, const char *what, const QString &grantId);

    Store *m_store;
    std::unique_ptr<KumaSyncReader> m_reader;
    bool m_reading = false;
    std::shared_ptr<const KumaSyncView> m_view; // the latest read
    // Policies written or deleted here since the read in progress began:
    // that read may predate them, so they are laid over what it returns.
    QHash<QString, std::optional<Written>> m_sinceRead;
    kuma::Client *m_client;
    QString m_trustDomain;
    QTimer m_timer;

    Shape m_shape = Shape::Unknown;
    QString m_shapeError;              // why nothing can be written (read-only, no format)
    QString m_identity;                // version and instance id the shape was read from
    QDateTime m_lastCheck;             // of the index
    bool m_checking = false;           // an index or /_resources request is out
    QHash<QString, Written> m_written; // grant id -> policy in place (mesh_policies)
    QHash<QString, Attempt> m_writes;  // grant id -> write attempts
    QHash<QString, Attempt> m_deletes; // grant id -> delete attempts
    QSet<QString> m_rewrite;           // in place, in the shape of a line the control plane left
    QHash<QString, QString> m_maybeWritten; // grant id -> mesh: a PUT with no clear answer
    QString m_lastError;
    qint64 m_generation = 0;
};

} // namespace gatehouse::server
