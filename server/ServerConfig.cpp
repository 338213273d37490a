#include "ServerConfig.h"

#include "DurationText.h"
#include "EdgeHost.h"
#include "audit/PinnedKey.h"
#include "grants/GrantRequest.h"
#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <toml++/toml.h>
#include <tuple>

namespace gatehouse::server {

namespace {

// Thrown inside the parser only; converted to an Error with file and line.
struct ConfigProblem
{
    int line;
    QString reason;
};

[[noreturn]] void problem(const toml::node *node, const QString &reason)
{
    throw ConfigProblem{node ? int(node->source().begin.line) : 0, reason};
}

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString requireString(const toml::table &table, const char *key, const toml::node *where)
{
    const toml::node *node = table.get(key);
    if (!node)
        problem(where, u"missing key '%1'"_qs.arg(QLatin1String(key)));
    if (!node->is_string())
        problem(node, u"'%1' must be a string"_qs.arg(QLatin1String(key)));
    return str(node->as_string()->get());
}

QString optionalString(const toml::table &table, const char *key, const QString &fallback)
{
    const toml::node *node = table.get(key);
    if (!node)
        return fallback;
    if (!node->is_string())
        problem(node, u"'%1' must be a string"_qs.arg(QLatin1String(key)));
    return str(node->as_string()->get());
}

QStringList stringList(const toml::table &table, const char *key, const QStringList &fallback)
{
    const toml::node *node = table.get(key);
    if (!node)
        return fallback;
    const toml::array *array = node->as_array();
    if (!array)
        problem(node, u"'%1' must be an array of strings"_qs.arg(QLatin1String(key)));
    QStringList out;
    for (const toml::node &item : *array) {
        if (!item.is_string())
            problem(&item, u"'%1' must contain only strings"_qs.arg(QLatin1String(key)));
        out.append(str(item.as_string()->get()));
    }
    return out;
}

void checkKeys(const toml::table &table, std::initializer_list<std::string_view> allowed,
               const QString &section)
{
    for (const auto &[key, node] : table) {
        if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end())
            problem(&node, u"unknown key '%1' in %2"_qs.arg(str(key.str()), section));
    }
}

const toml::table *section(const toml::table &root, const char *name)
{
    const toml::node *node = root.get(name);
    if (!node)
        return nullptr;
    if (!node->is_table())
        problem(node, u"'%1' must be a table"_qs.arg(QLatin1String(name)));
    return node->as_table();
}

QString resolvePath(const QString &path, const QString &sourceFile)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || sourceFile.isEmpty())
        return path;
    return QFileInfo(sourceFile).dir().absoluteFilePath(path);
}

// "IP:PORT" (IPv6 in brackets); a port of 0 only when allowZeroPort.
std::pair<QHostAddress, quint16> parseAddress(const toml::node *node, const char *key,
                                              bool allowZeroPort)
{
    const QString example = u"'%1' must be an IP address and port, e.g. \"127.0.0.1:%2\""_qs.arg(
        QLatin1String(key), allowZeroPort ? u"47102"_qs : u"47190"_qs);
    if (!node->is_string())
        problem(node, example);
    const QString text = str(node->as_string()->get());
    const auto colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!portOk || port > 65535 || (port == 0 && !allowZeroPort) || !address.setAddress(host))
        problem(node, example);
    return {address, quint16(port)};
}

void parseListen(const toml::table &server, ServerConfig &config)
{
    const toml::node *node = server.get("listen");
    if (!node)
        return;
    std::tie(config.listenAddress, config.listenPort) = parseAddress(node, "listen", true);
}

Service parseService(const toml::table &t, const toml::node *where)
{
    checkKeys(t,
              {"name", "team", "description", "edge_hosts", "mesh", "kuma_service", "owners",
               "max_grant", "approval", "ticket_required", "sensitivity"},
              u"[[services]]"_qs);
    Service s;
    s.name = requireString(t, "name", where);
    if (!isValidServiceName(s.name))
        problem(t.get("name"), u"service name '%1' must be lower-case letters, digits and "
                               "dashes (at most 63)"_qs.arg(s.name));
    s.team = requireString(t, "team", where);
    s.description = optionalString(t, "description", {});
    s.edgeHosts = stringList(t, "edge_hosts", {});
    s.mesh = optionalString(t, "mesh", u"default"_qs);
    s.meshService = optionalString(t, "kuma_service", s.name);
    s.owners = stringList(t, "owners", {});
    if (s.owners.isEmpty())
        problem(where, u"service '%1' needs at least one owner"_qs.arg(s.name));
    const QString maxGrant = optionalString(t, "max_grant", u"8h"_qs);
    const auto duration = parseDuration(maxGrant);
    if (!duration)
        problem(t.get("max_grant"),
                u"'max_grant' must be a duration like \"30m\", \"8h\" or \"2d\""_qs);
    s.maxGrantDuration = *duration;
    if (!parseApprovalRule(optionalString(t, "approval", u"none"_qs), &s.approval))
        problem(t.get("approval"), u"'approval' must be \"none\" or \"owner\""_qs);
    if (const toml::node *ticket = t.get("ticket_required")) {
        if (!ticket->is_boolean())
            problem(ticket, u"'ticket_required' must be true or false"_qs);
        s.ticketRequired = ticket->as_boolean()->get();
    }
    if (!parseSensitivity(optionalString(t, "sensitivity", u"medium"_qs), &s.sensitivity))
        problem(t.get("sensitivity"), u"'sensitivity' must be \"low\", \"medium\" or \"high\""_qs);
    return s;
}

