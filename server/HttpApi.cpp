#include "HttpApi.h"

#include "AccessLogExport.h"
#include "AccessLogSink.h"
#include "AccessLogSource.h"
#include "AccessTokenVerifier.h"
#include "DecisionLog.h"
#include "EdgeAuthorizer.h"
#include "GrantService.h"
#include "KumaDiscovery.h"
#include "KumaSync.h"
#include "Metrics.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"
#include "Version.h"
#include "audit/SignedHead.h"
#include "grants/GrantErrors.h"
#include "logs/ForgedHeaders.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

QString trApi(const char *text)
{
    return QCoreApplication::translate("HttpApi", text);
}

Error forbidden(const QString &message)
{
    return Error{u"forbidden"_qs, message, {}};
}

Error validationFailed()
{
    return Error{u"validation_failed"_qs,
                 trApi(QT_TRANSLATE_NOOP("HttpApi", "The request has invalid fields.")),
                 {}};
}

QHttpServerResponse badCursor()
{
    return errorResponse(
        validationFailed(),
        {{u"after"_qs, trApi(QT_TRANSLATE_NOOP(
                           "HttpApi", "after must be a cursor from a previous page's next."))}});
}

// The `after` cursor of a list, decoded as any URL library encodes it
// (":" may arrive as "%3A"). Empty or absent: from the start.
std::optional<QHttpServerResponse> readCursor(const ApiRequest &request,
                                              std::optional<LogCursor> *cursor)
{
    const QString text = request.query.queryItemValue(u"after"_qs, QUrl::FullyDecoded);
    if (text.isEmpty())
        return std::nullopt;
    *cursor = LogCursor::parse(text);
    if (*cursor)
        return std::nullopt;
    return badCursor();
}

// The access log's `after`: its position, or a response refusing it.
std::variant<qint64, QHttpServerResponse> readPosition(const ApiRequest &request,
                                                       const AccessLogRows &rows)
{
    const QString text = request.query.queryItemValue(u"after"_qs, QUrl::FullyDecoded);
    if (text.isEmpty())
        return qint64(0);
    const auto resolved = rows.resolve(text);
    if (!resolved)
        return badCursor();
    if (!*resolved)
        return errorResponse(resolved->error());
    return resolved->value();
}

// Writes a whole response through a responder (handlers that stream).
void respond(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    responder.writeStatusLine(response.statusCode());
    responder.writeHeader("Content-Type", response.mimeType());
    responder.writeHeader("Content-Length", QByteArray::number(response.data().size()));
    for (const QByteArray &challenge : response.headers("WWW-Authenticate"))
        responder.writeHeader("WWW-Authenticate", challenge);
    // The first body write ends the headers.
    responder.writeBody(response.data());
}

// A grant as the API shows it: with where its policy stands in the mesh.
QJsonObject grantJson(Grant g, const KumaSync *kuma)
{
    if (kuma)
        g.mesh = kuma->meshState(g);
    return g.toJson();
}

QJsonArray toArray(const QList<Grant> &grants, const KumaSync *kuma)
{
    QJsonArray out;
    for (const Grant &g : grants)
        out.append(grantJson(g, kuma));
    return out;
}

QHttpServerResponse fromResult(const Result<Grant> &result, const KumaSync *kuma,
                               Status ok = Status::Ok)
{
    if (!result)
        return errorResponse(result.error());
    return jsonResponse(grantJson(result.value(), kuma), ok);
}

} // namespace

HttpApi::HttpApi(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_audit(parts.store->connectionName())
    , m_evidence({parts.store, parts.grants, parts.auditKey, parts.permissions, parts.checkpointDir,
                  parts.reviews})
    , m_reviews(parts.reviews, parts.grants)
{
    registerRoutes();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, Error *error)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0 && error) {
        *error = Error{u"server.listen"_qs,
                       trApi(QT_TRANSLATE_NOOP("HttpApi", "Cannot listen on %1:%2."))
                           .arg(address.toString())
                           .arg(port),
                       u"listen failed"_qs};
    }
    return bound;
}

