#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// Filter expressions over the audit chain, in the family of the graph's
// find/hide and the access log's filter:
//   actor = alice and action ~ grant.
//   grant = 42
//   service = payments or reason ~ INC-81
//   "key_rotated"               (free text: any field contains it)
// Fields: actor, action, subject, service, grant, reason. Operators: =, !=
// (both ignore case) and ~ (contains). "and" binds tighter than "or"; values
// may be quoted. Errors carry the 1-based column they point at.
class AuditFilter
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AuditFilter)

public:
    enum class Field { Actor, Action, Subject, Service, Grant, Reason, Text };
    enum class Op { Equal, NotEqual, Contains };

    struct Term
    {
        Field field = Field::Text;
        Op op = Op::Contains;
        QString value;
    };

    // An empty (or blank) text is the filter that keeps every record.
    [[nodiscard]] static Result<AuditFilter> parse(const QString &text);
    static int errorColumn(const Error &error);
    static QStringList fieldNames();

    QString text() const { return m_text; }
    bool isEmpty() const { return m_groups.isEmpty(); }
    // Or-of-ands: every inner list is one "and" group.
    const QList<QList<Term>> &groups() const { return m_groups; }

private:
    QString m_text;
    QList<QList<Term>> m_groups;
};

} // namespace gatehouse
