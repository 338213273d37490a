#include "KumaDouble.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::test {

QByteArray kumaFixture(const QString &prefix)
{
    const QDir dir(QString::fromLatin1(kSourceDir) + u"/tests/fixtures/kuma"_qs);
    const QStringList matches = dir.entryList({prefix + u"*.json"_qs}, QDir::Files);
    if (matches.isEmpty())
        return {};
    QFile file(dir.filePath(matches.constFirst()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {
QHttpServerResponse json(const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse("application/json", body, status);
}

// Kuma's error envelope, shaped like the recorded 400 answer.
QHttpServerResponse notFound(const QString &name)
{
    const QJsonObject body{{u"type"_qs, u"/std-errors"_qs},
                           {u"status"_qs, 404},
                           {u"title"_qs, u"Could not retrieve a resource"_qs},
                           {u"detail"_qs, QString(u"Not found: "_qs + name)}};
    return json(QJsonDocument(body).toJson(), QHttpServerResponse::StatusCode::NotFound);
}
} // namespace

bool KumaDouble::start(bool offerFrom, bool offerRules)
{
    QJsonObject resources = QJsonDocument::fromJson(kumaFixture(u"11_"_qs)).object();
    QJsonArray list = resources.value(u"resources").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject r = list.at(i).toObject();
        if (r.value(u"name").toString() != u"MeshTrafficPermission")
            continue;
        QJsonObject policy = r.value(u"policy").toObject();
        policy.insert(u"hasFromTargetRef"_qs, offerFrom);
        policy.insert(u"hasRulesTargetRef"_qs, offerRules);
        r.insert(u"policy"_qs, policy);
        list.replace(i, r);
    }
    resources.insert(u"resources"_qs, list);
    const QByteArray resourcesBody = QJsonDocument(resources).toJson();
    if (list.isEmpty())
        return false;

    m_server.route(u"/_resources"_qs, [resourcesBody](const QHttpServerRequest &) {
        return json(resourcesBody, QHttpServerResponse::StatusCode::Ok);
    });
    // The recorded answers come from different test setups; they are stitched
    // into one world: meshes m1, m2 (recorded page 1) and "default" (page 2),
    // where the recorded MeshServices, service insights and MTP live.
    const auto address = [this] { return m_url.authority().toUtf8(); };
    const auto empty = QByteArray(R"({"total":0,"items":[],"next":null})");
    m_server.route(u"/meshes"_qs, [address](const QHttpServerRequest &request) {
        if (request.query().queryItemValue(u"offset"_qs) == u"2")
            return json(R"({"total":3,"items":[{"type":"Mesh","name":"default"}],"next":null})",
                        QHttpServerResponse::StatusCode::Ok);
        QByteArray body = kumaFixture(u"01_"_qs);
        body.replace("{{address}}", address());
        return json(body, QHttpServerResponse::StatusCode::Ok);
    });
    m_server.route(u"/meshes/<arg>/meshservices"_qs,
                   [empty](const QString &mesh, const QHttpServerRequest &) {
                       return json(mesh == u"default" ? kumaFixture(u"05_"_qs) : empty,
                                   QHttpServerResponse::StatusCode::Ok);
                   });
    m_server.route(u"/meshes/<arg>/service-insights"_qs, [address, empty](
                                                             const QString &mesh,
                                                             const QHttpServerRequest &request) {
        if (mesh != u"default")
            return json(empty, QHttpServerResponse::StatusCode::Ok);
        if (request.query().queryItemValue(u"offset"_qs) == u"2")
            return json(
                R"({"total":4,"items":[)"
                R"({"type":"ServiceInsight","mesh":"default","name":"frontend","dataplanes":{"total":2,"online":2}},)"
                R"({"type":"ServiceInsight","mesh":"default","name":"payments","dataplanes":{"total":3,"online":3}}],"next":null})",
                QHttpServerResponse::StatusCode::Ok);
        QByteArray body = kumaFixture(u"07_"_qs);
        body.replace("mesh-1", "default");
        body.replace("{{address}}", address());
        return json(body, QHttpServerResponse::StatusCode::Ok);
    });
    m_server.route(u"/meshes/<arg>/meshtrafficpermissions"_qs, [this](const QString &mesh,
                                                                      const QHttpServerRequest &) {
        QJsonArray items;
        if (mesh == u"default")
            items.append(QJsonDocument::fromJson(kumaFixture(u"08_"_qs)).object());
        for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
            if (it.key().startsWith(mesh + u'/'))
                items.append(it.value());
        }
        const QJsonObject list{{u"total"_qs, items.size()},
                               {u"items"_qs, items},
                               {u"next"_qs, QJsonValue(QJsonValue::Null)}};
        return json(QJsonDocument(list).toJson(), QHttpServerResponse::StatusCode::Ok);
    });
    m_server.route(
        u"/meshes/<arg>/meshtrafficpermissions/<arg>"_qs,
        [this](const QString &mesh, const QString &name, const QHttpServerRequest &request) {
            const QString key = mesh + u'/' + name;
            const QString path = request.url().path();
            switch (request.method()) {
            case QHttpServerRequest::Method::Put: {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                m_writes.append({"PUT", path, body});
                const bool existed = m_policies.contains(key);
                m_policies.insert(key, body);
                return json("{}", existed ? QHttpServerResponse::StatusCode::Ok
                                          : QHttpServerResponse::StatusCode::Created);
            }
            case QHttpServerRequest::Method::Delete:
                m_writes.append({"DELETE", path, {}});
                if (!m_policies.remove(key))
                    return notFound(name);
                return json("{}", QHttpServerResponse::StatusCode::Ok);
            default:
                if (!m_policies.contains(key))
                    return notFound(name);
                return json(QJsonDocument(m_policies.value(key)).toJson(),
                            QHttpServerResponse::StatusCode::Ok);
            }
        });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(u"http://127.0.0.1:%1"_qs.arg(port));
    return port != 0;
}

} // namespace gatehouse::test