void parseServices(const toml::table &root, ServerConfig &config)
{
    const toml::node *node = root.get("services");
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array)
        problem(node, u"'services' must be an array of tables ([[services]])"_qs);
    QSet<QString> names;
    QSet<QString> hosts;
    for (const toml::node &item : *array) {
        if (!item.is_table())
            problem(&item, u"each entry of 'services' must be a table"_qs);
        Service s = parseService(*item.as_table(), &item);
        if (names.contains(s.name))
            problem(&item, u"service '%1' is defined twice"_qs.arg(s.name));
        QStringList normalised;
        for (const QString &host : std::as_const(s.edgeHosts)) {
            const QString one = normalisedEdgeHost(host);
            if (one.isEmpty())
                problem(&item, u"edge host '%1' is not a host name"_qs.arg(host));
            if (normalised.contains(one))
                continue;
            if (hosts.contains(one))
                problem(&item, u"edge host '%1' belongs to two services"_qs.arg(host));
            hosts.insert(one);
            normalised.append(one);
        }
        s.edgeHosts = normalised;
        names.insert(s.name);
        config.services.append(s);
    }
}

void parsePermissions(const toml::table &root, ServerConfig &config)
{
    const toml::node *node = root.get("permissions");
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array)
        problem(node, u"'permissions' must be an array of tables ([[permissions]])"_qs);
    QSet<QString> services;
    for (const Service &s : std::as_const(config.services))
        services.insert(s.name);
    for (const toml::node &item : *array) {
        const toml::table *t = item.as_table();
        if (!t)
            problem(&item, u"each entry of 'permissions' must be a table"_qs);
        checkKeys(*t, {"subject", "service", "methods", "path_prefixes"}, u"[[permissions]]"_qs);
        StandingPermission p;
        const QString subject = requireString(*t, "subject", &item);
        const auto colon = subject.indexOf(u':');
        if (colon < 0) {
            p.subjectKind = SubjectKind::User;
            p.subject = subject;
        } else if (!parseSubjectKind(subject.left(colon), &p.subjectKind)) {
            problem(t->get("subject"),
                    u"'subject' must be NAME or user:, group:, service: or agent: NAME"_qs);
        } else {
            p.subject = subject.mid(colon + 1);
        }
        if (p.subject.isEmpty())
            problem(t->get("subject"), u"'subject' names nobody"_qs);
        p.service = requireString(*t, "service", &item);
        if (!services.contains(p.service))
            problem(t->get("service"), u"unknown service '%1'"_qs.arg(p.service));
        p.methods = stringList(*t, "methods", p.methods);
        for (QString &m : p.methods) {
            m = m.toUpper();
            if (!isValidMethod(m))
                problem(t->get("methods"), u"'%1' is not an HTTP method"_qs.arg(m));
        }
        p.pathPrefixes = stringList(*t, "path_prefixes", p.pathPrefixes);
        for (const QString &prefix : std::as_const(p.pathPrefixes)) {
            if (!isValidPathPrefix(prefix))
                problem(t->get("path_prefixes"), u"'%1' is not a path prefix"_qs.arg(prefix));
        }
        config.permissions.append(p);
    }
}

