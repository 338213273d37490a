#include "AccessDecider.h"

#include "EdgeHost.h"
#include "grants/GrantErrors.h"
#include "grants/Holds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gatehouse {

QJsonObject AccessRule::toJson() const
{
    return {{u"subject_kind"_qs, toString(subjectKind)},
            {u"subject"_qs, subject},
            {u"service"_qs, service},
            {u"methods"_qs, QJsonArray::fromStringList(methods)},
            {u"path_prefixes"_qs, QJsonArray::fromStringList(pathPrefixes)},
            {u"source"_qs, u"config"_qs}};
}

Result<AccessRule> AccessRule::fromJson(const QJsonObject &o)
{
    const auto strings = [](const QJsonValue &v, QStringList *out) {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.isEmpty())
            return false;
        for (const QJsonValue &x : a) {
            if (!x.isString())
                return false;
            out->append(x.toString());
        }
        return true;
    };
    AccessRule r;
    r.subject = o.value(u"subject").toString();
    r.service = o.value(u"service").toString();
    r.methods.clear();
    r.pathPrefixes.clear();
    if (!parseSubjectKind(o.value(u"subject_kind").toString(), &r.subjectKind) ||
        r.subject.isEmpty() || r.service.isEmpty() || !strings(o.value(u"methods"), &r.methods) ||
        !strings(o.value(u"path_prefixes"), &r.pathPrefixes))
        return grantError(
            GrantErrorCode::Malformed,
            QCoreApplication::translate("AccessRule", "The server sent an unreadable permission."),
            r.subject + u" on "_qs + r.service);
    return r;
}

void AccessDecider::setCatalog(const QList<Service> &services)
{
    m_serviceByHost.clear();
    // A host belongs to one service. Should the store ever hold two spellings
    // of one host, the configured service keeps it, never one added later.
    for (const bool configured : {true, false}) {
        for (const Service &s : services) {
            if ((s.source == u"config") != configured)
                continue;
            for (const QString &host : s.edgeHosts) {
                const QString key = normalisedEdgeHost(host);
                if (!key.isEmpty() && !m_serviceByHost.contains(key))
                    m_serviceByHost.insert(key, s.name);
            }
        }
    }
}

bool AccessDecider::pathMatches(const QString &prefix, const QString &path)
{
    if (prefix == u"/")
        return true;
    const QString bare = prefix.endsWith(u'/') ? prefix.chopped(1) : prefix;
    return path == bare || path.startsWith(bare + u'/');
}

bool AccessDecider::methodMatches(const QStringList &methods, const QString &method)
{
    return methods.contains(u"*"_qs) || methods.contains(method) ||
           (method == u"HEAD" && methods.contains(u"GET"_qs));
}

QString AccessDecider::rawPath(const QString &uri)
{
    QString raw = uri;
    const auto cut = raw.indexOf(u'?');
    if (cut >= 0)
        raw.truncate(cut);
    const auto hash = raw.indexOf(u'#');
    if (hash >= 0)
        raw.truncate(hash);
    return raw.isEmpty() ? u"/"_qs : raw;
}

std::optional<QString> AccessDecider::normalisedPath(const QString &uri)
{
    const QString raw = rawPath(uri);
    if (!raw.startsWith(u'/'))
        return std::nullopt;
    const QString lower = raw.toLower();
    if (lower.contains(u"%2f") || lower.contains(u"%5c") || lower.contains(u"%00"))
        return std::nullopt;
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(raw.toUtf8()));
    if (path.contains(u'\\'))
        return std::nullopt;
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return std::nullopt;
    }
    const QStringList segments = path.mid(1).split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (segment == u"." || segment == u".." || (segment.isEmpty() && !last))
            return std::nullopt;
    }
    return path;
}

Decision AccessDecider::decide(const Principal &who, const AccessRequest &request,
                               const QDateTime &now) const
{
    Decision d;
    const QString method = request.method.toUpper();
    const auto path = normalisedPath(request.uri);
    d.path = path.value_or(rawPath(request.uri));
    const QString host = normalisedEdgeHost(request.host);
    d.service = host.isEmpty() ? QString() : m_serviceByHost.value(host);
    if (d.service.isEmpty()) {
        d.reason = u"no service is published at %1"_qs.arg(host.isEmpty() ? request.host : host);
        return d;
    }
    if (!path) {
        d.reason = u"refused an ambiguous path (empty, dot or encoded-slash segments)"_qs;
        return d;
    }
    if (method.isEmpty()) {
        d.reason = u"the edge did not say which method was used"_qs;
        return d;
    }
    for (const Grant &g : m_grants) {
        if (g.service == d.service && holds(who, g, now) && methodMatches(g.methods, method) &&
            std::any_of(g.pathPrefixes.begin(), g.pathPrefixes.end(),
                        [&](const QString &p) { return pathMatches(p, d.path); })) {
            d.allowed = true;
            d.grantId = g.id;
            d.reason = u"grant %1 until %2"_qs.arg(g.id, formatTime(g.expiresAt));
            return d;
        }
    }
    for (const AccessRule &r : m_rules) {
        if (r.service == d.service && names(r.subjectKind, r.subject, who) &&
            methodMatches(r.methods, method) &&
            std::any_of(r.pathPrefixes.begin(), r.pathPrefixes.end(),
                        [&](const QString &p) { return pathMatches(p, d.path); })) {
            d.allowed = true;
            d.standing = toString(r.subjectKind) + u':' + r.subject;
            d.reason = u"standing access for %1"_qs.arg(d.standing);
            return d;
        }
    }
    d.reason = u"no grant covers %1 %2 on %3 for %4"_qs.arg(method, d.path, d.service, who.subject);
    return d;
}

} // namespace gatehouse
