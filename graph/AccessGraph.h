#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gatehouse::graph {

enum class NodeKind { Service, User, Group, Agent };
enum class EdgeKind { Standing, Grant, Pending };

// One node: a service of the catalog (or one only the mesh knows), or a
// subject that holds access to a service.
struct Node
{
    QString id; // "service:payments", "user:bob", "group:oncall", "agent:…", "mesh:default"
    NodeKind kind = NodeKind::Service;
    QString name;

    // Services only.
    QString team;
    QString description;
    QStringList owners; // "group:payments-team", "alice"
    QStringList edgeHosts;
    QString mesh;
    QString kumaService;
    QString health; // from the mesh section; empty when unknown
    QString approval;
    QString sensitivity;
    QString source; // "config", "api", "kuma" (known to the mesh only)
    qint64 maxGrantSeconds = 0;
    bool ownedByMe = false;
    bool ticketRequired = false;
    bool meshWide = false; // "mesh:NAME": every service of a mesh ("*" in a rule)

    bool isService() const { return kind == NodeKind::Service && !meshWide; }
};

// Access of one subject to one service: standing, an active grant or a
// pending request.
struct Edge
{
    QString from; // subject node id
    QString to;   // service node id
    EdgeKind kind = EdgeKind::Standing;
    QStringList methods;
    QStringList paths;
    QString source; // standing: "config" or "mesh"
    QString meshPolicy;
    QString grantId; // grants and pending requests
    QString reason;
    QString requestedBy;
    QString approvedBy;
    QDateTime startsAt; // grants: reaches nothing before it starts
    QDateTime expiresAt;
    QDateTime reviewBy;
    qint64 requestedSeconds = 0; // pending requests: the duration asked for

    // Identity for "did the structure change": endpoints, kind and grant.
    QString key() const;
};

class AccessGraph
{
public:
    static AccessGraph fromGraphJson(const QJsonObject &graph);

    static QString serviceId(const QString &name) { return u"service:"_qs + name; }
    static QString subjectId(const QString &kind, const QString &name);
    static QString kindName(NodeKind kind);

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    qint64 version() const { return m_version; }
    QDateTime generatedAt() const { return m_generatedAt; }
    bool hasMesh() const { return m_hasMesh; }

    const Node *node(const QString &id) const;
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    QList<int> edgesTo(const QString &id) const { return m_in.value(id); }
    QList<int> edgesFrom(const QString &id) const { return m_out.value(id); }

    // The node and everything one edge away (depth 1), or further.
    QSet<QString> neighbourhood(const QString &nodeId, int depth = 1) const;
    // Subjects with standing access or an active grant (not yet expired at
    // `now` when it is valid); groups stay groups. Sorted by id.
    QStringList whoCanReach(const QString &serviceId, const QDateTime &now = {}) const;
    // Services the subject reaches, the same way. Sorted by id.
    QStringList whatCanReach(const QString &subjectId, const QDateTime &now = {}) const;

    // Changes only when nodes or edges come or go (not when labels change).
    QString structureKey() const;

    // For builders (the JSON reader, tests, benchmarks).
    Node &addNode(const Node &node);
    Node *findNode(const QString &id);
    void addEdge(const Edge &edge);
    void setVersion(qint64 version, const QDateTime &generatedAt);
    void setHasMesh(bool hasMesh) { m_hasMesh = hasMesh; }
    void sortNodes();

private:
    bool reaches(const Edge &edge, const QDateTime &now) const;
    void reindex();

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_in;
    QHash<QString, QList<int>> m_out;
    qint64 m_version = 0;
    QDateTime m_generatedAt;
    bool m_hasMesh = false;
};

} // namespace gatehouse::graph
