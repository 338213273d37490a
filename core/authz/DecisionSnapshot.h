#pragma once

#include "authz/AccessDecider.h"

#include <QHash>
#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace gatehouse {

// One immutable view of what the edge allows: catalog hosts, standing rules
// and active grants, indexed by host and by subject so a decision looks up
// instead of scanning. Built off the request path and shared between
// deciding threads through std::shared_ptr<const DecisionSnapshot>; nothing
// in it changes after it is built, so readers need no lock.
//
// decide() answers exactly as AccessDecider does for the same inputs (the
// grant listed first wins when several cover a request; grants before
// standing rules).
class DecisionSnapshot
{
public:
    // A grant or a standing rule, as the decider needs it.
    struct Rule
    {
        qsizetype order = 0; // position in the grant list (grants) or rule list (standing)
        QString grantId;     // empty for standing rules
        QString standing;    // "kind:subject" for standing rules
        QStringList methods;
        QStringList pathPrefixes;
        qint64 startsAtMs = 0;
        qint64 expiresAtMs = 0;
        QString allowReason; // written once when the snapshot is built
    };
    // Rules of one service, by who holds them: one table per SubjectKind,
    // keyed by subject (group rules by group name).
    using BySubject = QHash<QString, std::vector<Rule>>;
    struct ServiceRules
    {
        std::array<BySubject, 4> grants;
        std::array<BySubject, 4> standing;
    };
    using ServicePtr = std::shared_ptr<const ServiceRules>;

    DecisionSnapshot() = default;

    // A full build from the catalog, standing rules and active grants.
    static std::shared_ptr<const DecisionSnapshot> build(const QList<Service> &services,
                                                         const QList<AccessRule> &rules,
                                                         const QList<Grant> &grants);
    // A copy of `base` whose rules for `service` are built again from
    // `grants` (that service's active grants, in list order). The other
    // services' rules are shared with `base`, not copied.
    static std::shared_ptr<const DecisionSnapshot>
    withService(const DecisionSnapshot &base, const QString &service, const QList<Grant> &grants);

    Decision decide(const Principal &who, const AccessRequest &request, const QDateTime &now) const;

    // The service an edge host belongs to, or an empty string.
    QString serviceAt(const QString &host) const;
    qsizetype grantCount() const { return m_grantCount; }
    qsizetype hostCount() const { return m_serviceByHost.size(); }

private:
    static ServicePtr buildService(const QString &service, const QList<AccessRule> &rules,
                                   const QList<Grant> &grants);
    // Host lookup without the full normalisation when the host is already
    // in its one spelling (lower-case ASCII, maybe a port or a trailing dot).
    QString fastServiceAt(const QString &host) const;

    QHash<QString, QString> m_serviceByHost;
    QHash<QString, ServicePtr> m_rulesByService;
    QHash<QString, qsizetype> m_grantsPerService;
    QList<AccessRule> m_standing;
    qsizetype m_grantCount = 0;
};

} // namespace gatehouse
