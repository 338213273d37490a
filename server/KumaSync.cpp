#include "KumaSync.h"

#include "KumaHttp.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::server {

namespace {

constexpr int kTickMs = 500;
constexpr qint64 kIndexEveryMs = 5000; // how often a restart or upgrade is looked for
constexpr int kMaxInFlight = 4;        // per queue: writes and deletes each

QString labelTime(const QDateTime &t)
{
    // Label values allow no ':' and at most 63 characters.
    return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs);
}

QJsonObject allowRule(const QString &spiffeId)
{
    const QJsonObject match{
        {u"spiffeID"_qs, QJsonObject{{u"type"_qs, u"Exact"_qs}, {u"value"_qs, spiffeId}}}};
    return {{u"default"_qs, QJsonObject{{u"allow"_qs, QJsonArray{match}}}}};
}

const char *shapeName(KumaSync::Shape shape)
{
    switch (shape) {
    case KumaSync::Shape::From:
        return "2.x from";
    case KumaSync::Shape::Rules:
        return "2.x rules";
    case KumaSync::Shape::RulesV3:
        return "3.x rules";
    case KumaSync::Shape::Unknown:
        break;
    }
    return "unknown";
}

} // namespace

KumaSync::KumaSync(Store *store, QUrl controlPlane, QString trustDomain, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(std::make_unique<KumaSyncReader>(store))
    , m_client(new kuma::Client(std::move(controlPlane), this))
    , m_trustDomain(std::move(trustDomain))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &KumaSync::tick);
}

KumaSync::~KumaSync()
{
    // Answers still out must not call back into a half-destroyed object:
    // the reader's thread ends first, and what it queued here goes with us.
    m_reader.reset();
    delete m_client;
}

void KumaSync::start()
{
    m_timer.start();
    tick();
}

QString KumaSync::policyName(const QString &grantId)
{
    return u"gatehouse-grant-"_qs + grantId;
}

