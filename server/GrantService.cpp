#include "GrantService.h"

#include "ServerLogging.h"
#include "Store.h"
#include "grants/GrantErrors.h"
#include "grants/GrantRules.h"
#include "grants/Holds.h"

#include <QCoreApplication>
#include <QUuid>

namespace gatehouse::server {

namespace {

Error notFound()
{
    return grantError(GrantErrorCode::NotFound,
                      QCoreApplication::translate("GrantService", "No such grant."));
}

Error unknownService(const QString &name)
{
    return grantError(
        GrantErrorCode::UnknownService,
        QCoreApplication::translate("GrantService", "There is no service named %1.").arg(name));
}

} // namespace

GrantService::GrantService(GrantRepository *repository, Store *store,
                           std::chrono::seconds reviewTimeout, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_store(store)
    , m_reviewTimeout(reviewTimeout)
{}

void GrantService::refreshCatalog() const
{
    const qint64 version = m_store->catalogVersion();
    if (version < 0 || version == m_catalogVersion)
        return;
    const auto services = m_store->services();
    if (!services) {
        qCWarning(lcGrants) << "cannot reload the catalog:" << services.error().logText();
        return;
    }
    m_catalog = services.value();
    m_byName.clear();
    for (qsizetype i = 0; i < m_catalog.size(); ++i)
        m_byName.insert(m_catalog.at(i).name, i);
    m_catalogVersion = version;
}

const QList<Service> &GrantService::catalog() const
{
    refreshCatalog();
    return m_catalog;
}

std::optional<Service> GrantService::service(const QString &name) const
{
    refreshCatalog();
    const auto it = m_byName.constFind(name);
    if (it == m_byName.cend())
        return std::nullopt;
    return m_catalog.at(*it);
}

QStringList GrantService::ownedServices(const Principal &who) const
{
    QStringList owned;
    for (const Service &s : catalog()) {
        if (who.isOwnerOf(s))
            owned.append(s.name);
    }
    return owned;
}

bool GrantService::canSee(const Principal &who, const Grant &grant) const
{
    if (who.seesAllGrants() || grant.requestedBy == who.subject)
        return true;
    if (names(grant.subjectKind, grant.subject, who))
        return true;
    const auto s = service(grant.service);
    return s && who.isOwnerOf(*s);
}

Result<GrantRepository::Created> GrantService::create(const Principal &who, GrantRequest request,
                                                      const QString &idempotencyKey,
                                                      const QString &requestHash)
{
    const auto s = service(request.service);
    if (!s)
        return unknownService(request.service);
    const QDateTime at = m_clock->now();
    request.resolveTimes(at);
    const auto decision = grantrules::decideCreate(*s, request, who, at);
    if (!decision)
        return decision.error();

    Grant g;
    g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    g.subjectKind = request.subjectKind;
    g.subject = request.subject;
    g.service = request.service;
    g.methods = request.methods;
    g.pathPrefixes = request.pathPrefixes;
    g.startsAt = request.startsAt;
    g.expiresAt = request.expiresAt;
    g.reason = request.reason;
    g.ticket = request.ticket;
    g.requestedBy = who.subject;
    g.state = decision->state;
    g.createdAt = at;
    if (g.state == GrantState::Active) {
        g.approvedBy = who.subject;
        g.decidedAt = at;
        g.decidedBy = who.subject;
    } else {
        g.reviewBy = at.addSecs(m_reviewTimeout.count());
    }
    auto created = m_repository->create(g, idempotencyKey, requestHash, at);
    if (created && !created->replayed) {
        qCInfo(lcGrants) << "grant" << g.id << toString(g.state) << "for" << g.subject << "on"
                         << g.service << "by" << who.subject;
        Q_EMIT grantChanged(created->grant);
        Q_EMIT changed();
    }
    return created;
}

Result<Grant> GrantService::find(const Principal &who, const QString &id) const
{
    auto grant = m_repository->find(id);
    if (!grant)
        return grant.error();
    if (!canSee(who, grant.value()))
        return notFound(); // do not reveal that it exists
    return grant;
}

Result<QList<Grant>> GrantService::list(const Principal &who, GrantRepository::Filter filter) const
{
    // Visibility is part of the query, so a limit never hides the caller's
    // own grants behind others they cannot see.
    if (!who.seesAllGrants()) {
        filter.restricted = true;
        filter.user = who.subject;
        filter.userKind = toString(who.kind);
        filter.groups = who.groups;
        filter.ownedServices = ownedServices(who);
    }
    return m_repository->list(filter);
}

Result<Grant> GrantService::change(const Principal &who, const QString &id,
                                   const QList<GrantState> &from, const QString &action,
                                   const Check &check, const GrantRepository::Change &apply)
{
    auto current = find(who, id);
    if (!current)
        return current.error();
    const auto s = service(current->service);
    if (!s)
        return unknownService(current->service);
    if (Error e = check(*s, current.value()); !e.isNull())
        return e;
    auto result = m_repository->transition(id, from, who.subject, action, apply, m_clock->now());
    if (result) {
        qCInfo(lcGrants) << action << id << "by" << who.subject;
        Q_EMIT grantChanged(result.value());
        Q_EMIT changed();
    }
    return result;
}

Result<Grant> GrantService::approve(const Principal &who, const QString &id)
{
    const QDateTime at = m_clock->now();
    return change(
        who, id, {GrantState::Pending}, u"grant.approved"_qs,
        [&](const Service &s, const Grant &g) { return grantrules::checkApprove(s, g, who); },
        [&](Grant &g) {
            if (g.expiresAt <= at)
                return grantError(GrantErrorCode::Conflict,
                                  QCoreApplication::translate(
                                      "GrantService", "The requested window has already passed."));
            g.state = GrantState::Active;
            g.approvedBy = who.subject;
            g.decidedBy = who.subject;
            g.decidedAt = at;
            return Error();
        });
}

Result<Grant> GrantService::deny(const Principal &who, const QString &id)
{
    const QDateTime at = m_clock->now();
    return change(
        who, id, {GrantState::Pending}, u"grant.denied"_qs,
        [&](const Service &s, const Grant &g) { return grantrules::checkReview(s, g, who); },
        [&](Grant &g) {
            g.state = GrantState::Denied;
            g.decidedBy = who.subject;
            g.decidedAt = at;
            return Error();
        });
}

Result<Grant> GrantService::revoke(const Principal &who, const QString &id)
{
    const QDateTime at = m_clock->now();
    return change(
        who, id, {GrantState::Active, GrantState::Pending}, u"grant.revoked"_qs,
        [&](const Service &s, const Grant &g) { return grantrules::checkRevoke(s, g, who); },
        [&](Grant &g) {
            g.state = GrantState::Revoked;
            g.revokedAt = at;
            g.revokedBy = who.subject;
            return Error();
        });
}

Result<Grant> GrantService::extend(const Principal &who, const QString &id,
                                   const QDateTime &newExpiry)
{
    const QDateTime at = m_clock->now();
    return change(
        who, id, {GrantState::Active}, u"grant.extended"_qs,
        [&](const Service &s, const Grant &g) {
            return grantrules::checkExtend(s, g, who, newExpiry, at);
        },
        [&](Grant &g) {
            g.expiresAt = newExpiry;
            return Error();
        });
}

Result<QList<Grant>> GrantService::reap()
{
    auto changedGrants = m_repository->reap(m_clock->now());
    if (changedGrants && !changedGrants->isEmpty()) {
        for (const Grant &g : changedGrants.value())
            qCInfo(lcGrants) << "grant" << g.id << "is now" << toString(g.state);
        for (const Grant &g : changedGrants.value())
            Q_EMIT grantChanged(g);
        Q_EMIT changed();
    }
    return changedGrants;
}

} // namespace gatehouse::server
