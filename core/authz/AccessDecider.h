#pragma once

#include "Result.h"
#include "Service.h"
#include "grants/Grant.h"
#include "grants/Principal.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace gatehouse {

// Standing access: always allowed, from configuration (or the mesh).
struct AccessRule
{
    SubjectKind subjectKind = SubjectKind::Group;
    QString subject;
    QString service;
    QStringList methods{u"*"_qs};
    QStringList pathPrefixes{u"/"_qs};

    QJsonObject toJson() const;
    // Strict, as the graph answer's `permissions` carry it: an unknown kind,
    // an empty subject or service, or methods and prefixes that are not lists
    // of strings refuse the rule (never a default kind).
    [[nodiscard]] static Result<AccessRule> fromJson(const QJsonObject &object);
};

// What the edge forwarded: X-Forwarded-Method, -Host and -Uri.
struct AccessRequest
{
    QString method;
    QString host; // may carry a port
    QString uri;  // path and query as the client sent them
};

struct Decision
{
    bool allowed = false;
    QString service;  // empty when the host is unknown
    QString path;     // normalised, without the query
    QString reason;   // short, for people: why allowed or denied
    QString grantId;  // the grant that allowed it, if one did
    QString standing; // or the standing rule, as "kind:subject"
};

// Decides one request from the catalog, standing rules and active grants.
// Pure and synchronous: the caller keeps its inputs current.
class AccessDecider
{
public:
    void setCatalog(const QList<Service> &services);
    void setStandingRules(const QList<AccessRule> &rules) { m_rules = rules; }
    void setGrants(const QList<Grant> &grants) { m_grants = grants; }

    Decision decide(const Principal &who, const AccessRequest &request, const QDateTime &now) const;

    // "/v1/charges" covers "/v1/charges" and "/v1/charges/7", not "/v1/chargesX".
    static bool pathMatches(const QString &prefix, const QString &path);
    // "*" covers all; HEAD is allowed wherever GET is.
    static bool methodMatches(const QStringList &methods, const QString &method);
    // Path of a request URI with the query dropped and percent-decoded.
    // Paths that servers disagree about are refused rather than guessed:
    // empty or dot segments ("//", "/./", "/../", also percent-encoded),
    // encoded slashes or backslashes, control characters. Returns nullopt
    // for those.
    static std::optional<QString> normalisedPath(const QString &uri);
    // The path part of a URI without the query, as sent (for the record).
    static QString rawPath(const QString &uri);

private:
    QHash<QString, QString> m_serviceByHost;
    QList<AccessRule> m_rules;
    QList<Grant> m_grants;
};

} // namespace gatehouse
