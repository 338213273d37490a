#pragma once

#include "AccessGraph.h"

#include <QTextBrowser>

namespace gatehouse::graph {

// The selected node in words: for a service its owners, team, edge hosts,
// mesh mapping and health, grant rules and who can reach it (standing,
// grants with time left, pending requests); for a subject what it reaches.
// Names are links: following one selects that node.
class GraphDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GraphDetails(QWidget *parent = nullptr);

    void showNode(const AccessGraph &graph, const QString &id, const QDateTime &now);
    QString nodeId() const { return m_id; }

Q_SIGNALS:
    void nodeActivated(const QString &id);
    // The "Show access log" link of a service or subject.
    void accessLogRequested(const QString &id);
    // The "History…" link of a grant.
    void grantHistoryRequested(const QString &grantId);

private:
    QString serviceHtml(const AccessGraph &graph, const Node &node) const;
    QString accessHtml(const AccessGraph &graph, const QList<int> &edges, bool incoming,
                       const QDateTime &now) const;

    QString m_id;
};

} // namespace gatehouse::graph
