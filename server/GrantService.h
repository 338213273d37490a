#pragma once

#include "GrantRepository.h"
#include "Result.h"
#include "Service.h"
#include "grants/GrantRequest.h"
#include "grants/Principal.h"

#include <QHash>
#include <QObject>

#include <chrono>

namespace gatehouse::server {

// The grant lifecycle: who may do what to which grant (GrantRules), stored
// with its audit record (GrantRepository). Emits changed() after each change
// this process makes, so waiting consoles hear of it at once.
class GrantService : public QObject
{
    Q_OBJECT
public:
    GrantService(GrantRepository *repository, const QList<Service> &catalog,
                 std::chrono::seconds reviewTimeout, QObject *parent = nullptr);

    const Service *service(const QString &name) const;
    const QList<Service> &catalog() const { return m_catalog; }
    bool canSee(const Principal &who, const Grant &grant) const;

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

private:
    using Check = std::function<Error(const Service &, const Grant &)>;
    Result<Grant> change(const Principal &who, const QString &id, const QList<GrantState> &from,
                         const QString &action, const Check &check,
                         const GrantRepository::Change &apply);

    GrantRepository *m_repository;
    QList<Service> m_catalog;
    QHash<QString, qsizetype> m_byName;
    std::chrono::seconds m_reviewTimeout;
};

} // namespace gatehouse::server
