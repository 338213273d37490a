#include "DecisionSnapshot.h"

#include "EdgeHost.h"

namespace gatehouse {

namespace {

bool covers(const DecisionSnapshot::Rule &r, const QString &method, const QString &path)
{
    return AccessDecider::methodMatches(r.methods, method) &&
           std::any_of(r.pathPrefixes.begin(), r.pathPrefixes.end(),
                       [&](const QString &p) { return AccessDecider::pathMatches(p, path); });
}

// The first rule (lowest order) in `table` for the caller and its groups
// that covers the request; `effective` filters by time.
template<typename Effective>
const DecisionSnapshot::Rule *firstCovering(const std::array<DecisionSnapshot::BySubject, 4> &table,
                                            const Principal &who, const QString &method,
                                            const QString &path, Effective effective)
{
    const DecisionSnapshot::Rule *best = nullptr;
    const auto consider = [&](const DecisionSnapshot::BySubject &bySubject, const QString &key) {
        const auto it = bySubject.constFind(key);
        if (it == bySubject.cend())
            return;
        for (const DecisionSnapshot::Rule &r : *it) {
            if (best && best->order <= r.order)
                break; // each list is in order: nothing later can win
            if (effective(r) && covers(r, method, path)) {
                best = &r;
                break;
            }
        }
    };
    if (who.kind != SubjectKind::Group)
        consider(table[size_t(who.kind)], who.subject);
    const auto &groups = table[size_t(SubjectKind::Group)];
    if (!groups.isEmpty()) {
        for (const QString &group : who.groups)
            consider(groups, group);
    }
    return best;
}

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

std::shared_ptr<const DecisionSnapshot> DecisionSnapshot::build(const QList<Service> &services,
                                                                const QList<AccessRule> &rules,
                                                                const QList<Grant> &grants)
{
    auto snapshot = std::make_shared<DecisionSnapshot>();
    snapshot->m_standing = rules;
    // As AccessDecider::setCatalog: the configured service keeps a host
    // should the store hold two spellings of it.
    for (const bool configured : {true, false}) {
        for (const Service &s : services) {
            if ((s.source == u"config") != configured)
                continue;
            for (const QString &host : s.edgeHosts) {
                const QString key = normalisedEdgeHost(host);
                if (!key.isEmpty() && !snapshot->m_serviceByHost.contains(key))
                    snapshot->m_serviceByHost.insert(key, s.name);
            }
        }
    }
    QHash<QString, QList<Grant>> byService;
    for (const Grant &g : grants) {
        if (g.state == GrantState::Active)
            byService[g.service].append(g);
    }
    QSet<QString> names;
    for (const Service &s : services)
        names.insert(s.name);
    for (const AccessRule &r : rules)
        names.insert(r.service);
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        names.insert(it.key());
    for (const QString &name : std::as_const(names)) {
        const QList<Grant> held = byService.value(name);
        snapshot->m_rulesByService.insert(name, buildService(name, rules, held));
        snapshot->m_grantsPerService.insert(name, held.size());
        snapshot->m_grantCount += held.size();
    }
    return snapshot;
}

std::shared_ptr<const DecisionSnapshot> DecisionSnapshot::withService(const DecisionSnapshot &base,
                                                                      const QString &service,
                                                                      const QList<Grant> &grants)
{
    auto snapshot = std::make_shared<DecisionSnapshot>(base);
    QList<Grant> active;
    for (const Grant &g : grants) {
        if (g.state == GrantState::Active && g.service == service)
            active.append(g);
    }
    snapshot->m_grantCount += active.size() - base.m_grantsPerService.value(service);
    snapshot->m_grantsPerService.insert(service, active.size());
    snapshot->m_rulesByService.insert(service, buildService(service, base.m_standing, active));
    return snapshot;
}

DecisionSnapshot::ServicePtr DecisionSnapshot::buildService(const QString &service,
                                                            const QList<AccessRule> &rules,
                                                            const QList<Grant> &grants)
{
    auto out = std::make_shared<ServiceRules>();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        const Grant &g = grants.at(i);
        Rule r;
        r.order = i;
        r.grantId = g.id;
        r.methods = g.methods;
        r.pathPrefixes = g.pathPrefixes;
        r.startsAtMs = g.startsAt.isValid() ? g.startsAt.toMSecsSinceEpoch()
                                            : std::numeric_limits<qint64>::min();
        r.expiresAtMs = g.expiresAt.isValid() ? g.expiresAt.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
        r.allowReason = u"grant %1 until %2"_qs.arg(g.id, formatTime(g.expiresAt));
        out->grants[size_t(g.subjectKind)][g.subject].push_back(std::move(r));
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AccessRule &a = rules.at(i);
        if (a.service != service)
            continue;
        Rule r;
        r.order = i;
        r.methods = a.methods;
        r.pathPrefixes = a.pathPrefixes;
        r.standing = toString(a.subjectKind) + u':' + a.subject;
        r.allowReason = u"standing access for %1"_qs.arg(r.standing);
        out->standing[size_t(a.subjectKind)][a.subject].push_back(std::move(r));
    }
    return out;
}

QString DecisionSnapshot::fastServiceAt(const QString &host) const
{
    QStringView view(host);
    if (const auto colon = view.indexOf(u':'); colon >= 0) {
        const QStringView port = view.mid(colon + 1);
        if (port.isEmpty() || port.size() > 5 || !isAsciiDigits(port) || port.toUInt() > 65535)
            return {};
        view = view.left(colon);
    }
    if (view.endsWith(u'.'))
        view.chop(1);
    for (QChar c : view) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.'))
            return {};
    }
    // Hosts in the index are valid names in their one spelling, so a hit on
    // a plain lower-case name is the hit the full normalisation would find.
    const auto it = m_serviceByHost.constFind(view.toString());
    return it == m_serviceByHost.cend() ? QString() : *it;
}

