#include "GraphQuery.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace gatehouse::graph {

namespace {

// Case-insensitive equality, or a wildcard pattern when the value has "*".
class ValueMatcher
{
public:
    explicit ValueMatcher(const QString &pattern)
        : m_pattern(pattern)
    {
        if (pattern.contains(u'*')) {
            m_regex =
                QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                       pattern, QRegularExpression::UnanchoredWildcardConversion),
                                   QRegularExpression::CaseInsensitiveOption);
            m_regex.setPattern(u"\\A(?:"_qs + m_regex.pattern() + u")\\z"_qs);
        }
    }

    bool operator()(const QString &value) const
    {
        if (m_regex.pattern().isEmpty())
            return value.compare(m_pattern, Qt::CaseInsensitive) == 0;
        return m_regex.match(value).hasMatch();
    }

private:
    QString m_pattern;
    QRegularExpression m_regex;
};

// "group:payments-team" matches "payments-team" and "group:payments-team";
// a bare owner ("alice") is a user, so "user:alice" matches it too.
bool ownerMatches(const ValueMatcher &match, const QString &owner)
{
    if (match(owner))
        return true;
    const qsizetype colon = owner.indexOf(u':');
    if (colon >= 0)
        return match(owner.mid(colon + 1));
    return match(u"user:"_qs + owner);
}

QString edgeState(const Edge &e)
{
    switch (e.kind) {
    case EdgeKind::Standing:
        return u"standing"_qs;
    case EdgeKind::Grant:
        return u"active"_qs;
    case EdgeKind::Pending:
        return u"pending"_qs;
    }
    return {};
}

bool compareSeconds(GraphQuery::Op op, qint64 left, qint64 right)
{
    switch (op) {
    case GraphQuery::Op::Less:
        return left < right;
    case GraphQuery::Op::LessEqual:
        return left <= right;
    case GraphQuery::Op::Greater:
        return left > right;
    case GraphQuery::Op::GreaterEqual:
        return left >= right;
    case GraphQuery::Op::Equal:
        return left == right;
    case GraphQuery::Op::NotEqual:
        return left != right;
    }
    return false;
}

// Node terms: std::nullopt when the field does not apply to the node.
std::optional<bool> nodeTerm(const GraphQuery::Term &t, const ValueMatcher &match, const Node &n,
                             const AccessGraph &graph)
{
    using F = GraphQuery::Field;
    const bool service = n.isService();
    switch (t.field) {
    case F::Owner:
        if (!service)
            return std::nullopt;
        return std::any_of(n.owners.cbegin(), n.owners.cend(),
                           [&](const QString &o) { return ownerMatches(match, o); });
    case F::Subject:
        if (graph.edgesFrom(n.id).isEmpty())
            return std::nullopt;
        return match(n.name) || match(n.id);
    case F::Service:
        return service ? std::optional<bool>(match(n.name)) : std::nullopt;
    case F::Team:
        return service ? std::optional<bool>(match(n.team)) : std::nullopt;
    case F::Health:
        return service ? std::optional<bool>(match(n.health.isEmpty() ? u"unknown"_qs : n.health))
                       : std::nullopt;
    case F::Sensitivity:
        return service ? std::optional<bool>(match(n.sensitivity)) : std::nullopt;
    case F::Approval:
        return service ? std::optional<bool>(match(n.approval)) : std::nullopt;
    case F::Kind:
        return match(AccessGraph::kindName(n.kind));
    case F::Name:
        return match(n.name);
    default:
        return std::nullopt;
    }
}

std::optional<bool> edgeTerm(const GraphQuery::Term &t, const ValueMatcher &match, const Edge &e,
                             const QDateTime &now)
{
    using F = GraphQuery::Field;
    switch (t.field) {
    case F::Expires:
        if (e.kind != EdgeKind::Grant || !e.expiresAt.isValid())
            return std::nullopt;
        return compareSeconds(t.op, now.secsTo(e.expiresAt), t.seconds);
    case F::Source:
        return match(e.kind == EdgeKind::Standing ? e.source : u"grant"_qs);
    case F::State: {
        const QString state = edgeState(e);
        return match(state) || (state == u"active" && match(u"grant"_qs));
    }
    case F::Method:
        return std::any_of(e.methods.cbegin(), e.methods.cend(),
                           [&](const QString &m) { return m == u"*" || match(m); });
    default:
        return std::nullopt;
    }
}

bool isEdgeField(GraphQuery::Field f)
{
    using F = GraphQuery::Field;
    return f == F::Expires || f == F::Source || f == F::State || f == F::Method;
}

} // namespace

QSet<QString> GraphQuery::matchTerm(const Term &term, const AccessGraph &graph,
                                    const QDateTime &now)
{
    const ValueMatcher match(term.value);
    // "!=" negates the comparison, not the set: for "expires" the comparison
    // itself is ordered, so negation applies to the other fields only.
    const bool negate = term.op == Op::NotEqual && term.field != Field::Expires;
    QSet<QString> out;
    if (isEdgeField(term.field)) {
        for (const Edge &e : graph.edges()) {
            const auto hit = edgeTerm(term, match, e, now);
            if (hit && *hit != negate)
                out << e.from << e.to;
        }
        return out;
    }
    for (const Node &n : graph.nodes()) {
        const auto hit = nodeTerm(term, match, n, graph);
        if (hit && *hit != negate)
            out.insert(n.id);
    }
    return out;
}

QSet<QString> GraphQuery::matchingNodes(const AccessGraph &graph, const QDateTime &now) const
{
    QSet<QString> out;
    for (const QList<Term> &group : m_groups) {
        QSet<QString> hits;
        for (int i = 0; i < group.size(); ++i) {
            if (i == 0)
                hits = matchTerm(group.at(i), graph, now);
            else
                hits.intersect(matchTerm(group.at(i), graph, now));
            if (hits.isEmpty())
                break;
        }
        out.unite(hits);
    }
    return out;
}

} // namespace gatehouse::graph