void parseEdge(const toml::table &root, ServerConfig &config)
{
    const toml::table *edge = section(root, "edge");
    if (!edge)
        return;
    checkKeys(*edge,
              {"listen", "admin", "access_log", "access_log_net", "authz_url", "decision_listen",
               "decision_threads", "upstreams", "retention"},
              u"[edge]"_qs);
    if (edge->get("retention")) {
        const auto retention = parseDuration(optionalString(*edge, "retention", {}));
        if (!retention)
            problem(edge->get("retention"), u"'retention' must be a duration like \"30d\""_qs);
        config.edge.retention = *retention;
    }
    config.edge.listen = optionalString(*edge, "listen", config.edge.listen);
    config.edge.admin = optionalString(*edge, "admin", config.edge.admin);
    config.edge.accessLog = resolvePath(optionalString(*edge, "access_log", {}), config.sourceFile);
    if (const toml::node *net = edge->get("access_log_net")) {
        if (edge->get("access_log"))
            problem(net, u"set 'access_log' (a file) or 'access_log_net' (Caddy's net writer), "
                         "not both"_qs);
        const auto [address, port] = parseAddress(net, "access_log_net", false);
        // Anyone who can connect can write access-log lines: loopback only.
        if (!address.isLoopback())
            problem(net, u"'access_log_net' must be a loopback address such as 127.0.0.1: "
                         "gatehoused takes access-log lines from whoever connects"_qs);
        config.edge.accessLogNetAddress = address;
        config.edge.accessLogNetPort = port;
    }
    config.edge.authzUrl = optionalString(*edge, "authz_url", {});
    if (const toml::node *decisions = edge->get("decision_listen")) {
        const auto [address, port] = parseAddress(decisions, "decision_listen", false);
        // Caddy reaches it without TLS and the answers name who is calling.
        if (!address.isLoopback())
            problem(decisions, u"'decision_listen' must be a loopback address such as "
                               "127.0.0.1: Caddy asks there without TLS"_qs);
        config.edge.decisionAddress = address;
        config.edge.decisionPort = port;
    }
    if (const toml::node *threads = edge->get("decision_threads")) {
        const auto n = threads->value<int64_t>();
        if (!n || *n < 1 || *n > 64)
            problem(threads, u"'decision_threads' must be a number from 1 to 64"_qs);
        config.edge.decisionThreads = int(*n);
    }
    if (const toml::node *node = edge->get("upstreams")) {
        const toml::table *upstreams = node->as_table();
        if (!upstreams)
            problem(node, u"'upstreams' must be a table: service = \"host:port\""_qs);
        for (const auto &[key, value] : *upstreams) {
            const QString service = str(key.str());
            if (!value.is_string())
                problem(&value, u"upstream of '%1' must be a string"_qs.arg(service));
            if (std::none_of(config.services.begin(), config.services.end(),
                             [&](const Service &s) { return s.name == service; }))
                problem(&value, u"upstream for unknown service '%1'"_qs.arg(service));
            config.edge.upstreams.insert(service, str(value.as_string()->get()));
        }
    }
}

// A claim name: letters, digits and "_-.:/" (URL-named claims such as Auth0's).
QString claimName(const toml::table &table, const char *key, const QString &fallback)
{
    const QString name = optionalString(table, key, fallback);
    static const QRegularExpression valid(u"^[A-Za-z0-9_.:/-]{1,200}$"_qs);
    if (!valid.match(name).hasMatch())
        problem(table.get(key),
                u"'%1' must name a token claim, such as \"email\""_qs.arg(QLatin1String(key)));
    return name;
}

QStringList audiences(const toml::table &identity, const char *single, const char *list,
                      const QStringList &fallback)
{
    if (identity.get(single) && identity.get(list))
        problem(identity.get(list),
                u"set '%1' or '%2', not both"_qs.arg(QLatin1String(single), QLatin1String(list)));
    if (identity.get(single))
        return {optionalString(identity, single, {})};
    const QStringList out = stringList(identity, list, fallback);
    if (out.isEmpty() || out.contains(QString()))
        problem(identity.get(list),
                u"'%1' must name at least one audience"_qs.arg(QLatin1String(list)));
    return out;
}

QUrl issuerUrl(const toml::table &table)
{
    const QUrl url(requireString(table, "issuer", &table), QUrl::StrictMode);
    if (const Error e = checkEndpointUrl(url, u"issuer"_qs); !e.isNull())
        problem(table.get("issuer"), e.message);
    return url;
}

// The keys an issuer's table shares with [identity]: claims and audiences.
void parseClaims(const toml::table &table, ClaimMapping &c)
{
    c.subjectClaim = claimName(table, "subject_claim", c.subjectClaim);
    c.machineSubjectClaim = claimName(table, "machine_subject_claim", c.machineSubjectClaim);
    c.groupsClaim = claimName(table, "groups_claim", c.groupsClaim);
    c.nameClaim = claimName(table, "name_claim", c.nameClaim);
    c.emailClaim = claimName(table, "email_claim", c.emailClaim);
}

