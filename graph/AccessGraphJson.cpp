#include "AccessGraph.h"
#include "GraphLogging.h"
#include "JsonSupport.h"
#include "authz/AccessDecider.h"
#include "grants/GraphGrants.h"

#include <QJsonArray>

namespace gatehouse::graph {

namespace {

QDateTime timestamp(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

NodeKind kindOf(const QString &kind)
{
    if (kind == u"group")
        return NodeKind::Group;
    if (kind == u"agent")
        return NodeKind::Agent;
    if (kind == u"service")
        return NodeKind::Service;
    return NodeKind::User;
}

Node serviceNode(const QJsonObject &s)
{
    Node n;
    n.name = s.value(u"name").toString();
    n.id = AccessGraph::serviceId(n.name);
    n.kind = NodeKind::Service;
    n.team = s.value(u"team").toString();
    n.description = s.value(u"description").toString();
    n.owners = jsonStrings(s.value(u"owners"));
    n.edgeHosts = jsonStrings(s.value(u"edge_hosts"));
    n.mesh = s.value(u"mesh").toString(u"default"_qs);
    n.kumaService = s.value(u"kuma_service").toString(n.name);
    n.approval = s.value(u"approval").toString();
    n.sensitivity = s.value(u"sensitivity").toString();
    n.source = s.value(u"source").toString();
    n.maxGrantSeconds = s.value(u"max_grant_seconds").toInteger();
    n.ownedByMe = s.value(u"owned_by_me").toBool();
    n.ticketRequired = s.value(u"ticket_required").toBool();
    return n;
}

// The node of a subject, created on first sight. A service subject is the
// service's own node, so mesh-to-service access shows as service → service.
QString subjectNode(AccessGraph &graph, const QString &kind, const QString &name)
{
    const NodeKind k = kindOf(kind);
    Node n;
    n.kind = k;
    n.name = name;
    n.id = k == NodeKind::Service ? AccessGraph::serviceId(name)
                                  : AccessGraph::subjectId(AccessGraph::kindName(k), name);
    if (k == NodeKind::Service)
        n.source = u"unknown"_qs;
    return graph.addNode(n).id;
}

class MeshReader
{
public:
    MeshReader(AccessGraph &graph)
        : m_graph(graph)
    {
        for (const Node &n : graph.nodes())
            if (n.isService())
                m_byKuma.insert(n.mesh + u'/' + n.kumaService, n.id);
    }

    void read(const QJsonObject &mesh)
    {
        for (const QJsonValue &v : mesh.value(u"services").toArray()) {
            const QJsonObject s = v.toObject();
            Node *node = m_graph.findNode(
                serviceFor(s.value(u"mesh").toString(), s.value(u"name").toString()));
            // MeshService state wins over the legacy insight count.
            if (node && (node->health.isEmpty() || s.value(u"source").toString() == u"meshservice"))
                node->health = s.value(u"health").toString();
        }
        for (const QJsonValue &v : mesh.value(u"permissions").toArray()) {
            const QJsonObject r = v.toObject();
            const QString action = r.value(u"action").toString(u"Allow"_qs);
            if (!action.startsWith(u"Allow", Qt::CaseInsensitive)) {
                qCDebug(lcGraph) << "skipping mesh rule" << r.value(u"policy").toString() << action;
                continue;
            }
            const QString mesh = r.value(u"mesh").toString(u"default"_qs);
            Edge e;
            e.kind = EdgeKind::Standing;
            e.source = u"mesh"_qs;
            e.meshPolicy = r.value(u"policy").toString();
            e.methods = QStringList{u"*"_qs};
            e.paths = QStringList{u"/"_qs};
            e.from = serviceFor(mesh, r.value(u"from").toString());
            e.to = serviceFor(mesh, r.value(u"to").toString());
            if (e.from != e.to)
                m_graph.addEdge(e);
        }
    }

private:
    QString serviceFor(const QString &mesh, const QString &kumaName)
    {
        if (kumaName == u"*") {
            Node n;
            n.id = u"mesh:"_qs + mesh;
            n.kind = NodeKind::Group;
            n.name = mesh;
            n.mesh = mesh;
            n.meshWide = true;
            return m_graph.addNode(n).id;
        }
        const QString key = mesh + u'/' + kumaName;
        if (const auto it = m_byKuma.constFind(key); it != m_byKuma.cend())
            return it.value();
        // Known to the mesh only: the catalog's mapping is missing.
        Node n;
        n.kind = NodeKind::Service;
        n.name = kumaName;
        n.id =
            AccessGraph::serviceId(m_graph.node(AccessGraph::serviceId(kumaName)) ? key : kumaName);
        n.mesh = mesh;
        n.kumaService = kumaName;
        n.source = u"kuma"_qs;
        m_byKuma.insert(key, m_graph.addNode(n).id);
        return m_byKuma.value(key);
    }

    AccessGraph &m_graph;
    QHash<QString, QString> m_byKuma;
};

} // namespace

AccessGraph AccessGraph::fromGraphJson(const QJsonObject &json)
{
    AccessGraph graph;
    graph.setVersion(json.value(u"version").toInteger(), timestamp(json.value(u"generated_at")));
    for (const QJsonValue &v : json.value(u"services").toArray())
        graph.addNode(serviceNode(v.toObject()));

    for (const QJsonValue &v : json.value(u"permissions").toArray()) {
        const QJsonObject p = v.toObject();
        const auto rule = AccessRule::fromJson(p);
        if (!rule) {
            qCWarning(lcGraph) << "left out a permission:" << rule.error().logText();
            continue;
        }
        Edge e;
        e.kind = EdgeKind::Standing;
        e.from = subjectNode(graph, toString(rule->subjectKind), rule->subject);
        e.to = subjectNode(graph, u"service"_qs, rule->service);
        e.methods = rule->methods;
        e.paths = rule->pathPrefixes;
        e.source = p.value(u"source").toString(u"config"_qs);
        graph.addEdge(e);
    }

    // Grants in their one wire form (Grant::fromJson): one that cannot be
    // read is left out, never drawn with a guessed kind or state.
    int unreadable = 0;
    const QList<Grant> grants = graphgrants::read(json, &unreadable);
    if (unreadable > 0)
        qCWarning(lcGraph) << "left out" << unreadable << "grant(s) the console cannot read";
    for (const Grant &g : grants) {
        Edge e;
        e.kind = g.state == GrantState::Active ? EdgeKind::Grant : EdgeKind::Pending;
        e.from = subjectNode(graph, toString(g.subjectKind), g.subject);
        e.to = subjectNode(graph, u"service"_qs, g.service);
        e.methods = g.methods;
        e.paths = g.pathPrefixes;
        e.grantId = g.id;
        e.reason = g.reason;
        e.requestedBy = g.requestedBy;
        e.approvedBy = g.approvedBy;
        e.startsAt = g.startsAt;
        e.expiresAt = g.expiresAt;
        e.reviewBy = g.reviewBy;
        if (e.kind == EdgeKind::Pending && g.startsAt.isValid() && g.expiresAt.isValid())
            e.requestedSeconds = g.startsAt.secsTo(g.expiresAt);
        graph.addEdge(e);
    }

    if (json.value(u"mesh").isObject()) {
        graph.setHasMesh(true);
        MeshReader(graph).read(json.value(u"mesh").toObject());
    }
    graph.sortNodes();
    return graph;
}

} // namespace gatehouse::graph
