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
    // 3.x selects proxies by label; a workload label names one workload.
    const QString workload =
        targetRef.value(u"labels").toObject().value(u"kuma.io/workload").toString();
    if (kind == u"Dataplane" && !workload.isEmpty())
        return workload;
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

namespace {

void readServices(MeshSnapshot *snapshot, const QString &mesh, const QJsonArray &items)
{
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        snapshot->services.append({mesh, o.value(u"name").toString(), u"meshservice"_qs,
                                   o.value(u"spec").toObject().value(u"state").toString()});
    }
}

void readInsights(MeshSnapshot *snapshot, const QString &mesh, const QJsonArray &items)
{
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        const QJsonObject dp = o.value(u"dataplanes").toObject();
        snapshot->services.append(
            {mesh, o.value(u"name").toString(), u"service-insight"_qs,
             u"%1/%2 online"_qs.arg(dp.value(u"online").toInt()).arg(dp.value(u"total").toInt())});
    }
}

void readPermissions(MeshSnapshot *snapshot, const QString &mesh, const QJsonArray &items)
{
    for (const auto &item : items) {
        const QJsonObject o = item.toObject();
        if (o.value(u"labels").toObject().value(u"gatehouse.io/managed").toString() == u"true")
            continue; // ours: grants, not standing permissions
        const QJsonObject spec = o.value(u"spec").toObject();
        const QString to = refName(spec.value(u"targetRef").toObject());
        const QString name = o.value(u"name").toString();
        for (const auto &from : spec.value(u"from").toArray()) {
            const QJsonObject f = from.toObject();
            snapshot->rules.append({mesh, name, refName(f.value(u"targetRef").toObject()), to,
                                    f.value(u"default").toObject().value(u"action").toString()});
        }
        for (const auto &rule : spec.value(u"rules").toArray()) {
            const auto allow =
                rule.toObject().value(u"default").toObject().value(u"allow").toArray();
            for (const auto &a : allow) {
                const QJsonObject id = a.toObject().value(u"spiffeID").toObject();
                QString who = id.value(u"value").toString();
                // spiffe://<mesh>/<service> (2.x) and spiffe://<trust
                // domain>/workload/<name> (3.x) name one caller; a prefix names many.
                const QString prefix = u"spiffe://"_qs + mesh + u"/"_qs;
                const qsizetype workload = who.lastIndexOf(u"/workload/"_qs);
                if (id.value(u"type").toString() != u"Exact")
                    who = u"*"_qs;
                else if (who.startsWith(prefix))
                    who = who.mid(prefix.size());
                else if (workload > 0)
                    who = who.mid(workload + 10);
                else
                    who = u"*"_qs;
                snapshot->rules.append({mesh, name, who, to, u"Allow"_qs});
            }
        }
    }
}

// One discovery: the mesh list, then per mesh its services, service insights
// and policies, one request at a time (Kuma is not flooded), each step
// started by the previous one's answer.
struct Discovery : std::enable_shared_from_this<Discovery>
{
    kuma::Client *client = nullptr;
    std::function<void(const Result<MeshSnapshot> &)> done;
    MeshSnapshot snapshot;
    QStringList pending; // meshes still to read

    void nextMesh()
    {
        if (pending.isEmpty()) {
            done(snapshot);
            return;
        }
        const QString mesh = pending.takeFirst();
        const QString base = u"/meshes/"_qs + mesh;
        auto self = shared_from_this();
        // Each page is read as it arrives: a mesh with tens of thousands of
        // policies never takes one long turn of the event loop.
        const auto stopOn = [self](const Error &e) { self->done(failed(e.detail)); };
        client->listPages(
            base + u"/meshservices"_qs,
            [self, mesh](const QJsonArray &page) { readServices(&self->snapshot, mesh, page); },
            [self, mesh, base, stopOn](const Error &e) {
                if (!e.isNull())
                    return stopOn(e);
                self->client->listPages(
                    base + u"/service-insights"_qs,
                    [self, mesh](const QJsonArray &page) {
                        readInsights(&self->snapshot, mesh, page);
                    },
                    [self, mesh, base, stopOn](const Error &e) {
                        if (!e.isNull())
                            return stopOn(e);
                        self->client->listPages(
                            base + u"/meshtrafficpermissions"_qs,
                            [self, mesh](const QJsonArray &page) {
                                readPermissions(&self->snapshot, mesh, page);
                            },
                            [self, stopOn](const Error &e) {
                                if (!e.isNull())
                                    return stopOn(e);
                                self->nextMesh();
                            });
                    });
            });
    }
};

} // namespace

void discoverMesh(kuma::Client *client, std::function<void(const Result<MeshSnapshot> &)> done)
{
    auto d = std::make_shared<Discovery>();
    d->client = client;
    d->done = std::move(done);
    d->snapshot.takenAt = QDateTime::currentDateTimeUtc();
    client->listAll(u"/meshes"_qs, [d](const Result<QJsonArray> &meshes) {
        if (!meshes)
            return d->done(failed(meshes.error().detail));
        for (const auto &m : meshes.value()) {
            const QString mesh = m.toObject().value(u"name").toString();
            d->snapshot.meshes.append(mesh);
            d->pending.append(mesh);
        }
        d->nextMesh();
    });
}

} // namespace gatehouse::server