void parseOtherIssuers(const toml::table &identity, ServerConfig &config)
{
    const toml::node *node = identity.get("issuers");
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array)
        problem(node, u"'issuers' must be an array of tables ([[identity.issuers]])"_qs);
    QSet<QString> seen{config.issuer.toString()};
    for (const toml::node &item : *array) {
        const toml::table *t = item.as_table();
        if (!t)
            problem(&item, u"each entry of 'issuers' must be a table"_qs);
        checkKeys(*t,
                  {"issuer", "api_audience", "api_audiences", "edge_audience", "edge_audiences",
                   "subject_claim", "machine_subject_claim", "groups_claim", "name_claim",
                   "email_claim"},
                  u"[[identity.issuers]]"_qs);
        TrustedIssuer trusted;
        trusted.issuer = issuerUrl(*t);
        if (seen.contains(trusted.issuer.toString()))
            problem(t->get("issuer"),
                    u"issuer '%1' is configured twice"_qs.arg(trusted.issuer.toString()));
        seen.insert(trusted.issuer.toString());
        // Audiences default to [identity]'s; claims to the standard ones.
        trusted.apiAudiences = audiences(*t, "api_audience", "api_audiences", config.apiAudiences);
        trusted.edgeAudiences =
            audiences(*t, "edge_audience", "edge_audiences", config.edgeAudiences);
        parseClaims(*t, trusted.claims);
        config.otherIssuers.append(trusted);
    }
}

void parseIdentity(const toml::table &identity, ServerConfig &config)
{
    checkKeys(identity,
              {"issuer", "api_audience", "api_audiences", "edge_audience", "edge_audiences",
               "subject_claim", "machine_subject_claim", "groups_claim", "name_claim",
               "email_claim", "issuers"},
              u"[identity]"_qs);
    config.issuer = issuerUrl(identity);
    config.apiAudiences = audiences(identity, "api_audience", "api_audiences", config.apiAudiences);
    config.edgeAudiences =
        audiences(identity, "edge_audience", "edge_audiences", config.edgeAudiences);
    parseClaims(identity, config.claims);
    parseOtherIssuers(identity, config);
}

void parseAudit(const toml::table &root, ServerConfig &config)
{
    const toml::table *audit = section(root, "audit");
    const toml::table empty;
    const toml::table &t = audit ? *audit : empty;
    checkKeys(t,
              {"signing_key", "public_key", "checkpoint_dir", "checkpoint_every_records",
               "checkpoint_interval"},
              u"[audit]"_qs);
    config.auditSigningKeyPath =
        resolvePath(optionalString(t, "signing_key", u"audit-signing.key"_qs), config.sourceFile);
    const QString pin = optionalString(t, "public_key", {}).trimmed();
    if (!pin.isEmpty()) {
        // A fingerprint stays as it is; anything else is a PEM file.
        config.auditPublicKey = !PinnedKey::fromFingerprint(pin).fingerprint().isEmpty()
                                    ? pin
                                    : resolvePath(pin, config.sourceFile);
        if (const auto parsed = PinnedKey::parse(config.auditPublicKey); !parsed)
            problem(t.get("public_key"), parsed.error().message);
    }
    // Empty turns checkpoints off.
    // By default next to the signing key: where gatehoused keeps its state.
    const QString dir =
        optionalString(
            t, "checkpoint_dir",
            QFileInfo(config.auditSigningKeyPath).dir().filePath(u"audit-checkpoints"_qs))
            .trimmed();
    config.auditCheckpointDir = dir.isEmpty() ? QString() : resolvePath(dir, config.sourceFile);
    if (const toml::node *every = t.get("checkpoint_every_records")) {
        const auto *value = every->as_integer();
        if (!value || value->get() < 1 || value->get() > 1'000'000)
            problem(every, u"'checkpoint_every_records' must be a whole number from 1 to "
                           "1000000"_qs);
        config.auditCheckpointEveryRecords = int(value->get());
    }
    const QString interval = optionalString(t, "checkpoint_interval", u"1m"_qs);
    const auto parsedInterval = parseDuration(interval);
    if (!parsedInterval || parsedInterval->count() < 1)
        problem(t.get("checkpoint_interval"),
                u"'checkpoint_interval' must be a duration like \"1m\" or \"30s\""_qs);
    config.auditCheckpointInterval = *parsedInterval;
}

