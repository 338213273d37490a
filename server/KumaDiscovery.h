#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace gatehouse::server {

// What a Kuma control plane knows: meshes, services (MeshService and the
// legacy kuma.io/service view from service insights) with their health, and
// the MeshTrafficPermissions not written by Gatehouse, read as standing
// service-to-service permissions.
struct MeshSnapshot
{
    struct MeshService
    {
        QString mesh;
        QString name;
        QString source; // "meshservice" or "service-insight"
        QString health; // e.g. "Available", "19/20 online"
        QJsonObject toJson() const;
    };
    struct Rule
    {
        QString mesh;
        QString policy;
        QString from; // a service name, or "*" for the whole mesh
        QString to;   // likewise
        QString action;
        QJsonObject toJson() const;
    };
    QStringList meshes;
    QList<MeshService> services;
    QList<Rule> rules;
    QDateTime takenAt;
};

namespace kuma {
class Client;
}

// Reads the whole picture, following pagination, asynchronously: `done` runs
// from the event loop once every list has been read or one has failed.
void discoverMesh(kuma::Client *client, std::function<void(const Result<MeshSnapshot> &)> done);

} // namespace gatehouse::server
