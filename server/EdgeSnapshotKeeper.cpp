#include "EdgeSnapshotKeeper.h"

#include "ChangeNotifier.h"
#include "EdgeSnapshotRead.h"
#include "GrantRepository.h"
#include "ServerLogging.h"
#include "Store.h"

#include <QSqlDatabase>
#include <QThread>

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

ListenTarget listenTarget(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    return {db.hostName(), db.port() > 0 ? db.port() : 5432, db.userName(), db.password(),
            db.databaseName()};
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
    connect(&m_poll, &QTimer::timeout, this, &EdgeSnapshotKeeper::poll);
}

EdgeSnapshotKeeper::~EdgeSnapshotKeeper()
{
    m_notifier.reset();
    if (m_reload) {
        // Its result is posted to this object, which is going: drop it.
        m_reload->wait();
        delete m_reload;
    }
}

bool EdgeSnapshotKeeper::start()
{
    const bool ok = reloadAll();
    if (m_store->driver() == u"postgresql") {
        m_notifier = std::make_unique<ChangeNotifier>(listenTarget(m_store->connectionName()));
        // A grant that reached a final state leaves the snapshot on the
        // listening thread itself: a busy main thread cannot delay a revoke.
        connect(
            m_notifier.get(), &ChangeNotifier::changed, this,
            [this](const StoreChange &change) {
                if (isFinal(change))
                    dropGrant(change.objectId);
            },
            Qt::DirectConnection);
        connect(m_notifier.get(), &ChangeNotifier::changed, this,
                &EdgeSnapshotKeeper::storeChanged);
        connect(m_notifier.get(), &ChangeNotifier::listening, this, &EdgeSnapshotKeeper::listening);
        connect(m_notifier.get(), &ChangeNotifier::lost, this, [this] { m_pushing = false; });
        m_notifier->start();
        m_poll.setInterval(kSafetyPollMs);
    } else {
        m_poll.setInterval(kSqlitePollMs);
    }
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

bool EdgeSnapshotKeeper::reloadAll()
{
    EdgeSnapshotRead read = EdgeSnapshotRead::read(m_store->connectionName(), m_permissions);
    if (!read.ok()) {
        qCWarning(lcServer).noquote() << "edge snapshot:" << read.error;
        return false;
    }
    QMutexLocker lock(&m_stateMutex);
    install(std::move(read), {}, false);
    return true;
}

void EdgeSnapshotKeeper::reloadInBackground(const QString &why)
{
    if (m_reload) {
        m_reloadAgain = why;
        return;
    }
    qCInfo(lcReplicas).noquote() << "edge snapshot: reading every grant again:" << why;
    {
        QMutexLocker lock(&m_stateMutex);
        m_touched.clear();
        m_catalogTouched = false;
        m_readingAll = true;
    }
    const Store *store = m_store;
    const QList<StandingPermission> permissions = m_permissions;
    m_reload = QThread::create([this, store, permissions] {
        EdgeSnapshotRead read = EdgeSnapshotRead::readOnOwnConnection(*store, permissions);
        QMetaObject::invokeMethod(
            this,
            [this, read = std::move(read)]() mutable { installFromBackground(std::move(read)); },
            Qt::QueuedConnection);
    });
    m_reload->setObjectName(u"gatehoused-edge-read"_qs);
    m_reload->start();
}

void EdgeSnapshotKeeper::installFromBackground(EdgeSnapshotRead read)
{
    m_reload->wait();
    delete m_reload;
    m_reload = nullptr;
    {
        QMutexLocker lock(&m_stateMutex);
        m_readingAll = false;
        install(std::move(read), std::exchange(m_touched, {}),
                std::exchange(m_catalogTouched, false));
    }
    if (!m_reloadAgain.isEmpty())
        reloadInBackground(std::exchange(m_reloadAgain, QString()));
}

void EdgeSnapshotKeeper::install(EdgeSnapshotRead read, const QSet<QString> &touched,
                                 bool catalogTouched)
{
    if (!read.ok()) {
        qCWarning(lcServer).noquote() << "edge snapshot:" << read.error;
    } else {
        ++m_fullReads;
        m_services = std::move(read.services);
        m_active = std::move(read.active);
        m_serviceOf = std::move(read.serviceOf);
        std::shared_ptr<const DecisionSnapshot> snapshot = std::move(read.snapshot);
        // What changed while the read ran may be missing from it: read those
        // grants again and patch them in before anyone decides with it.
        for (const QString &id : touched) {
            const auto grant = m_grants->find(id);
            if (grant)
                snapshot = patched(*snapshot, grant.value());
        }
        m_catalogVersion = read.catalogVersion;
        const qint64 catalogNow = catalogTouched ? m_store->catalogVersion() : m_catalogVersion;
        if (catalogNow >= 0 && catalogNow != m_catalogVersion) {
            if (const auto services = m_store->services()) {
                m_services = services.value();
                QList<Grant> all;
                for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
                    all.append(it.value());
                std::sort(all.begin(), all.end(), listedBefore);
                snapshot = DecisionSnapshot::build(m_services, m_permissions, all);
                m_catalogVersion = catalogNow;
            }
        }
        publish(std::move(snapshot));
        // The read and the grants read again hold every final state now.
        m_final.clear();
        m_seenSeq = std::max(m_seenSeq, read.head);
        m_grantsVersion = read.head;
        m_changesSinceVersion = 0;
        qCInfo(lcServer) << "edge snapshot:" << read.grantCount << "active grants,"
                         << m_services.size() << "services, read and built in" << read.elapsedMs
                         << "ms";
    }
}

std::shared_ptr<const DecisionSnapshot> EdgeSnapshotKeeper::patched(const DecisionSnapshot &base,
                                                                    const Grant &grant)
{
    if (m_readingAll)
        m_touched.insert(grant.id);
    QList<Grant> &held = m_active[grant.service];
    held.removeIf([&](const Grant &g) { return g.id == grant.id; });
    m_serviceOf.remove(grant.id);
    // A read made before a final state was announced must not bring it back.
    if (grant.state == GrantState::Active && !m_final.contains(grant.id)) {
        held.insert(std::lower_bound(held.begin(), held.end(), grant, listedBefore), grant);
        m_serviceOf.insert(grant.id, grant.service);
    }
    return DecisionSnapshot::withService(base, grant.service, held);
}

void EdgeSnapshotKeeper::grantChanged(const Grant &grant)
{
    {
        QMutexLocker lock(&m_stateMutex);
        publish(patched(*current(), grant));
    }
    if (m_notifier)
        return; // the change's own notification keeps the sequence
    // SQLite: each grant change appends one audit record. When the head
    // moved by exactly the changes seen here since the last known head (a
    // reap sends several), the snapshot holds everything up to it and the
    // poll need not read every grant again.
    ++m_changesSinceVersion;
    const qint64 head = m_store->changeHead();
    if (m_grantsVersion >= 0 && head == m_grantsVersion + m_changesSinceVersion) {
        m_grantsVersion = head;
        m_changesSinceVersion = 0;
    }
}

void EdgeSnapshotKeeper::refreshGrant(const QString &id)
{
    const auto grant = m_grants->find(id);
    if (grant) {
        QMutexLocker lock(&m_stateMutex);
        publish(patched(*current(), grant.value()));
        return;
    }
    qCWarning(lcReplicas).noquote()
        << "edge snapshot: cannot read grant" << id << "again:" << grant.error().logText();
    reloadInBackground(u"a changed grant could not be read"_qs);
}

bool EdgeSnapshotKeeper::isFinal(const StoreChange &change)
{
    static const QStringList kFinal = {u"grant.revoked"_qs, u"grant.denied"_qs, u"grant.expired"_qs,
                                       u"grant.lapsed"_qs};
    return change.objectType == u"grant" && kFinal.contains(change.action);
}

void EdgeSnapshotKeeper::dropGrant(const QString &id)
{
    QMutexLocker lock(&m_stateMutex);
    m_final.insert(id);
    if (m_readingAll)
        m_touched.insert(id); // a full read in flight may still hold it: read again then
    const QString service = m_serviceOf.value(id);
    if (service.isEmpty())
        return; // not active here: nothing to take away
    QList<Grant> &held = m_active[service];
    held.removeIf([&](const Grant &g) { return g.id == id; });
    m_serviceOf.remove(id);
    publish(DecisionSnapshot::withService(*current(), service, held));
}

void EdgeSnapshotKeeper::catalogChanged()
{
    {
        QMutexLocker lock(&m_stateMutex);
        if (m_readingAll)
            m_catalogTouched = true;
    }
    // The reads run without the lock: a revoke arriving meanwhile is not held up.
    const qint64 version = m_store->catalogVersion();
    if (version < 0 || version == m_catalogVersion)
        return;
    const auto services = m_store->services();
    if (!services) {
        qCWarning(lcServer) << "edge snapshot: cannot read the catalog:"
                            << services.error().logText();
        return;
    }
    QMutexLocker lock(&m_stateMutex);
    m_services = services.value();
    QList<Grant> all;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        all.append(it.value());
    std::sort(all.begin(), all.end(), listedBefore);
    publish(DecisionSnapshot::build(m_services, m_permissions, all));
    m_catalogVersion = version;
}

void EdgeSnapshotKeeper::storeChanged(const StoreChange &change)
{
    if (change.seq <= m_seenSeq)
        return; // already in the snapshot (a full read included it)
    if (m_seenSeq >= 0 && change.seq > m_seenSeq + 1)
        reloadInBackground(
            u"changes %1 to %2 were not announced"_qs.arg(m_seenSeq + 1).arg(change.seq - 1));
    m_seenSeq = change.seq;
    // Final states were taken out on the listening thread, without a read.
    if (isFinal(change))
        return;
    if (change.objectType == u"grant")
        refreshGrant(change.objectId);
    else if (change.objectType == u"service" || change.objectType == u"catalog")
        catalogChanged();
}

void EdgeSnapshotKeeper::listening(bool again)
{
    m_pushing = true;
    // What was committed while nobody listened was not announced.
    if (again) {
        reloadInBackground(u"the change listener reconnected"_qs);
        return;
    }
    const qint64 head = m_store->changeHead();
    if (head != m_seenSeq)
        reloadInBackground(u"changes were made before listening began"_qs);
}

void EdgeSnapshotKeeper::poll()
{
    if (!m_notifier) {
        pollSqlite();
        return;
    }
    // The safety net: a head seen one poll ago that no notification (or full
    // read) has reached by now was missed.
    catalogChanged();
    if (m_lastPollHead > m_seenSeq && !m_reload)
        reloadInBackground(
            u"the audit head is at %1 but changes were seen up to %2"_qs.arg(m_lastPollHead)
                .arg(m_seenSeq));
    m_lastPollHead = m_store->changeHead();
}

void EdgeSnapshotKeeper::pollSqlite()
{
    catalogChanged();
    const qint64 head = m_store->changeHead();
    if (head >= 0 && head != m_grantsVersion)
        reloadAll();
}

} // namespace gatehouse::server