void parseRoot(const toml::table &root, ServerConfig &config)
{
    checkKeys(root,
              {"server", "store", "identity", "roles", "audit", "grants", "services", "permissions",
               "edge", "kuma", "testing"},
              u"the file"_qs);
    if (const toml::table *grants = section(root, "grants")) {
        checkKeys(*grants, {"review_timeout"}, u"[grants]"_qs);
        const QString text = optionalString(*grants, "review_timeout", u"1h"_qs);
        const auto timeout = parseDuration(text);
        if (!timeout)
            problem(grants->get("review_timeout"),
                    u"'review_timeout' must be a duration like \"1h\""_qs);
        config.reviewTimeout = *timeout;
    }
    if (const toml::table *server = section(root, "server")) {
        checkKeys(*server, {"listen"}, u"[server]"_qs);
        parseListen(*server, config);
    }
    const toml::table *store = section(root, "store");
    config.storeUrl = store ? optionalString(*store, "url", {}) : QString();
    if (store)
        checkKeys(*store, {"url"}, u"[store]"_qs);
    if (config.storeUrl.isEmpty())
        config.storeUrl = u"sqlite:gatehouse.db"_qs;
    if (config.storeUrl.startsWith(u"sqlite:"))
        config.storeUrl = u"sqlite:"_qs + resolvePath(config.storeUrl.mid(7), config.sourceFile);
    else if (!config.storeUrl.startsWith(u"postgresql://"))
        problem(store->get("url"), u"'url' must start with sqlite: or postgresql://"_qs);

    const toml::table *identity = section(root, "identity");
    if (!identity)
        problem(&root, u"missing [identity] table with the issuer"_qs);
    parseIdentity(*identity, config);

    if (const toml::table *roles = section(root, "roles")) {
        checkKeys(*roles, {"auditor_groups", "oncall_groups", "admin_groups"}, u"[roles]"_qs);
        config.roles.auditorGroups =
            stringList(*roles, "auditor_groups", config.roles.auditorGroups);
        config.roles.oncallGroups = stringList(*roles, "oncall_groups", config.roles.oncallGroups);
        config.roles.adminGroups = stringList(*roles, "admin_groups", config.roles.adminGroups);
    }
    parseAudit(root, config);
    parseServices(root, config);
    parsePermissions(root, config);
    parseEdge(root, config);
    if (const toml::table *testing = section(root, "testing")) {
        // For test suites only: a clock they can move forward through the API.
        checkKeys(*testing, {"adjustable_clock"}, u"[testing]"_qs);
        if (const toml::node *clock = testing->get("adjustable_clock")) {
            if (!clock->is_boolean())
                problem(clock, u"'adjustable_clock' must be true or false"_qs);
            config.adjustableClock = clock->as_boolean()->get();
            if (config.adjustableClock && !config.listenAddress.isLoopback())
                problem(clock, u"'adjustable_clock' is for tests and needs a loopback "
                               "[server] listen address"_qs);
        }
    }
    if (const toml::table *kuma = section(root, "kuma")) {
        checkKeys(*kuma, {"url", "trust_domain"}, u"[kuma]"_qs);
        config.kumaTrustDomain =
            optionalString(*kuma, "trust_domain", config.kumaTrustDomain).trimmed();
        config.kumaControlPlane = QUrl(requireString(*kuma, "url", kuma), QUrl::StrictMode);
        if (Error e = checkEndpointUrl(config.kumaControlPlane, u"Kuma control plane"_qs);
            !e.isNull())
            problem(kuma->get("url"), e.message);
    }
}

Error configError(const QString &file, int line, const QString &reason)
{
    const QString where = line > 0 ? u"%1:%2"_qs.arg(file).arg(line) : file;
    return Error{u"config.invalid"_qs,
                 QCoreApplication::translate("ServerConfig", "%1: %2").arg(where, reason),
                 where + u": "_qs + reason};
}

} // namespace

QString hostPort(const QHostAddress &address, quint16 port)
{
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u"["_qs + host + u"]"_qs;
    return host + u':' + QString::number(port);
}

QList<TrustedIssuer> ServerConfig::trustedIssuers() const
{
    return QList<TrustedIssuer>{{issuer, claims, apiAudiences, edgeAudiences}} + otherIssuers;
}

Result<ServerConfig> ServerConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(path, 0, file.errorString());
    return parse(file.readAll(), QFileInfo(path).absoluteFilePath());
}

Result<ServerConfig> ServerConfig::parse(const QByteArray &text, const QString &sourceFile)
{
    ServerConfig config;
    config.sourceFile = sourceFile;
    try {
        const std::string_view view(text.constData(), size_t(text.size()));
        const toml::table root = toml::parse(view, sourceFile.toStdString());
        parseRoot(root, config);
    } catch (const toml::parse_error &e) {
        return configError(sourceFile, int(e.source().begin.line), str(e.description()));
    } catch (const ConfigProblem &p) {
        return configError(sourceFile, p.line, p.reason);
    }
    return config;
}

} // namespace gatehouse::server
