#include "KumaDouble.h"

#include "TestEnvironment.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace gatehouse::test {

using Status = QHttpServerResponder::StatusCode;

QByteArray kumaFixture(const QString &prefix)
{
    const QDir dir(QString::fromLatin1(kSourceDir) + u"/tests/fixtures/kuma"_qs);
    const QStringList matches = dir.entryList({prefix + u"*.json"_qs}, QDir::Files);
    if (matches.isEmpty())
        return {};
    QFile file(dir.filePath(matches.constFirst()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString toString(KumaLine line)
{
    switch (line) {
    case KumaLine::V2_11:
        return u"2.11.8"_qs;
    case KumaLine::V2_14:
        return u"2.14.3"_qs;
    case KumaLine::V3:
        return u"3.0.0"_qs;
    }
    return {};
}

namespace {

// Kuma's error envelope, shaped like the recorded 400 answer (fixture 10).
QByteArray problem(int status, const QString &title, const QString &detail,
                   const QStringList &violations = {})
{
    QJsonArray invalid;
    for (const QString &v : violations) {
        const qsizetype colon = v.indexOf(u": "_qs);
        invalid.append(QJsonObject{{u"field"_qs, v.left(colon)}, {u"reason"_qs, v.mid(colon + 2)}});
    }
    QJsonObject body{{u"type"_qs, u"/std-errors"_qs},
                     {u"status"_qs, status},
                     {u"title"_qs, title},
                     {u"detail"_qs, detail}};
    if (!invalid.isEmpty())
        body.insert(u"invalid_parameters"_qs, invalid);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// mesh.ValidateTargetRef of the line, for the parts a policy written by
// Gatehouse can touch: supported kinds, and which of name/labels each kind
// takes (2.x: pkg/core/resources/apis/mesh/validators.go; 3.x the same file
// under the /v3 module).
void checkTargetRef(KumaLine line, const QString &at, const QJsonValue &value,
                    const QStringList &kinds, QStringList *out)
{
    const QJsonObject ref = value.toObject();
    const QString kind = ref.value(u"kind").toString();
    if (kind.isEmpty()) {
        out->append(at + u".kind: must be defined"_qs);
        return;
    }
    if (!kinds.contains(kind)) {
        out->append(at + u".kind: value '%1' is not supported"_qs.arg(kind));
        return;
    }
    const QString name = ref.value(u"name").toString();
    const bool labels = !ref.value(u"labels").toObject().isEmpty();
    if (kind == u"Mesh") {
        if (!name.isEmpty())
            out->append(at + u".name: using name with kind Mesh is not yet supported"_qs);
        if (labels)
            out->append(at + u".labels: must not be set with kind Mesh"_qs);
    } else if (kind == u"Dataplane") {
        if (labels && !name.isEmpty())
            out->append(at + u".labels: either labels or name and namespace must be specified"_qs);
    } else if (kind == u"MeshService") {
        static const QRegularExpression nameChars(u"^[0-9a-z.\\-_]*$"_qs);
        if (line == KumaLine::V3 && !labels)
            out->append(at + u".labels: must be set with kind MeshService"_qs);
        if (!labels && name.isEmpty())
            out->append(at + u".name: must be set with kind MeshService"_qs);
        if (!nameChars.match(name).hasMatch())
            out->append(at + u".name: invalid characters"_qs);
        if (labels && !name.isEmpty())
            out->append(at + u".labels: either labels or name and namespace must be specified"_qs);
    }
}

void checkRules(const QJsonArray &rules, QStringList *out)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString at = u"spec.rules[%1]"_qs.arg(i);
        const QJsonObject conf = rules.at(i).toObject().value(u"default").toObject();
        bool any = false;
        for (const auto *field : {"allow", "allowWithShadowDeny", "deny"}) {
            const QJsonArray matches = conf.value(QLatin1String(field)).toArray();
            any = any || !matches.isEmpty();
            for (qsizetype j = 0; j < matches.size(); ++j) {
                const QJsonObject id = matches.at(j).toObject().value(u"spiffeID").toObject();
                const QString where = u"%1.%2[%3].spiffeID"_qs.arg(at, QLatin1String(field)).arg(j);
                const QString type = id.value(u"type").toString();
                if (type != u"Exact" && type != u"Prefix")
                    out->append(where + u".type: must be Exact or Prefix"_qs);
                if (!id.value(u"value").toString().startsWith(u"spiffe://"))
                    out->append(where + u".value: must be a spiffe:// ID"_qs);
            }
        }
        if (!any)
            out->append(
                at +
                u": at least one of 'allow', 'allowWithShadowDeny', 'deny' has to be defined"_qs);
    }
}

void checkFrom(KumaLine line, const QJsonArray &from, QStringList *out)
{
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QString at = u"spec.from[%1]"_qs.arg(i);
        const QJsonObject item = from.at(i).toObject();
        checkTargetRef(line, at + u".targetRef"_qs, item.value(u"targetRef"),
                       {u"Mesh"_qs, u"MeshSubset"_qs, u"MeshService"_qs, u"MeshServiceSubset"_qs},
                       out);
        if (item.value(u"default").toObject().value(u"action").toString().isEmpty())
            out->append(at + u".default.action: must be defined"_qs);
    }
}

} // namespace

// The checks of pkg/plugins/policies/meshtrafficpermission/api/v1alpha1/validator.go
// in each line, as read in kumahq/kuma:
// - 2.11: top-level targetRef Mesh, MeshSubset, MeshService, MeshServiceSubset
//   or Dataplane; `from` needs at least one item, each with a targetRef (Mesh,
//   MeshSubset, MeshService, MeshServiceSubset) and `default.action`. No `rules`.
// - 2.12 to 2.14: the same top-level kinds; `from` or `rules`, never both, at
//   least one; each rule allows, shadow-denies or denies SPIFFE ID matches.
// - 3.x: top-level targetRef Mesh or Dataplane only; `rules` required (`from`
//   is gone, kumahq/kuma#17608).
QStringList KumaDouble::validate(KumaLine line, const QJsonObject &policy)
{
    QStringList out;
    if (policy.value(u"type").toString() != u"MeshTrafficPermission")
        out.append(u"type: must be MeshTrafficPermission"_qs);
    const QJsonObject spec = policy.value(u"spec").toObject();
    const QJsonArray from = spec.value(u"from").toArray();
    const QJsonArray rules = spec.value(u"rules").toArray();
    QStringList topKinds{u"Mesh"_qs, u"Dataplane"_qs};
    if (line != KumaLine::V3)
        topKinds << u"MeshSubset"_qs << u"MeshService"_qs << u"MeshServiceSubset"_qs;
    if (spec.contains(u"targetRef"))
        checkTargetRef(line, u"spec.targetRef"_qs, spec.value(u"targetRef"), topKinds, &out);
    switch (line) {
    case KumaLine::V2_11:
        if (spec.contains(u"rules"))
            out.append(u"spec.rules: unknown field"_qs);
        if (from.isEmpty())
            out.append(u"spec.from: needs at least one item"_qs);
        checkFrom(line, from, &out);
        break;
    case KumaLine::V2_14:
        if (!from.isEmpty() && !rules.isEmpty())
            out.append(u"spec: field 'from' must be empty when 'rules' is defined"_qs);
        if (from.isEmpty() && rules.isEmpty())
            out.append(u"spec: at least one of 'from' or 'rules' has to be defined"_qs);
        checkRules(rules, &out);
        checkFrom(line, from, &out);
        break;
    case KumaLine::V3:
        if (spec.contains(u"from"))
            out.append(u"spec.from: unknown field"_qs);
        if (rules.isEmpty())
            out.append(u"spec: policy must define rules"_qs);
        checkRules(rules, &out);
        break;
    }
    return out;
}

int KumaDouble::writesTo(const QString &policyName, const QByteArray &method) const
{
    int n = 0;
    for (const Write &w : m_writes)
        n += w.method == method && w.path.endsWith(u'/' + policyName);
    return n;
}

bool KumaDouble::addPolicy(const QJsonObject &policy)
{
    if (!validate(m_line, policy).isEmpty())
        return false;
    m_policies.insert(policy.value(u"mesh").toString() + u'/' + policy.value(u"name").toString(),
                      policy);
    return true;
}

void KumaDouble::restartAs(KumaLine line)
{
    m_line = line;
    ++m_instance;
}

bool KumaDouble::start(KumaLine line)
{
    m_line = line;
    const QJsonObject recorded = QJsonDocument::fromJson(kumaFixture(u"11_"_qs)).object();
    if (recorded.value(u"resources").toArray().isEmpty())
        return false;

    // Answers later when a delay is set; the request itself is taken at once.
    const auto send = [this](QHttpServerResponder &&responder, const QByteArray &body,
                             Status status) {
        ++m_requests;
        if (m_delay.count() == 0) {
            responder.write(body, "application/json", status);
            return;
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(m_delay, &m_server,
                           [held, body, status] { held->write(body, "application/json", status); });
    };

    // Kuma's index: `version` tells the release, `instanceId` changes when the
    // control plane restarts (fields as in pkg/api-server's index test).
    m_server.route(u"/"_qs, [this, send](const QHttpServerRequest &, QHttpServerResponder &&r) {
        const QJsonObject index{{u"hostname"_qs, u"kuma-cp"_qs},
                                {u"tagline"_qs, u"Kuma"_qs},
                                {u"product"_qs, u"Kuma"_qs},
                                {u"version"_qs, toString(m_line)},
                                {u"instanceId"_qs, u"kuma-cp-%1"_qs.arg(m_instance)},
                                {u"clusterId"_qs, u"5b4c3a21-0f9e-4d8c-b7a6-1e2d3c4b5a69"_qs},
                                {u"gui"_qs, u"The gui is available at /gui"_qs}};
        send(std::move(r), QJsonDocument(index).toJson(), Status::Ok);
    });
    // The recorded 2.14 catalogue offers both formats; 2.11 knows only `from`,
    // 3.x only `rules`.
    m_server.route(u"/_resources"_qs,
                   [this, recorded, send](const QHttpServerRequest &, QHttpServerResponder &&r) {
                       ++m_resourcesReads;
                       QJsonObject resources = recorded;
                       QJsonArray list = resources.value(u"resources").toArray();
                       for (qsizetype i = 0; i < list.size(); ++i) {
                           QJsonObject item = list.at(i).toObject();
                           if (item.value(u"name").toString() != u"MeshTrafficPermission")
                               continue;
                           QJsonObject policy = item.value(u"policy").toObject();
                           policy.insert(u"hasFromTargetRef"_qs, m_line != KumaLine::V3);
                           policy.insert(u"hasRulesTargetRef"_qs, m_line != KumaLine::V2_11);
                           item.insert(u"policy"_qs, policy);
                           list.replace(i, item);
                       }
                       resources.insert(u"resources"_qs, list);
                       send(std::move(r), QJsonDocument(resources).toJson(), Status::Ok);
                   });
    // The recorded answers come from different test setups; they are stitched
    // into one world: meshes m1, m2 (recorded page 1) and "default" (page 2),
    // where the recorded MeshServices, service insights and MTP live.
    const auto address = [this] { return m_url.authority().toUtf8(); };
    const auto empty = QByteArray(R"({"total":0,"items":[],"next":null})");
    m_server.route(u"/meshes"_qs, [address, send](const QHttpServerRequest &request,
                                                  QHttpServerResponder &&r) {
        if (request.query().queryItemValue(u"offset"_qs) == u"2") {
            send(std::move(r),
                 R"({"total":3,"items":[{"type":"Mesh","name":"default"}],"next":null})",
                 Status::Ok);
            return;
        }
        QByteArray body = kumaFixture(u"01_"_qs);
        body.replace("{{address}}", address());
        send(std::move(r), body, Status::Ok);
    });
    m_server.route(
        u"/meshes/<arg>/meshservices"_qs,
        [empty, send](const QString &mesh, const QHttpServerRequest &, QHttpServerResponder &&r) {
            send(std::move(r), mesh == u"default" ? kumaFixture(u"05_"_qs) : empty, Status::Ok);
        });
    m_server.route(u"/meshes/<arg>/service-insights"_qs, [address, empty,
                                                          send](const QString &mesh,
                                                                const QHttpServerRequest &request,
                                                                QHttpServerResponder &&r) {
        if (mesh != u"default") {
            send(std::move(r), empty, Status::Ok);
            return;
        }
        if (request.query().queryItemValue(u"offset"_qs) == u"2") {
            send(
                std::move(r),
                R"({"total":4,"items":[)"
                R"({"type":"ServiceInsight","mesh":"default","name":"frontend","dataplanes":{"total":2,"online":2}},)"
                R"({"type":"ServiceInsight","mesh":"default","name":"payments","dataplanes":{"total":3,"online":3}}],"next":null})",
                Status::Ok);
            return;
        }
        QByteArray body = kumaFixture(u"07_"_qs);
        body.replace("mesh-1", "default");
        body.replace("{{address}}", address());
        send(std::move(r), body, Status::Ok);
    });
    m_server.route(
        u"/meshes/<arg>/meshtrafficpermissions"_qs,
        [this, send](const QString &mesh, const QHttpServerRequest &, QHttpServerResponder &&r) {
            QJsonArray items;
            if (mesh == u"default")
                items.append(QJsonDocument::fromJson(
                                 kumaFixture(m_line == KumaLine::V3 ? u"09_"_qs : u"08_"_qs))
                                 .object());
            for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it) {
                if (it.key().startsWith(mesh + u'/'))
                    items.append(it.value());
            }
            const QJsonObject list{{u"total"_qs, items.size()},
                                   {u"items"_qs, items},
                                   {u"next"_qs, QJsonValue(QJsonValue::Null)}};
            send(std::move(r), QJsonDocument(list).toJson(), Status::Ok);
        });
    m_server.route(u"/meshes/<arg>/meshtrafficpermissions/<arg>"_qs, [this, send](
                                                                         const QString &mesh,
                                                                         const QString &name,
                                                                         const QHttpServerRequest
                                                                             &request,
                                                                         QHttpServerResponder &&r) {
        const QString key = mesh + u'/' + name;
        const QString path = request.url().path();
        const QString text = name + QString::fromUtf8(request.body());
        const bool failing = std::any_of(m_failing.cbegin(), m_failing.cend(),
                                         [&](const QString &f) { return text.contains(f); });
        const auto answer = [&](const QByteArray &method, const QJsonObject &body,
                                const QByteArray &reply, Status status) {
            m_writes.append({method, path, body, int(status), QDateTime::currentMSecsSinceEpoch()});
            send(std::move(r), reply, status);
        };
        switch (request.method()) {
        case QHttpServerRequest::Method::Put: {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            if (failing)
                return answer(
                    "PUT", body,
                    problem(500, u"Could not update a resource"_qs, u"store unavailable"_qs),
                    Status::InternalServerError);
            const QStringList violations = validate(m_line, body);
            if (!violations.isEmpty())
                return answer("PUT", body,
                              problem(400, u"Could not update a resource"_qs,
                                      u"Resource is not valid"_qs, violations),
                              Status::BadRequest);
            const bool existed = m_policies.contains(key);
            m_policies.insert(key, body);
            return answer("PUT", body, "{}", existed ? Status::Ok : Status::Created);
        }
        case QHttpServerRequest::Method::Delete:
            if (failing)
                return answer(
                    "DELETE", {},
                    problem(500, u"Could not delete a resource"_qs, u"store unavailable"_qs),
                    Status::InternalServerError);
            if (!m_policies.remove(key))
                return answer(
                    "DELETE", {},
                    problem(404, u"Could not retrieve a resource"_qs, u"Not found: "_qs + name),
                    Status::NotFound);
            return answer("DELETE", {}, "{}", Status::Ok);
        default:
            if (!m_policies.contains(key)) {
                send(std::move(r),
                     problem(404, u"Could not retrieve a resource"_qs, u"Not found: "_qs + name),
                     Status::NotFound);
                return;
            }
            send(std::move(r), QJsonDocument(m_policies.value(key)).toJson(), Status::Ok);
        }
    });
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(u"http://127.0.0.1:%1"_qs.arg(port));
    return port != 0;
}

} // namespace gatehouse::test
