#include "AccessGraph.h"

#include "grants/Holds.h"

#include <QCryptographicHash>

#include <algorithm>

namespace gatehouse::graph {

QString Edge::key() const
{
    return from + u'>' + to + u'#' + QString::number(int(kind)) + u'#' + grantId + u'#' + source +
           u'#' + methods.join(u',') + u'#' + paths.join(u',') + u'#' + meshPolicy;
}

QString AccessGraph::subjectId(const QString &kind, const QString &name)
{
    const QString k = kind.isEmpty() ? u"user"_qs : kind.toLower();
    return k + u':' + name;
}

QString AccessGraph::kindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Service:
        return u"service"_qs;
    case NodeKind::User:
        return u"user"_qs;
    case NodeKind::Group:
        return u"group"_qs;
    case NodeKind::Agent:
        return u"agent"_qs;
    }
    return {};
}

const Node *AccessGraph::node(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_nodes.at(i);
}

Node *AccessGraph::findNode(const QString &id)
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_nodes[i];
}

Node &AccessGraph::addNode(const Node &node)
{
    const int existing = m_index.value(node.id, -1);
    if (existing >= 0)
        return m_nodes[existing];
    m_index.insert(node.id, int(m_nodes.size()));
    m_nodes.append(node);
    return m_nodes.last();
}

void AccessGraph::addEdge(const Edge &edge)
{
    const int i = int(m_edges.size());
    m_edges.append(edge);
    m_out[edge.from].append(i);
    m_in[edge.to].append(i);
}

void AccessGraph::setVersion(qint64 version, const QDateTime &generatedAt)
{
    m_version = version;
    m_generatedAt = generatedAt;
}

void AccessGraph::sortNodes()
{
    // Services first, then subjects by kind; by name inside each: a stable
    // order keeps layouts and tests deterministic.
    std::stable_sort(m_nodes.begin(), m_nodes.end(), [](const Node &a, const Node &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.id < b.id;
    });
    reindex();
}

void AccessGraph::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes.at(i).id, i);
}

bool AccessGraph::reaches(const Edge &edge, const QDateTime &now) const
{
    switch (edge.kind) {
    case EdgeKind::Standing:
        return true;
    case EdgeKind::Grant:
        // The window rule of the edge decision (Holds.h); no time: any grant.
        return !now.isValid() || inWindow(edge.startsAt, edge.expiresAt, now);
    case EdgeKind::Pending:
        return false;
    }
    return false;
}

QSet<QString> AccessGraph::neighbourhood(const QString &nodeId, int depth) const
{
    QSet<QString> seen{nodeId};
    QList<QString> frontier{nodeId};
    for (int level = 0; level < depth && !frontier.isEmpty(); ++level) {
        QList<QString> next;
        for (const QString &id : std::as_const(frontier)) {
            for (int e : m_in.value(id))
                if (!seen.contains(m_edges.at(e).from))
                    seen.insert(m_edges.at(e).from), next.append(m_edges.at(e).from);
            for (int e : m_out.value(id))
                if (!seen.contains(m_edges.at(e).to))
                    seen.insert(m_edges.at(e).to), next.append(m_edges.at(e).to);
        }
        frontier = next;
    }
    return seen;
}

QStringList AccessGraph::whoCanReach(const QString &serviceId, const QDateTime &now) const
{
    QStringList out;
    for (int e : m_in.value(serviceId))
        if (reaches(m_edges.at(e), now) && !out.contains(m_edges.at(e).from))
            out.append(m_edges.at(e).from);
    std::sort(out.begin(), out.end());
    return out;
}

QStringList AccessGraph::whatCanReach(const QString &subjectId, const QDateTime &now) const
{
    QStringList out;
    for (int e : m_out.value(subjectId))
        if (reaches(m_edges.at(e), now) && !out.contains(m_edges.at(e).to))
            out.append(m_edges.at(e).to);
    std::sort(out.begin(), out.end());
    return out;
}

QString AccessGraph::structureKey() const
{
    QStringList parts;
    parts.reserve(m_nodes.size() + m_edges.size());
    for (const Node &n : m_nodes)
        parts.append(n.id);
    QStringList edges;
    edges.reserve(m_edges.size());
    for (const Edge &e : m_edges)
        edges.append(e.key());
    edges.sort();
    parts += edges;
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex());
}

} // namespace gatehouse::graph