QString DecisionSnapshot::serviceAt(const QString &host) const
{
    const QString fast = fastServiceAt(host);
    if (!fast.isEmpty())
        return fast;
    const QString key = normalisedEdgeHost(host);
    return key.isEmpty() ? QString() : m_serviceByHost.value(key);
}

Decision DecisionSnapshot::decide(const Principal &who, const AccessRequest &request,
                                  const QDateTime &now) const
{
    Decision d;
    const QString method = request.method.toUpper();
    const auto path = AccessDecider::normalisedPath(request.uri);
    d.path = path.value_or(AccessDecider::rawPath(request.uri));
    d.service = fastServiceAt(request.host);
    if (d.service.isEmpty()) {
        const QString host = normalisedEdgeHost(request.host);
        d.service = host.isEmpty() ? QString() : m_serviceByHost.value(host);
        if (d.service.isEmpty()) {
            d.reason =
                u"no service is published at %1"_qs.arg(host.isEmpty() ? request.host : host);
            return d;
        }
    }
    if (!path) {
        d.reason = u"refused an ambiguous path (empty, dot or encoded-slash segments)"_qs;
        return d;
    }
    if (method.isEmpty()) {
        d.reason = u"the edge did not say which method was used"_qs;
        return d;
    }
    const auto rules = m_rulesByService.constFind(d.service);
    if (rules != m_rulesByService.cend() && *rules) {
        const qint64 nowMs = now.toMSecsSinceEpoch();
        const Rule *grant =
            firstCovering((*rules)->grants, who, method, d.path, [nowMs](const Rule &r) {
                return r.startsAtMs <= nowMs && nowMs < r.expiresAtMs;
            });
        if (grant) {
            d.allowed = true;
            d.grantId = grant->grantId;
            d.reason = grant->allowReason;
            return d;
        }
        const Rule *standing = firstCovering((*rules)->standing, who, method, d.path,
                                             [](const Rule &) { return true; });
        if (standing) {
            d.allowed = true;
            d.standing = standing->standing;
            d.reason = standing->allowReason;
            return d;
        }
    }
    d.reason = u"no grant covers %1 %2 on %3 for %4"_qs.arg(method, d.path, d.service, who.subject);
    return d;
}

} // namespace gatehouse