QHttpServerResponse HttpApi::authenticated(const QHttpServerRequest &request,
                                           const Handler &handler)
{
    const ApiRequest copy = ApiRequest::from(request);
    const auto who = m_parts.verifier->verify(copy.authorization);
    if (!who) {
        qCInfo(lcAuth) << "rejected token:" << who.error().code;
        return errorResponse(who.error());
    }
    return handler(who.value(), copy);
}

void HttpApi::registerRoutes()
{
    const auto get = [this](const QString &path, Handler handler) {
        m_server.route(path, Method::Get, [this, handler](const QHttpServerRequest &request) {
            return authenticated(request, handler);
        });
    };
    // Caddy's forward_auth: not a /v1 API call of a console; it judges the
    // caller's own edge token and answers with identity headers or a refusal.
    // Registered first: the router tries rules in order, and this one is hot.
    m_server.route(u"/v1/authz/caddy"_qs, [this](const QHttpServerRequest &request) {
        return m_parts.edge->decide(request);
    });
    // Caddy's catch-all site: a host no site serves, refused and recorded.
    m_server.route(u"/v1/authz/caddy/unrouted"_qs, [this](const QHttpServerRequest &request) {
        return m_parts.edge->refuseUnrouted(request);
    });
    // Aggregates only (no identities or paths), like /healthz readable without
    // a token so a scraper on the same host needs no credentials.
    m_server.route(u"/metrics"_qs, Method::Get, [this](const QHttpServerRequest &) {
        QHttpServerResponse response("text/plain; version=0.0.4",
                                     m_parts.metrics->render(m_parts.store, m_parts.ingest));
        response.setHeader("Cache-Control", "no-store");
        return response;
    });
    m_server.route(u"/healthz"_qs, Method::Get,
                   [this](const QHttpServerRequest &) { return health(); });
    get(u"/v1/me"_qs, [this](const Principal &who, const ApiRequest &) { return me(who); });
    get(u"/v1/graph"_qs,
        [this](const Principal &who, const ApiRequest &r) { return graph(who, r); });
    get(u"/v1/grants"_qs,
        [this](const Principal &who, const ApiRequest &r) { return listGrants(who, r); });
    get(u"/v1/audit"_qs,
        [this](const Principal &who, const ApiRequest &r) { return audit(who, r); });
    get(u"/v1/audit/head"_qs,
        [this](const Principal &who, const ApiRequest &) { return auditHead(who); });
    m_server.route(u"/v1/grants"_qs, Method::Post, [this](const QHttpServerRequest &request) {
        return authenticated(request, [this](const Principal &who, const ApiRequest &r) {
            return createGrant(who, r);
        });
    });
    m_server.route(u"/v1/grants/<arg>"_qs, Method::Get,
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return authenticated(
                           request, [this, id](const Principal &who, const ApiRequest &) {
                               return fromResult(m_parts.grants->find(who, id), m_parts.kuma);
                           });
                   });
    registerGrantAction(u"approve"_qs, {},
                        [this](const Principal &who, const QString &id, const QJsonObject &) {
                            return m_parts.grants->approve(who, id);
                        });
    registerGrantAction(u"deny"_qs, {},
                        [this](const Principal &who, const QString &id, const QJsonObject &) {
                            return m_parts.grants->deny(who, id);
                        });
    registerGrantAction(u"revoke"_qs, {},
                        [this](const Principal &who, const QString &id, const QJsonObject &) {
                            return m_parts.grants->revoke(who, id);
                        });
    registerGrantAction(
        u"extend"_qs, {u"expires_at"_qs},
        [this](const Principal &who, const QString &id, const QJsonObject &body) -> Result<Grant> {
            const QDateTime expiry = parseTime(body.value(u"expires_at").toString());
            if (!expiry.isValid())
                return grantError(
                    GrantErrorCode::ValidationFailed,
                    trApi(QT_TRANSLATE_NOOP("HttpApi", "expires_at must be an RFC 3339 time.")));
            return m_parts.grants->extend(who, id, expiry);
        });

    m_server.route(u"/v1/access-log/export"_qs, Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       exportAccessLog(request, std::move(responder));
                   });
    get(u"/v1/access-log"_qs,
        [this](const Principal &who, const ApiRequest &r) { return listAccessLog(who, r); });
    get(u"/v1/decisions"_qs,
        [this](const Principal &who, const ApiRequest &r) { return listDecisions(who, r); });
    m_server.route(
        u"/v1/audit/exports"_qs, Method::Post, [this](const QHttpServerRequest &request) {
            return authenticated(request, [this](const Principal &who, const ApiRequest &r) {
                return recordExport(who, r);
            });
        });
    m_server.route(
        u"/v1/audit/evidence"_qs, Method::Post, [this](const QHttpServerRequest &request) {
            return authenticated(request, [this](const Principal &who, const ApiRequest &r) {
                return m_evidence.open(who, r);
            });
        });
    m_server.route(
        u"/v1/audit/evidence/seal"_qs, Method::Post, [this](const QHttpServerRequest &request) {
            return authenticated(request, [this](const Principal &who, const ApiRequest &r) {
                return m_evidence.seal(who, r);
            });
        });
    registerReviewRoutes();
    get(u"/v1/services"_qs, [this](const Principal &who, const ApiRequest &) {
        QJsonArray items;
        for (const Service &s : m_parts.grants->catalog()) {
            QJsonObject o = s.toJson();
            o.insert(u"owned_by_me"_qs, who.isOwnerOf(s));
            items.append(o);
        }
        return jsonResponse({{u"items"_qs, items}});
    });
    m_server.route(u"/v1/services/<arg>"_qs, Method::Put,
                   [this](const QString &name, const QHttpServerRequest &request) {
                       return authenticated(
                           request, [this, name](const Principal &who, const ApiRequest &r) {
                               return saveService(who, name, r);
                           });
                   });
    m_server.route(
        u"/v1/services/<arg>"_qs, Method::Delete,
        [this](const QString &name, const QHttpServerRequest &request) {
            return authenticated(request, [this, name](const Principal &who, const ApiRequest &) {
                if (!who.admin)
                    return errorResponse(forbidden(trApi(
                        QT_TRANSLATE_NOOP("HttpApi", "Only admins can change the catalog."))));
                const auto removed = m_parts.store->deleteApiService(name, who.subject);
                if (!removed)
                    return errorResponse(removed.error());
                if (m_parts.catalogChanged)
                    m_parts.catalogChanged();
                return jsonResponse(removed->toJson());
            });
        });

    m_server.setMissingHandler([](const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder) {
        qCDebug(lcHttp) << "no route for" << request.url().path();
        const auto response = errorResponse(
            Error{u"not_found"_qs, trApi(QT_TRANSLATE_NOOP("HttpApi", "No such endpoint.")), {}});
        responder.write(response.data(), response.mimeType(),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

void HttpApi::registerGrantAction(const QString &action, const QStringList &bodyFields,
                                  const GrantAction &act)
{
    m_server.route(
        u"/v1/grants/<arg>/"_qs + action, Method::Post,
        [this, act, bodyFields](const QString &id, const QHttpServerRequest &request) {
            return authenticated(
                request, [this, act, bodyFields, id](const Principal &who, const ApiRequest &r) {
                    std::optional<QHttpServerResponse> failure;
                    const auto body = parseBody(r, bodyFields.isEmpty(), &failure);
                    if (!body)
                        return std::move(*failure);
                    if (const auto unknown = unknownFields(*body, bodyFields); !unknown.isEmpty())
                        return errorResponse(validationFailed(), unknown);
                    return fromResult(act(who, id, *body), m_parts.kuma);
                });
        });
}

QHttpServerResponse HttpApi::saveService(const Principal &who, const QString &name,
                                         const ApiRequest &request)
{
    if (!who.admin)
        return errorResponse(
            forbidden(trApi(QT_TRANSLATE_NOOP("HttpApi", "Only admins can change the catalog."))));
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    auto parsed = Service::fromApiJson(name, *body);
    if (auto *errors = std::get_if<QList<FieldError>>(&parsed))
        return errorResponse(validationFailed(), *errors);
    const Service &service = std::get<Service>(parsed);
    const auto created = m_parts.store->saveApiService(service, who.subject);
    if (!created)
        return errorResponse(created.error());
    if (m_parts.catalogChanged)
        m_parts.catalogChanged();
    const auto saved = m_parts.grants->service(name);
    return jsonResponse(saved ? saved->toJson() : service.toJson(),
                        created.value() ? Status::Created : Status::Ok);
}

AccessLogRows HttpApi::accessLogRows(const Principal &who) const
{
    const bool all = who.seesAllGrants();
    return AccessLogRows(m_parts.store->connectionName(), all,
                         all ? QStringList() : m_parts.grants->ownedServices(who));
}

QHttpServerResponse HttpApi::listAccessLog(const Principal &who, const ApiRequest &request) const
{
    // Decisions of this replica are flushed first so fresh lines find theirs.
    if (Error e = m_parts.decisions->flush(); !e.isNull())
        return errorResponse(e);
    const AccessLogRows rows = accessLogRows(who);
    // Read first: every line up to it is committed, none after it is read.
    const auto upTo = rows.lastSeq();
    if (!upTo)
        return errorResponse(upTo.error());
    auto after = readPosition(request, rows);
    if (auto *refused = std::get_if<QHttpServerResponse>(&after))
        return std::move(*refused);
    const qint64 from = std::get<qint64>(after);
    bool limitOk = false;
    int limit = request.query.queryItemValue(u"limit"_qs).toInt(&limitOk);
    if (!limitOk || limit <= 0 || limit > 1000)
        limit = 500;
    QJsonArray items;
    const auto read = rows.read(from, upTo.value(), limit,
                                [&items](const AccessLogRow &row) { items.append(row.toJson()); });
    if (!read)
        return errorResponse(read.error());
    const QString position = AccessLogPosition::format(qMax(from, read.value()));
    QJsonObject body{
        {u"items"_qs, items},
        {u"next"_qs, items.size() == limit ? QJsonValue(position) : QJsonValue(QJsonValue::Null)},
        {u"cursor"_qs, position}};
    if (m_parts.ingest)
        body.insert(u"ingest"_qs, QJsonObject{{u"lines"_qs, m_parts.ingest->linesStored()},
                                              {u"malformed"_qs, m_parts.ingest->linesMalformed()},
                                              {u"lag_bytes"_qs, m_parts.ingest->lagBytes()}});
    return jsonResponse(body);
}

void HttpApi::exportAccessLog(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const ApiRequest copy = ApiRequest::from(request);
    const auto who = m_parts.verifier->verify(copy.authorization);
    if (!who) {
        qCInfo(lcAuth) << "rejected token:" << who.error().code;
        return respond(responder, errorResponse(who.error()));
    }
    if (Error e = m_parts.decisions->flush(); !e.isNull())
        return respond(responder, errorResponse(e));
    AccessLogRows rows = accessLogRows(who.value());
    const auto upTo = rows.lastSeq();
    if (!upTo)
        return respond(responder, errorResponse(upTo.error()));
    auto after = readPosition(copy, rows);
    if (auto *refused = std::get_if<QHttpServerResponse>(&after))
        return respond(responder, *refused);
    bool gzip = false;
    for (const auto &[name, value] : request.headers())
        if (name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            for (const QByteArray &coding : value.split(','))
                gzip = gzip || coding.trimmed().split(';').first().trimmed() == "gzip";
    qCInfo(lcHttp) << "access-log export for" << who->subject << "after" << std::get<qint64>(after)
                   << "up to" << upTo.value();
    AccessLogExport::start(std::move(responder), std::move(rows), std::get<qint64>(after),
                           upTo.value(), gzip);
}

QHttpServerResponse HttpApi::listDecisions(const Principal &who, const ApiRequest &request) const
{
    // Flushed first, so a caller sees decisions made before it asked.
    if (Error e = m_parts.decisions->flush(); !e.isNull())
        return errorResponse(e);
    DecisionLog::Query query;
    if (auto refused = readCursor(request, &query.after))
        return std::move(*refused);
    bool limitOk = false;
    query.limit = request.query.queryItemValue(u"limit"_qs).toInt(&limitOk);
    if (!limitOk || query.limit <= 0 || query.limit > 1000)
        query.limit = 500;
    if (!who.seesAllGrants()) {
        query.restricted = true;
        query.subject = who.subject;
        query.services = m_parts.grants->ownedServices(who);
    }
    const auto items = m_parts.decisions->list(query);
    if (!items)
        return errorResponse(items.error());
    QJsonArray list;
    for (const DecisionRecord &d : items.value())
        list.append(d.toJson());
    const bool more = items->size() == query.limit;
    return jsonResponse({{u"items"_qs, list},
                         {u"next"_qs, more ? QJsonValue(items->constLast().cursor())
                                           : QJsonValue(QJsonValue::Null)}});
}

QHttpServerResponse HttpApi::recordExport(const Principal &who, const ApiRequest &request)
{
    if (!who.auditor && !who.admin)
        return errorResponse(forbidden(trApi(
            QT_TRANSLATE_NOOP("HttpApi", "Only auditors and admins can export the audit log."))));
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    QList<FieldError> errors = unknownFields(*body, {u"after"_qs, u"purpose"_qs});
    const auto after = body->value(u"after");
    if (!after.isUndefined() &&
        (!after.isDouble() || after.toDouble() < 0 || after.toDouble() > 9007199254740991.0 ||
         after.toDouble() != std::floor(after.toDouble())))
        errors.append({u"after"_qs, u"must be a sequence number"_qs});
    const auto purpose = body->value(u"purpose");
    if (!purpose.isString() || purpose.toString().trimmed().isEmpty() ||
        purpose.toString().size() > limits::kReason)
        errors.append({u"purpose"_qs, u"must say why, in at most 500 characters"_qs});
    if (!errors.isEmpty())
        return errorResponse(validationFailed(), errors);

    // The export is itself a change on record, and the signed head returned
    // covers it: the evidence includes who took it and why. It covers the
    // records after `after` up to the one before the export record.
    QSqlDatabase db = QSqlDatabase::database(m_parts.store->connectionName(), false);
    Result<AuditRecord> record = Error{};
    const Error e = sql::inTransaction(db, u"record export"_qs, [&]() -> Error {
        record = m_audit.appendInTransaction(
            {who.subject, u"audit.exported"_qs, u"audit"_qs, u"export"_qs,
             QJsonValue(QJsonValue::Null),
             QJsonObject{{u"after"_qs, qint64(after.toDouble())},
                         {u"purpose"_qs, purpose.toString().trimmed()}}},
            QDateTime::currentDateTimeUtc());
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return errorResponse(e);
    const SignedHead signedHead = SignedHead::sign(
        record->seq, record->hash, QDateTime::currentDateTimeUtc(), *m_parts.auditKey);
    return jsonResponse({{u"export"_qs, record->toJson()}, {u"head"_qs, signedHead.toJson()}},
                        Status::Created);
}

QHttpServerResponse HttpApi::health() const
{
    const bool storeOk = m_parts.store && m_parts.store->ping();
    QJsonObject body{
        {u"status"_qs, storeOk ? u"ok"_qs : u"degraded"_qs},
        {u"version"_qs, QString::fromLatin1(kVersion)},
        {u"store"_qs, m_parts.store ? m_parts.store->driver() : QString()},
    };
    return jsonResponse(body, storeOk ? Status::Ok : Status::ServiceUnavailable);
}

QHttpServerResponse HttpApi::me(const Principal &who) const
{
    QJsonArray roles;
    if (who.auditor)
        roles.append(u"auditor"_qs);
    if (who.oncall)
        roles.append(u"oncall"_qs);
    if (who.admin)
        roles.append(u"admin"_qs);
    const QJsonArray owns = QJsonArray::fromStringList(m_parts.grants->ownedServices(who));
    return (jsonResponse({{u"subject"_qs, who.subject},
                          {u"kind"_qs, toString(who.kind)},
                          {u"name"_qs, who.displayName},
                          {u"email"_qs, who.email},
                          {u"groups"_qs, QJsonArray::fromStringList(who.groups)},
                          {u"roles"_qs, roles},
                          {u"owns"_qs, owns}}));
}

qint64 HttpApi::currentVersion() const
{
    const auto head = m_audit.head();
    return head ? head->seq : -1;
}

QJsonObject HttpApi::graphBody(const Principal &who, qint64 version) const
{
    QJsonArray services;
    for (const Service &s : m_parts.grants->catalog()) {
        QJsonObject o = s.toJson();
        o.insert(u"owned_by_me"_qs, who.isOwnerOf(s));
        services.append(o);
    }
    QJsonArray permissions;
    for (const StandingPermission &p : m_parts.permissions)
        permissions.append(p.toJson());
    GrantRepository::Filter filter;
    filter.states = {GrantState::Active, GrantState::Pending};
    filter.limit = 5000;
    const auto grants = m_parts.grants->list(who, filter);
    QJsonObject body{{u"version"_qs, version},
                     {u"generated_at"_qs, formatTime(QDateTime::currentDateTimeUtc())},
                     {u"services"_qs, services},
                     {u"permissions"_qs, permissions},
                     {u"grants"_qs, grants ? toArray(grants.value(), m_parts.kuma) : QJsonArray()}};
    if (m_parts.mesh && m_parts.mesh->takenAt.isValid()) {
        // The mesh as Kuma sees it, and where the catalog's mapping is unsure:
        // catalog services Kuma does not know, Kuma services the catalog lacks.
        QJsonArray meshServices;
        QSet<QString> known;
        for (const auto &s : m_parts.mesh->services) {
            meshServices.append(s.toJson());
            known.insert(s.mesh + u'/' + s.name);
        }
        QJsonArray meshRules;
        for (const auto &r : m_parts.mesh->rules)
            meshRules.append(r.toJson());
        QJsonArray unmapped;
        QSet<QString> catalogued;
        for (const Service &s : m_parts.grants->catalog()) {
            catalogued.insert(s.mesh + u'/' + s.meshService);
            if (!known.contains(s.mesh + u'/' + s.meshService))
                unmapped.append(QJsonObject{{u"service"_qs, s.name},
                                            {u"reason"_qs, u"not found in the mesh"_qs}});
        }
        for (const auto &s : m_parts.mesh->services) {
            if (!catalogued.contains(s.mesh + u'/' + s.name))
                unmapped.append(QJsonObject{{u"kuma_service"_qs, s.name},
                                            {u"mesh"_qs, s.mesh},
                                            {u"reason"_qs, u"not in the catalog"_qs}});
        }
        body.insert(u"mesh"_qs,
                    QJsonObject{{u"meshes"_qs, QJsonArray::fromStringList(m_parts.mesh->meshes)},
                                {u"services"_qs, meshServices},
                                {u"permissions"_qs, meshRules},
                                {u"unmapped"_qs, unmapped},
                                {u"taken_at"_qs, formatTime(m_parts.mesh->takenAt)}});
    }
    return body;
}

QHttpServerResponse HttpApi::graph(const Principal &who, const ApiRequest &request) const
{
    const qint64 version = currentVersion();
    if (version < 0)
        return errorResponse(
            Error{u"store.error"_qs,
                  trApi(QT_TRANSLATE_NOOP("HttpApi", "The database is unavailable.")),
                  {}});
    // Cheap polling: a console that already holds `since` gets 304 and no body
    // until something changes.
    bool sinceOk = false;
    const qint64 since = request.query.queryItemValue(u"since"_qs).toLongLong(&sinceOk);
    // Grants' mesh state changes without an audit record: it has its own
    // counter, per process (a console switching replicas just fetches again).
    const qint64 meshVersion = m_parts.kuma ? m_parts.kuma->generation() : 0;
    const bool meshSame = !m_parts.kuma || request.query.queryItemValue(u"mesh_version"_qs) ==
                                               QString::number(meshVersion);
    if (sinceOk && since >= version && meshSame) {
        QHttpServerResponse notModified(Status::NotModified);
        notModified.setHeader("ETag", '"' + QByteArray::number(version) + '"');
        notModified.setHeader("Cache-Control", "no-store");
        return notModified;
    }
    QJsonObject body = graphBody(who, version);
    if (m_parts.kuma)
        body.insert(u"mesh_version"_qs, meshVersion);
    QHttpServerResponse response = jsonResponse(body);
    response.setHeader("ETag", '"' + QByteArray::number(version) + '"');
    return response;
}

QHttpServerResponse HttpApi::listGrants(const Principal &who, const ApiRequest &request) const
{
    GrantRepository::Filter filter;
    const QString states = request.query.queryItemValue(u"state"_qs);
    for (const QString &s : states.split(u',', Qt::SkipEmptyParts)) {
        GrantState state;
        if (!parseGrantState(s, &state))
            return (errorResponse(validationFailed(),
                                  {{u"state"_qs, u"unknown state '%1'"_qs.arg(s)}}));
        filter.states.append(state);
    }
    filter.service = request.query.queryItemValue(u"service"_qs);
    auto grants = m_parts.grants->list(who, filter);
    if (!grants)
        return (errorResponse(grants.error()));
    return (jsonResponse({{u"items"_qs, toArray(grants.value(), m_parts.kuma)}}));
}

QHttpServerResponse HttpApi::createGrant(const Principal &who, const ApiRequest &request)
{
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    auto parsed = GrantRequest::parse(*body);
    if (auto *errors = std::get_if<QList<FieldError>>(&parsed))
        return (errorResponse(validationFailed(), *errors));
    const QString key = QString::fromUtf8(request.idempotencyKey).trimmed();
    if (key.size() > 200)
        return (errorResponse(validationFailed(),
                              {{u"Idempotency-Key"_qs, u"must be at most 200 characters"_qs}}));
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(*body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
    auto created =
        m_parts.grants->create(who, std::get<GrantRequest>(std::move(parsed)), key, hash);
    if (!created)
        return (errorResponse(created.error()));
    return (jsonResponse(grantJson(created->grant, m_parts.kuma),
                         created->replayed ? Status::Ok : Status::Created));
}

QHttpServerResponse HttpApi::audit(const Principal &who, const ApiRequest &request) const
{
    if (!who.auditor && !who.admin)
        return (errorResponse(forbidden(trApi(
            QT_TRANSLATE_NOOP("HttpApi", "Only auditors and admins can read the audit log.")))));
    const qint64 after = request.query.queryItemValue(u"after"_qs).toLongLong();
    bool limitOk = false;
    int limit = request.query.queryItemValue(u"limit"_qs).toInt(&limitOk);
    if (!limitOk || limit <= 0 || limit > 1000)
        limit = 1000;
    const auto records = m_audit.records(std::max<qint64>(after, 0), limit);
    const auto prev = m_audit.hashAt(std::max<qint64>(after, 0));
    if (!records)
        return errorResponse(records.error());
    if (!prev && prev.error().code == u"not_found") // past the end: nothing yet
        return jsonResponse({{u"items"_qs, QJsonArray()},
                             {u"prev_hash"_qs, QJsonValue(QJsonValue::Null)},
                             {u"next"_qs, QJsonValue(QJsonValue::Null)}});
    if (!prev)
        return errorResponse(prev.error());
    QJsonArray items;
    for (const AuditRecord &r : records.value())
        items.append(r.toJson());
    const qint64 last = records->isEmpty() ? after : records->constLast().seq;
    return (jsonResponse({{u"items"_qs, items},
                          {u"prev_hash"_qs, prev.value()},
                          {u"next"_qs, records->size() == limit ? QJsonValue(last)
                                                                : QJsonValue(QJsonValue::Null)}}));
}

QHttpServerResponse HttpApi::auditHead(const Principal &who) const
{
    if (!who.auditor && !who.admin)
        return (errorResponse(forbidden(trApi(
            QT_TRANSLATE_NOOP("HttpApi", "Only auditors and admins can read the audit head.")))));
    const auto head = m_audit.head();
    if (!head)
        return (errorResponse(head.error()));
    const SignedHead signedHead =
        SignedHead::sign(head->seq, head->hash, QDateTime::currentDateTimeUtc(), *m_parts.auditKey);
    return (jsonResponse(signedHead.toJson()));
}

void HttpApi::registerReviewRoutes()
{
    m_server.route(u"/v1/reviews"_qs, Method::Get, [this](const QHttpServerRequest &request) {
        return authenticated(request, [this](const Principal &who, const ApiRequest &) {
            return m_reviews.list(who);
        });
    });
    m_server.route(u"/v1/reviews"_qs, Method::Post, [this](const QHttpServerRequest &request) {
        return authenticated(request, [this](const Principal &who, const ApiRequest &r) {
            return m_reviews.open(who, r);
        });
    });
    m_server.route(u"/v1/reviews/<arg>"_qs, Method::Get,
                   [this](const QString &id, const QHttpServerRequest &request) {
                       return authenticated(request,
                                            [this, id](const Principal &who, const ApiRequest &) {
                                                return m_reviews.find(who, id);
                                            });
                   });
    m_server.route(
        u"/v1/reviews/<arg>/items/<arg>/decision"_qs, Method::Post,
        [this](const QString &id, const QString &item, const QHttpServerRequest &request) {
            return authenticated(request,
                                 [this, id, item](const Principal &who, const ApiRequest &r) {
                                     return m_reviews.decide(who, id, item, r);
                                 });
        });
}

void HttpApi::enableTestClock(AdjustableClock *clock)
{
    qCWarning(lcServer) << "test clock enabled: admins can move this process's clock forward";
    m_server.route(
        u"/v1/testing/clock"_qs, Method::Post, [this, clock](const QHttpServerRequest &request) {
            return authenticated(request, [clock](const Principal &who, const ApiRequest &r) {
                if (!who.admin)
                    return errorResponse(forbidden(
                        trApi(QT_TRANSLATE_NOOP("HttpApi", "Only admins can move the clock."))));
                std::optional<QHttpServerResponse> failure;
                const auto body = parseBody(r, false, &failure);
                if (!body)
                    return std::move(*failure);
                if (const auto unknown = unknownFields(*body, {u"advance_ms"_qs});
                    !unknown.isEmpty())
                    return errorResponse(validationFailed(), unknown);
                const QJsonValue step = body->value(u"advance_ms");
                constexpr qint64 kYearMs = 366LL * 24 * 3600 * 1000;
                if (!step.isDouble() || step.toInteger(-1) <= 0 || step.toInteger() > kYearMs)
                    return errorResponse(
                        validationFailed(),
                        {{u"advance_ms"_qs, u"must be a positive whole number of milliseconds, "
                                            "at most a year"_qs}});
                clock->advance(std::chrono::milliseconds(step.toInteger()));
                qCInfo(lcServer) << "test clock moved forward by" << step.toInteger() << "ms by"
                                 << who.subject;
                return jsonResponse({{u"now"_qs, formatTime(clock->now())},
                                     {u"offset_ms"_qs, qint64(clock->offset().count())}});
            });
        });
}

} // namespace gatehouse::server
