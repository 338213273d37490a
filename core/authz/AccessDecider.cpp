#include "AccessDecider.h"

#include <QUrl>

namespace gatehouse {

namespace {

bool holds(SubjectKind kind, const QString &subject, const Principal &who)
{
    if (kind == SubjectKind::Group)
        return who.groups.contains(subject);
    return kind == who.kind && subject == who.subject;
}

QString hostOnly(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[')) // [::1]:8080
        return host.left(host.indexOf(u']') + 1);
    const auto colon = host.lastIndexOf(u':');
    return colon < 0 ? host : host.left(colon);
}

} // namespace

void AccessDecider::setCatalog(const QList<Service> &services)
{
    m_serviceByHost.clear();
    for (const Service &s : services) {
        for (const QString &host : s.edgeHosts)
            m_serviceByHost.insert(hostOnly(host), s.name);
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

QString AccessDecider::normalisedPath(const QString &uri)
{
    QString raw = uri;
    const auto cut = raw.indexOf(u'?');
    if (cut >= 0)
        raw.truncate(cut);
    const auto hash = raw.indexOf(u'#');
    if (hash >= 0)
        raw.truncate(hash);
    if (!raw.startsWith(u'/'))
        raw.prepend(u'/');
    const QUrl url =
        QUrl::fromEncoded(raw.toUtf8(), QUrl::TolerantMode).adjusted(QUrl::NormalizePathSegments);
    QString path = url.path(QUrl::FullyDecoded);
    return path.isEmpty() ? u"/"_qs : path;
}

Decision AccessDecider::decide(const Principal &who, const AccessRequest &request,
                               const QDateTime &now) const
{
    Decision d;
    d.path = normalisedPath(request.uri);
    const QString method = request.method.toUpper();
    d.service = m_serviceByHost.value(hostOnly(request.host));
    if (d.service.isEmpty()) {
        d.reason = u"no service is published at %1"_qs.arg(hostOnly(request.host));
        return d;
    }
    for (const Grant &g : m_grants) {
        if (g.service == d.service && g.isEffective(now) && holds(g.subjectKind, g.subject, who) &&
            methodMatches(g.methods, method) &&
            std::any_of(g.pathPrefixes.begin(), g.pathPrefixes.end(),
                        [&](const QString &p) { return pathMatches(p, d.path); })) {
            d.allowed = true;
            d.grantId = g.id;
            d.reason = u"grant %1 until %2"_qs.arg(g.id, formatTime(g.expiresAt));
            return d;
        }
    }
    for (const AccessRule &r : m_rules) {
        if (r.service == d.service && holds(r.subjectKind, r.subject, who) &&
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
