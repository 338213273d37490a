#include "KumaSync.h"

#include "GrantRepository.h"
#include "GrantService.h"
#include "KumaHttp.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTimer>

namespace gatehouse::server {

namespace {

using kuma::call;
using kuma::Reply;

QString labelTime(const QDateTime &t)
{
    // Label values allow no ':' and at most 63 characters.
    return t.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs);
}

} // namespace

KumaSync::KumaSync(Store *store, GrantRepository *grants, const GrantService *catalog,
                   QUrl controlPlane)
    : m_store(store)
    , m_grants(grants)
    , m_catalog(catalog)
    , m_controlPlane(std::move(controlPlane))
{}

QString KumaSync::policyName(const QString &grantId)
{
    return u"gatehouse-grant-"_qs + grantId;
}

QJsonObject KumaSync::policy(const Grant &grant, const QString &mesh, const QString &target,
                             Format format)
{
    QJsonObject spec{
        {u"targetRef"_qs, QJsonObject{{u"kind"_qs, u"MeshService"_qs}, {u"name"_qs, target}}}};
    if (format == Format::Rules) {
        spec.insert(
            u"rules"_qs,
            QJsonArray{QJsonObject{
                {u"default"_qs,
                 QJsonObject{{u"allow"_qs,
                              QJsonArray{QJsonObject{
                                  {u"spiffeID"_qs,
                                   QJsonObject{{u"type"_qs, u"Exact"_qs},
                                               {u"value"_qs, u"spiffe://%1/%2"_qs.arg(
                                                                 mesh, grant.subject)}}}}}}}}}});
    } else {
        spec.insert(u"from"_qs, QJsonArray{QJsonObject{
                                    {u"targetRef"_qs, QJsonObject{{u"kind"_qs, u"MeshService"_qs},
                                                                  {u"name"_qs, grant.subject}}},
                                    {u"default"_qs, QJsonObject{{u"action"_qs, u"Allow"_qs}}}}});
    }
    return {{u"type"_qs, u"MeshTrafficPermission"_qs},
            {u"mesh"_qs, mesh},
            {u"name"_qs, policyName(grant.id)},
            {u"labels"_qs, QJsonObject{{u"gatehouse.io/grant"_qs, grant.id},
                                       {u"gatehouse.io/expires"_qs, labelTime(grant.expiresAt)},
                                       {u"gatehouse.io/managed"_qs, u"true"_qs}}},
            {u"spec"_qs, spec}};
}

Error KumaSync::detectFormat()
{
    const Reply r = call("GET", QUrl(m_controlPlane.toString() + u"/_resources"_qs));
    if (r.status != 200)
        return Error{
            u"kuma.unreachable"_qs, {}, u"GET /_resources: %1 %2"_qs.arg(r.status).arg(r.error)};
    const auto resources = QJsonDocument::fromJson(r.body).object().value(u"resources").toArray();
    for (const auto &value : resources) {
        const auto resource = value.toObject();
        if (resource.value(u"name").toString() != u"MeshTrafficPermission")
            continue;
        const auto p = resource.value(u"policy").toObject();
        if (resource.value(u"readOnly").toBool())
            return Error{u"kuma.read_only"_qs,
                         {},
                         u"MeshTrafficPermission is read-only here (Kubernetes mode?)"_qs};
        m_format = p.value(u"hasRulesTargetRef").toBool()  ? Format::Rules
                   : p.value(u"hasFromTargetRef").toBool() ? Format::From
                                                           : Format::Unknown;
        if (m_format == Format::Unknown)
            return Error{u"kuma.format"_qs, {}, u"no MeshTrafficPermission format offered"_qs};
        qCInfo(lcServer) << "kuma: MeshTrafficPermission format"
                         << (m_format == Format::Rules ? "rules" : "from");
        return {};
    }
    return Error{u"kuma.format"_qs, {}, u"MeshTrafficPermission not offered"_qs};
}

Error KumaSync::sync()
{
    // Calls wait in a local event loop (the API keeps answering meanwhile);
    // a timer firing during one must not start a second pass.
    if (m_running)
        return {};
    m_running = true;
    const auto done = qScopeGuard([this] { m_running = false; });
    if (m_format == Format::Unknown) {
        if (Error e = detectFormat(); !e.isNull())
            return e;
    }
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    QHash<QString, QString> written; // grant id -> mesh
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT grant_id, mesh FROM mesh_policies"_qs))
            return sql::storeError(u"mesh policies"_qs, q.lastError());
        while (q.next())
            written.insert(q.value(0).toString(), q.value(1).toString());
    }
    GrantRepository::Filter filter;
    filter.states = {GrantState::Active};
    filter.limit = 100000;
    const auto active = m_grants->list(filter);
    if (!active)
        return active.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QSet<QString> wanted;
    for (const Grant &g : active.value()) {
        if (g.subjectKind != SubjectKind::Service || !g.isEffective(now))
            continue;
        // The catalog as the grant service caches it: re-read only when it changes.
        const auto target = m_catalog->service(g.service);
        if (!target)
            continue;
        wanted.insert(g.id);
        if (written.contains(g.id))
            continue;
        const QUrl url(m_controlPlane.toString() + u"/meshes/%1/meshtrafficpermissions/%2"_qs.arg(
                                                       target->mesh, policyName(g.id)));
        const QJsonObject body = policy(g, target->mesh, target->meshService, m_format);
        const Reply r = call("PUT", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (r.status != 200 && r.status != 201)
            return Error{u"kuma.write"_qs,
                         {},
                         u"PUT %1: %2 %3"_qs.arg(url.path())
                             .arg(r.status)
                             .arg(QString::fromUtf8(r.body.left(300)))};
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO mesh_policies (grant_id, mesh, name, written_at) "
                       "VALUES (?, ?, ?, ?)"_qs);
        insert.addBindValue(g.id);
        insert.addBindValue(target->mesh);
        insert.addBindValue(policyName(g.id));
        insert.addBindValue(now.toMSecsSinceEpoch());
        if (!insert.exec()) // another replica recorded it first: fine
            qCDebug(lcServer) << "kuma: policy already recorded for" << g.id;
        qCInfo(lcServer) << "kuma: wrote" << policyName(g.id) << "in mesh" << target->mesh;
    }
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        const QUrl url(m_controlPlane.toString() + u"/meshes/%1/meshtrafficpermissions/%2"_qs.arg(
                                                       it.value(), policyName(it.key())));
        const Reply r = call("DELETE", url);
        if (r.status != 200 && r.status != 204 && r.status != 404)
            return Error{u"kuma.delete"_qs,
                         {},
                         u"DELETE %1: %2 %3"_qs.arg(url.path()).arg(r.status).arg(r.error)};
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM mesh_policies WHERE grant_id = ?"_qs);
        remove.addBindValue(it.key());
        if (!remove.exec())
            return sql::storeError(u"mesh policies"_qs, remove.lastError());
        qCInfo(lcServer) << "kuma: deleted" << policyName(it.key());
    }
    return {};
}

} // namespace gatehouse::server
