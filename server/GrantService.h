#pragma once

#include "Clock.h"
#include "GrantRepository.h"
#include "Result.h"
#include "Service.h"
#include "grants/GrantRequest.h"
#include "grants/Principal.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <optional>

namespace gatehouse::server {

class Store;

// The grant lifecycle: who may do what to which grant (GrantRules), stored
// with its audit record (GrantRepository). Emits changed() after each change
// this process makes, so waiting consoles hear of it at once.
class GrantService : public QObject
{
    Q_OBJECT
public:
    GrantService(GrantRepository *repository, Store *store, std::chrono::seconds reviewTimeout,
                 QObject *parent = nullptr);

    // The clock expiry and review times are judged by (the system clock
    // unless a test configuration sets another); it must outlive this.
    void setClock(const Clock *clock) { m_clock = clock; }

    // The catalog as the store holds it (configuration plus admin-managed
    // services), reloaded when the audit head shows a change by any replica.
    std::optional<Service> service(const QString &name) const;
    const QList<Service> &catalog() const;
    bool canSee(const Principal &who, const Grant &grant) const;
    // Names of the catalog services `who` owns.
    QStringList ownedServices(const Principal &who) const;

    Result<GrantRepository::Created> create(const Principal &who, GrantRequest request,
                                            const QString &idempotencyKey,
                                            const QString &requestHash);
    Result<Grant> find(const Principal &who, const QString &id) const;
    Result<QList<Grant>> list(const Principal &who, GrantRepository::Filter filter) const;
    Result<Grant> approve(const Principal &who, const QString &id);
    Result<Grant> deny(const Principal &who, const QString &id);
    Result<Grant> revoke(const Principal &who, const QString &id);
    Result<Grant> extend(const Principal &who, const QString &id, const QDateTime &newExpiry);

    // Expires and lapses what is due; run by the reaper on every replica.
    Result<QList<Grant>> reap();

Q_SIGNALS:
    void changed();
    // One grant changed (created, approved, denied, revoked, extended, expired
    // or lapsed), emitted before the call that changed it returns: a receiver
    // connected directly acts before the API answers.
    void grantChanged(const gatehouse::Grant &grant);

private:
    using Check = std::function<Error(const Service &, const Grant &)>;
    Result<Grant> change(const Principal &who, const QString &id, const QList<GrantState> &from,
                         const QString &action, const Check &check,
                         const GrantRepository::Change &apply);

    void refreshCatalog() const;

    GrantRepository *m_repository;
    Store *m_store;
    mutable QList<Service> m_catalog;
    mutable QHash<QString, qsizetype> m_byName;
    mutable qint64 m_catalogVersion = -1;
    std::chrono::seconds m_reviewTimeout;
    const Clock *m_clock = &Clock::system();
};

} // namespace gatehouse::server