qint64 KumaSync::backoffMs(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min<qint64>(60'000, 1000LL << std::min(failures - 1, 6));
}

KumaSync::Shape KumaSync::shapeFor(const QString &version, const QJsonObject &index, QString *why)
{
    const auto resources = index.value(u"resources").toArray();
    for (const auto &value : resources) {
        const auto resource = value.toObject();
        if (resource.value(u"name").toString() != u"MeshTrafficPermission")
            continue;
        if (resource.value(u"readOnly").toBool()) {
            *why =
                u"MeshTrafficPermission is read-only on this control plane (Kubernetes mode?)"_qs;
            return Shape::Unknown;
        }
        const auto p = resource.value(u"policy").toObject();
        const bool from = p.value(u"hasFromTargetRef").toBool();
        const bool rules = p.value(u"hasRulesTargetRef").toBool();
        bool numeric = false;
        const int major = version.section(u'.', 0, 0).toInt(&numeric);
        // 3.x dropped `from` and MeshService top-level targets; a development
        // build without a release number shows it by offering rules only.
        if ((numeric && major >= 3) || (rules && !from))
            return Shape::RulesV3;
        if (rules)
            return Shape::Rules;
        if (from)
            return Shape::From;
        *why = u"the control plane offers no MeshTrafficPermission format"_qs;
        return Shape::Unknown;
    }
    *why = u"the control plane does not offer MeshTrafficPermission"_qs;
    return Shape::Unknown;
}

QJsonObject KumaSync::policy(const Grant &grant, const QString &mesh, const QString &target,
                             Shape shape, const QString &trustDomain)
{
    QJsonObject spec;
    switch (shape) {
    case Shape::RulesV3: {
        // Top level takes Mesh or Dataplane only; the target's proxies carry
        // its workload label, and identities are spiffe://<trust domain>/workload/<name>.
        spec.insert(u"targetRef"_qs,
                    QJsonObject{{u"kind"_qs, u"Dataplane"_qs},
                                {u"labels"_qs, QJsonObject{{u"kuma.io/workload"_qs, target}}}});
        QString domain = trustDomain;
        domain.replace(u"{mesh}"_qs, mesh);
        spec.insert(u"rules"_qs, QJsonArray{allowRule(
                                     u"spiffe://%1/workload/%2"_qs.arg(domain, grant.subject))});
        break;
    }
    case Shape::Rules:
        spec.insert(u"targetRef"_qs,
                    QJsonObject{{u"kind"_qs, u"MeshService"_qs}, {u"name"_qs, target}});
        spec.insert(u"rules"_qs,
                    QJsonArray{allowRule(u"spiffe://%1/%2"_qs.arg(mesh, grant.subject))});
        break;
    case Shape::From:
    case Shape::Unknown:
        spec.insert(u"targetRef"_qs,
                    QJsonObject{{u"kind"_qs, u"MeshService"_qs}, {u"name"_qs, target}});
        spec.insert(u"from"_qs, QJsonArray{QJsonObject{
                                    {u"targetRef"_qs, QJsonObject{{u"kind"_qs, u"MeshService"_qs},
                                                                  {u"name"_qs, grant.subject}}},
                                    {u"default"_qs, QJsonObject{{u"action"_qs, u"Allow"_qs}}}}});
        break;
    }
    return {{u"type"_qs, u"MeshTrafficPermission"_qs},
            {u"mesh"_qs, mesh},
            {u"name"_qs, policyName(grant.id)},
            {u"labels"_qs, QJsonObject{{u"gatehouse.io/grant"_qs, grant.id},
                                       {u"gatehouse.io/expires"_qs, labelTime(grant.expiresAt)},
                                       {u"gatehouse.io/managed"_qs, u"true"_qs}}},
            {u"spec"_qs, spec}};
}

std::optional<GrantMeshState> KumaSync::meshState(const Grant &g) const
{
    if (g.subjectKind != SubjectKind::Service)
        return std::nullopt;
    GrantMeshState s;
    const auto del = m_deletes.constFind(g.id);
    if (del != m_deletes.cend() && del->failures > 0) {
        s.state = GrantMeshState::State::Failed;
        s.error = u"still in the mesh: "_qs + del->error;
        s.since = del->since;
        s.nextAttempt = del->next;
        s.attempts = del->failures;
        return s;
    }
    const auto written = m_written.constFind(g.id);
    if (written != m_written.cend()) {
        // In place; for an ended grant, until its delete goes through.
        s.state = GrantMeshState::State::Applied;
        s.since = written->at;
        return s;
    }
    // Not in place and not failing: waiting for its write if it should be
    // there (no catalog lookup here: this runs for every grant listed).
    if (!g.isEffective(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    const auto attempt = m_writes.constFind(g.id);
    if (attempt != m_writes.cend() && attempt->failures > 0) {
        s.state = GrantMeshState::State::Failed;
        s.error = attempt->error;
        s.since = attempt->since;
        s.nextAttempt = attempt->next;
        s.attempts = attempt->failures;
    }
    return s;
}

void KumaSync::checkControlPlane()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Until a shape is known, ask every second; then every 5 s (and at once
    // after a refused write, see write()).
    const qint64 every = m_shape == Shape::Unknown && m_shapeError.isEmpty() ? 1000 : kIndexEveryMs;
    if (m_checking || (m_lastCheck.isValid() && m_lastCheck.msecsTo(now) < every))
        return;
    m_checking = true;
    m_lastCheck = now;
    m_client->call("GET", u"/"_qs, {}, [this](const kuma::Reply &r) {
        if (r.status != 200) {
            m_checking = false;
            m_identity.clear(); // whatever answers next is read afresh
            const QString e = r.describe("GET", u"/"_qs);
            if (e != m_lastError)
                qCWarning(lcServer) << "kuma: control plane unreachable:" << e;
            m_lastError = e;
            if (m_shape == Shape::Unknown) // never reached yet: grants say why
                m_shapeError = u"Kuma control plane not reachable: "_qs + e;
            return;
        }
        const QJsonObject index = QJsonDocument::fromJson(r.body).object();
        const QString version = index.value(u"version").toString();
        const QString identity = version + u'/' + index.value(u"instanceId").toString();
        if (identity == m_identity && m_shape != Shape::Unknown) {
            m_checking = false;
            return;
        }
        readResources(identity, version);
    });
}

void KumaSync::readResources(const QString &identity, const QString &version)
{
    m_client->call("GET", u"/_resources"_qs, {}, [this, identity, version](const kuma::Reply &r) {
        m_checking = false;
        if (r.status != 200) {
            qCWarning(lcServer) << "kuma:" << r.describe("GET", u"/_resources"_qs);
            if (m_shape == Shape::Unknown)
                m_shapeError = r.describe("GET", u"/_resources"_qs);
            return;
        }
        QString why;
        const Shape shape = shapeFor(version, QJsonDocument::fromJson(r.body).object(), &why);
        m_identity = identity;
        m_shapeError = why;
        if (shape != m_shape || !why.isEmpty())
            qCInfo(lcServer).noquote()
                << "kuma: control plane" << (version.isEmpty() ? u"?"_qs : version)
                << "takes MeshTrafficPermission as" << shapeName(shape) << why;
        if (m_shape != Shape::Unknown && shape != Shape::Unknown && shape != m_shape) {
            // Upgraded in place: what is in the mesh is written again in the new shape.
            for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
                m_rewrite.insert(it.key());
        }
        m_shape = shape;
    });
}

void KumaSync::tick()
{
    checkControlPlane();
    if (m_reading)
        return; // a large store takes longer than a tick: the next read follows it
    m_reading = true;
    m_sinceRead.clear();
    m_reader->read(this, [this](std::shared_ptr<const KumaSyncView> view) {
        m_reading = false;
        if (!view->error.isNull()) {
            qCWarning(lcServer) << "kuma:" << view->error.logText();
            return;
        }
        apply(*view);
        if (m_view)
            m_reader->dispose(std::move(m_view));
        m_view = std::move(view);
    });
}

void KumaSync::noteWritten(const QString &grantId, std::optional<Written> written)
{
    if (written)
        m_written.insert(grantId, *written);
    else
        m_written.remove(grantId);
    if (m_reading)
        m_sinceRead.insert(grantId, std::move(written));
}

// Runs on the API's thread: everything here is in proportion to what
// changed or is under way, never to the number of grants.
void KumaSync::apply(const KumaSyncView &view)
{
    // What is in place: the read's changes, then what this process wrote or
    // deleted while the read ran (the read may predate it).
    for (auto it = view.writtenAdded.cbegin(); it != view.writtenAdded.cend(); ++it)
        m_written.insert(it.key(), *it);
    for (const QString &id : view.writtenRemoved)
        m_written.remove(id);
    for (auto it = m_sinceRead.cbegin(); it != m_sinceRead.cend(); ++it) {
        if (*it)
            m_written.insert(it.key(), **it);
        else
            m_written.remove(it.key());
    }
    if (!view.writtenAdded.isEmpty() || !view.writtenRemoved.isEmpty())
        ++m_generation; // written or deleted here or elsewhere (another replica)

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QHash<QString, KumaSyncView::Wanted> &want = view.want;

    // Deletes first, and on their own: never behind a write.
    QHash<QString, QString> unwanted; // grant id -> mesh
    const auto considerWritten = [&](const QString &id) {
        const auto it = m_written.constFind(id);
        if (it != m_written.cend() && !want.contains(id))
            unwanted.insert(id, it->mesh);
    };
    for (const QString &id : view.unwanted)
        considerWritten(id);
    for (auto it = m_sinceRead.cbegin(); it != m_sinceRead.cend(); ++it)
        considerWritten(it.key());
    m_sinceRead.clear();
    for (auto it = m_maybeWritten.cbegin(); it != m_maybeWritten.cend(); ++it)
        if (!want.contains(it.key()) && !unwanted.contains(it.key()) &&
            !m_writes.value(it.key()).inFlight)
            unwanted.insert(it.key(), it.value());
    for (auto it = m_deletes.begin(); it != m_deletes.end();) // done elsewhere (another replica)
        it = unwanted.contains(it.key()) || it->inFlight ? std::next(it) : m_deletes.erase(it);
    int deleting = 0;
    for (const Attempt &a : std::as_const(m_deletes))
        deleting += a.inFlight;
    for (auto it = unwanted.cbegin(); it != unwanted.cend() && deleting < kMaxInFlight; ++it) {
        Attempt &a = m_deletes[it.key()];
        if (a.inFlight || (a.next.isValid() && now < a.next))
            continue;
        a.mesh = it.value();
        remove(it.key(), it.value());
        ++deleting;
    }

    // Writes of what should be in place and is not: what the read found
    // missing, and what a new control plane line needs rewritten.
    for (auto it = m_writes.begin(); it != m_writes.end();)
        it = want.contains(it.key()) || it->inFlight ? std::next(it) : m_writes.erase(it);
    m_rewrite.removeIf([&want](const QString &id) { return !want.contains(id); });
    QStringList toWrite;
    for (const QString &id : view.missing)
        if (!m_written.contains(id))
            toWrite.append(id);
    for (const QString &id : std::as_const(m_rewrite))
        toWrite.append(id);
    if (m_shape == Shape::Unknown) {
        if (!m_shapeError.isEmpty())
            for (const QString &id : std::as_const(toWrite)) {
                Attempt &a = m_writes[id];
                if (a.error != m_shapeError) {
                    a.failures = std::max(a.failures, 1);
                    a.error = m_shapeError;
                    a.since = a.since.isValid() ? a.since : now;
                    ++m_generation;
                }
            }
        return; // until the control plane says which shape it takes
    }
    int writing = 0;
    for (const Attempt &a : std::as_const(m_writes))
        writing += a.inFlight;
    for (auto it = toWrite.cbegin(); it != toWrite.cend() && writing < kMaxInFlight; ++it) {
        Attempt &a = m_writes[*it];
        if (a.inFlight || (a.next.isValid() && now < a.next))
            continue;
        const KumaSyncView::Wanted &wanted = want[*it];
        write(wanted.grant, wanted.mesh, wanted.target);
        ++writing;
    }
}

void KumaSync::failed(Attempt &a, const QString &error, const char *what, const QString &grantId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (a.failures == 0 || a.error != error) {
        ++m_generation;
    }
    if (a.failures == 0) {
        a.since = now;
        qCWarning(lcServer).noquote()
            << "kuma:" << what << policyName(grantId) << "failed:" << error;
    }
    ++a.failures;
    a.error = error;
    a.next = now.addMSecs(backoffMs(a.failures));
    qCDebug(lcServer) << "kuma:" << what << policyName(grantId) << "attempt" << a.failures
                      << "next at" << a.next;
}

void KumaSync::write(const Grant &g, const QString &mesh, const QString &target)
{
    const QString id = g.id;
    const QString path = u"/meshes/%1/meshtrafficpermissions/%2"_qs.arg(mesh, policyName(id));
    const QJsonObject body = policy(g, mesh, target, m_shape, m_trustDomain);
    Attempt &a = m_writes[id];
    a.inFlight = true;
    a.mesh = mesh;
    m_maybeWritten.insert(id, mesh);
    m_client->call("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   [this, id, mesh, path](const kuma::Reply &r) {
                       Attempt &a = m_writes[id];
                       a.inFlight = false;
                       if (r.status != 200 && r.status != 201) {
                           if (r.status >= 400 && r.status < 500)
                               m_maybeWritten.remove(id); // refused: nothing to clean up
                           if (r.status == 400)
                               m_lastCheck = {}; // refused shape: has the control plane changed?
                           failed(a, r.describe("PUT", path), "write of", id);
                           return;
                       }
                       QSqlQuery insert(QSqlDatabase::database(m_store->connectionName(), false));
                       insert.prepare(
                           u"INSERT INTO mesh_policies (grant_id, mesh, name, written_at) "
                           "VALUES (?, ?, ?, ?)"_qs);
                       insert.addBindValue(id);
                       insert.addBindValue(mesh);
                       insert.addBindValue(policyName(id));
                       insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
                       if (!insert.exec()) // another replica recorded it first: fine
                           qCDebug(lcServer) << "kuma: policy already recorded for" << id;
                       noteWritten(id, Written{mesh, QDateTime::currentDateTimeUtc()});
                       ++m_generation;
                       if (a.failures > 0)
                           qCInfo(lcServer) << "kuma: wrote" << policyName(id) << "after"
                                            << a.failures << "failed attempts";
                       else
                           qCInfo(lcServer) << "kuma: wrote" << policyName(id) << "in mesh" << mesh;
                       m_writes.remove(id);
                       m_maybeWritten.remove(id);
                       m_rewrite.remove(id);
                   });
}

void KumaSync::remove(const QString &id, const QString &mesh)
{
    const QString path = u"/meshes/%1/meshtrafficpermissions/%2"_qs.arg(mesh, policyName(id));
    m_deletes[id].inFlight = true;
    m_client->call("DELETE", path, {}, [this, id, path](const kuma::Reply &r) {
        Attempt &a = m_deletes[id];
        a.inFlight = false;
        if (r.status != 200 && r.status != 204 && r.status != 404) {
            failed(a, r.describe("DELETE", path), "delete of", id);
            return;
        }
        QSqlQuery remove(QSqlDatabase::database(m_store->connectionName(), false));
        remove.prepare(u"DELETE FROM mesh_policies WHERE grant_id = ?"_qs);
        remove.addBindValue(id);
        if (!remove.exec()) {
            failed(a, sql::storeError(u"mesh policies"_qs, remove.lastError()).logText(),
                   "delete of", id);
            return;
        }
        noteWritten(id, std::nullopt);
        m_maybeWritten.remove(id);
        m_deletes.remove(id);
        ++m_generation;
        qCInfo(lcServer) << "kuma: deleted" << policyName(id);
    });
}

} // namespace gatehouse::server
