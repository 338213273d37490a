#include "KumaDiscovery.h"

#include "KumaHttp.h"

#include <QJsonArray>

namespace gatehouse::server {

namespace {

QString refName(const QJsonObject &targetRef)
{
    const QString kind = targetRef.value(u"kind").toString();
    if (kind == u"Mesh")
        return u"*"_qs;
    return targetRef.value(u"name").toString();
}

Error failed(const QString &detail)
{
    return Error{u"kuma.discovery"_qs, {}, detail};
}

} // namespace

QJsonObject MeshSnapshot::MeshService::toJson() const
{
    return {{u"mesh"_qs, mesh}, {u"name"_qs, name}, {u"source"_qs, source}, {u"health"_qs, health}};
}

QJsonObject MeshSnapshot::Rule::toJson() const
{
    return {{u"mesh"_qs, mesh}, {u"policy"_qs, policy}, {u"from"_qs, from},
            {u"to"_qs, to},     {u"action"_qs, action}, {u"source"_qs, u"kuma"_qs}};
}

Result<MeshSnapshot> discoverMesh(const QUrl &cp)
{
    MeshSnapshot snapshot;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    QString error;
    QJsonArray meshes;
    if (!kuma::listAll(QUrl(cp.toString() + u"/meshes"_qs), &meshes, &error))
        return failed(error);
    for (const auto &m : std::as_const(meshes)) {
        const QString mesh = m.toObject().value(u"name").toString();
        snapshot.meshes.append(mesh);
        const QString base = cp.toString() + u"/meshes/"_qs + mesh;

        QJsonArray items;
        if (!kuma::listAll(QUrl(base + u"/meshservices"_qs), &items, &error))
            return failed(error);
        for (const auto &item : std::as_const(items)) {
            const QJsonObject o = item.toObject();
            snapshot.services.append({mesh, o.value(u"name").toString(), u"meshservice"_qs,
                                      o.value(u"spec").toObject().value(u"state").toString()});
        }
        items = {};
        if (!kuma::listAll(QUrl(base + u"/service-insights"_qs), &items, &error))
            return failed(error);
        for (const auto &item : std::as_const(items)) {
            const QJsonObject o = item.toObject();
            const QJsonObject dp = o.value(u"dataplanes").toObject();
            snapshot.services.append({mesh, o.value(u"name").toString(), u"service-insight"_qs,
                                      u"%1/%2 online"_qs.arg(dp.value(u"online").toInt())
                                          .arg(dp.value(u"total").toInt())});
        }
        items = {};
        if (!kuma::listAll(QUrl(base + u"/meshtrafficpermissions"_qs), &items, &error))
            return failed(error);
        for (const auto &item : std::as_const(items)) {
            const QJsonObject o = item.toObject();
            if (o.value(u"labels").toObject().value(u"gatehouse.io/managed").toString() == u"true")
                continue; // ours: grants, not standing permissions
            const QJsonObject spec = o.value(u"spec").toObject();
            const QString to = refName(spec.value(u"targetRef").toObject());
            const QString name = o.value(u"name").toString();
            for (const auto &from : spec.value(u"from").toArray()) {
                const QJsonObject f = from.toObject();
                snapshot.rules.append({mesh, name, refName(f.value(u"targetRef").toObject()), to,
                                       f.value(u"default").toObject().value(u"action").toString()});
            }
            for (const auto &rule : spec.value(u"rules").toArray()) {
                const auto allow =
                    rule.toObject().value(u"default").toObject().value(u"allow").toArray();
                for (const auto &a : allow) {
                    const QJsonObject id = a.toObject().value(u"spiffeID").toObject();
                    QString who = id.value(u"value").toString();
                    // spiffe://<mesh>/<service> names one service; a prefix names many.
                    const QString prefix = u"spiffe://"_qs + mesh + u"/"_qs;
                    if (id.value(u"type").toString() == u"Exact" && who.startsWith(prefix))
                        who = who.mid(prefix.size());
                    else
                        who = u"*"_qs;
                    snapshot.rules.append({mesh, name, who, to, u"Allow"_qs});
                }
            }
        }
    }
    return snapshot;
}

} // namespace gatehouse::server
