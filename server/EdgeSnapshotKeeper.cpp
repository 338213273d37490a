#include "EdgeSnapshotKeeper.h"

#include "AuditLog.h"
#include "GrantRepository.h"
#include "ServerLogging.h"
#include "Store.h"

#include <QElapsedTimer>

#include <limits>

namespace gatehouse::server {

namespace {

// The store lists grants newest first (created_at DESC, id): keep that order,
// so the grant named in a decision is the one the list would name.
bool listedBefore(const Grant &a, const Grant &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

} // namespace

EdgeSnapshotKeeper::EdgeSnapshotKeeper(Store *store, GrantRepository *grants,
                                       const QList<StandingPermission> &permissions,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_grants(grants)
    , m_permissions(permissions)
    , m_snapshot(std::make_shared<DecisionSnapshot>())
{
    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &EdgeSnapshotKeeper::poll);
}

bool EdgeSnapshotKeeper::start()
{
    const bool ok = reloadAll();
    m_poll.start();
    return ok;
}

std::shared_ptr<const DecisionSnapshot> EdgeSnapshotKeeper::current() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

void EdgeSnapshotKeeper::publish(std::shared_ptr<const DecisionSnapshot> snapshot)
{
    QMutexLocker lock(&m_mutex);
    m_snapshot.swap(snapshot);
    // The old snapshot is released here or by the last thread deciding with it.
}

qint64 EdgeSnapshotKeeper::auditHead() const
{
    const auto head = AuditLog(m_store->connectionName()).head();
    return head ? head->seq : -1;
}

bool EdgeSnapshotKeeper::reloadAll()
{
    QElapsedTimer timer;
    timer.start();
    const qint64 catalogVersion = m_store->catalogVersion();
    const qint64 head = auditHead();
    const auto services = m_store->services();
    if (!services) {
        qCWarning(lcServer) << "edge snapshot: cannot read the catalog:"
                            << services.error().logText();
        return false;
    }
    GrantRepository::Filter filter;
    filter.states = {GrantState::Active};
    filter.limit = std::numeric_limits<int>::max();
    const auto active = m_grants->list(filter);
    if (!active) {
        qCWarning(lcServer) << "edge snapshot: cannot read grants:" << active.error().logText();
        return false;
    }
    ++m_fullReads;
    m_services = services.value();
    m_active.clear();
    for (const Grant &g : active.value())
        m_active[g.service].append(g);
    publish(DecisionSnapshot::build(m_services, m_permissions, active.value()));
    m_catalogVersion = catalogVersion;
    m_grantsVersion = head;
    m_changesSinceVersion = 0;
    qCInfo(lcServer) << "edge snapshot:" << active->size() << "active grants," << m_services.size()
                     << "services, built in" << timer.elapsed() << "ms";
    return true;
}

void EdgeSnapshotKeeper::grantChanged(const Grant &grant)
{
    QList<Grant> &held = m_active[grant.service];
    held.removeIf([&](const Grant &g) { return g.id == grant.id; });
    if (grant.state == GrantState::Active) {
        held.insert(std::lower_bound(held.begin(), held.end(), grant, listedBefore), grant);
    }
    publish(DecisionSnapshot::withService(*current(), grant.service, held));
    // Each grant change appends one audit record. When the head moved by
    // exactly the changes seen here since the last known head (a reap sends
    // several), the snapshot holds everything up to it and the poll need not
    // read every grant again; when it moved further, another replica changed
    // something too, and the poll reads everything.
    ++m_changesSinceVersion;
    const qint64 head = auditHead();
    if (m_grantsVersion >= 0 && head == m_grantsVersion + m_changesSinceVersion) {
        m_grantsVersion = head;
        m_changesSinceVersion = 0;
    }
}

void EdgeSnapshotKeeper::catalogChanged()
{
    const qint64 version = m_store->catalogVersion();
    if (version < 0 || version == m_catalogVersion)
        return;
    const auto services = m_store->services();
    if (!services) {
        qCWarning(lcServer) << "edge snapshot: cannot read the catalog:"
                            << services.error().logText();
        return;
    }
    m_services = services.value();
    QList<Grant> all;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        all.append(it.value());
    std::sort(all.begin(), all.end(), listedBefore);
    publish(DecisionSnapshot::build(m_services, m_permissions, all));
    m_catalogVersion = version;
}

void EdgeSnapshotKeeper::poll()
{
    catalogChanged();
    const qint64 head = auditHead();
    if (head >= 0 && head != m_grantsVersion)
        reloadAll();
}

} // namespace gatehouse::server
