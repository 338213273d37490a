#include "SyntheticMesh.h"

#include <QRandomGenerator>
#include <QSet>

namespace gatehouse::bench {

using namespace gatehouse::graph;

namespace {

constexpr int kTeamSize = 50;

Node service(int i)
{
    Node n;
    n.name = u"svc-%1"_qs.arg(i, 4, 10, QChar(u'0'));
    n.id = AccessGraph::serviceId(n.name);
    n.team = u"team-%1"_qs.arg(i / kTeamSize);
    n.owners = QStringList{u"group:"_qs + n.team};
    n.mesh = u"default"_qs;
    n.kumaService = n.name;
    n.health = i % 17 == 0 ? u"PartiallyAvailable"_qs : u"Available"_qs;
    n.source = u"config"_qs;
    n.ownedByMe = i % 23 == 0;
    return n;
}

Node subject(NodeKind kind, int i)
{
    static const char16_t *prefix[] = {u"", u"user-", u"group-", u"agent-"};
    Node n;
    n.kind = kind;
    n.name = QString::fromUtf16(prefix[int(kind)]) + QString::number(i);
    n.id = AccessGraph::subjectId(AccessGraph::kindName(kind), n.name);
    return n;
}

} // namespace

AccessGraph syntheticMesh(int services, int edges, quint32 seed)
{
    QRandomGenerator random(seed);
    AccessGraph graph;
    for (int i = 0; i < services; ++i)
        graph.addNode(service(i));
    QStringList users, groups, agents;
    for (int i = 0; i < services / 5; ++i)
        users.append(graph.addNode(subject(NodeKind::User, i)).id);
    for (int i = 0; i < std::max(1, services / 25); ++i)
        groups.append(graph.addNode(subject(NodeKind::Group, i)).id);
    for (int i = 0; i < std::max(1, services / 25); ++i)
        agents.append(graph.addNode(subject(NodeKind::Agent, i)).id);

    const int teams = std::max(1, services / kTeamSize);
    auto serviceIn = [&](int team) {
        const bool local = random.bounded(100) < 85;
        const int i = local ? std::min(services - 1, team * kTeamSize + random.bounded(kTeamSize))
                            : random.bounded(services);
        return AccessGraph::serviceId(u"svc-%1"_qs.arg(i, 4, 10, QChar(u'0')));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> seen;
    // Every subject holds something, then random access up to the total.
    QStringList subjects = users + groups + agents;
    int s = 0;
    while (graph.edges().size() < edges) {
        const int team = random.bounded(teams);
        Edge e;
        const int roll = random.bounded(100);
        if (s < subjects.size())
            e.from = subjects.at(s++);
        else if (roll < 55)
            e.from = serviceIn(team);
        else if (roll < 85)
            e.from = users.at(random.bounded(int(users.size())));
        else if (roll < 95)
            e.from = groups.at(random.bounded(int(groups.size())));
        else
            e.from = agents.at(random.bounded(int(agents.size())));
        e.to = serviceIn(team);
        const int kind = random.bounded(100);
        e.kind = e.from.startsWith(u"service:") || kind >= 15
                     ? EdgeKind::Standing
                     : (kind < 11 ? EdgeKind::Grant : EdgeKind::Pending);
        e.source = e.from.startsWith(u"service:") ? u"mesh"_qs : u"config"_qs;
        e.methods = QStringList{kind % 2 ? u"GET"_qs : u"*"_qs};
        e.paths = QStringList{u"/"_qs};
        if (e.kind == EdgeKind::Grant)
            e.expiresAt = now.addSecs(60 + random.bounded(8 * 3600));
        if (e.from == e.to || seen.contains(e.from + e.to))
            continue;
        seen.insert(e.from + e.to);
        graph.addEdge(e);
    }
    graph.sortNodes();
    return graph;
}

QByteArray toGraphvizSource(const LayoutRequest &request)
{
    QByteArray out = "digraph g {\n  rankdir=LR;\n  node [shape=box fixedsize=true label=\"\"];\n"
                     "  edge [arrowhead=none fontsize=8.5];\n";
    for (int i = 0; i < request.nodes.size(); ++i) {
        const QSizeF s = request.nodes.at(i).size;
        out += "  n" + QByteArray::number(i) +
               " [width=" + QByteArray::number(s.width() / 72, 'f', 3) +
               " height=" + QByteArray::number(s.height() / 72, 'f', 3) + "];\n";
    }
    for (const LayoutEdge &e : request.edges) {
        out += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to);
        if (!e.label.isEmpty())
            out += " [label=\"" + e.label.toUtf8() + "\"]";
        out += ";\n";
    }
    return out + "}\n";
}

} // namespace gatehouse::bench
