#pragma once

#include "AccessGraph.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace gatehouse::graph {

// Find/hide expressions over the access graph, in the spirit of Kiali's:
//   owner = payments-team and expires < 1h
//   kind = agent or state = pending
//   service = "pay*" and health != Available
// Fields name node attributes (owner, subject, service, team, kind, name,
// health, sensitivity, approval) or edge attributes (expires, source, state,
// method); an edge term matches both ends of every edge it selects. "and"
// binds tighter than "or"; values may be quoted and use "*" as a wildcard.
class GraphQuery
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::graph::GraphQuery)

public:
    enum class Field {
        Owner,
        Subject,
        Service,
        Team,
        Kind,
        Name,
        Health,
        Sensitivity,
        Approval,
        Expires,
        Source,
        State,
        Method
    };
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    struct Term
    {
        Field field = Field::Name;
        Op op = Op::Equal;
        QString value;
        qint64 seconds = 0; // "expires" only
    };

    static Result<GraphQuery> parse(const QString &text);
    // The 1-based column a parse error points at; 0 when it has none.
    static int errorColumn(const Error &error);
    static QStringList fieldNames();

    QString text() const { return m_text; }
    // Or-of-ands: every inner list is one "and" group.
    const QList<QList<Term>> &groups() const { return m_groups; }

    QSet<QString> matchingNodes(const AccessGraph &graph, const QDateTime &now) const;

private:
    static QSet<QString> matchTerm(const Term &term, const AccessGraph &graph,
                                   const QDateTime &now);

    QString m_text;
    QList<QList<Term>> m_groups;
};

} // namespace gatehouse::graph
