#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

// Filter expressions over the access log, in the family of the graph's
// find/hide language:
//   user = bob and status >= 500
//   service = payments or decision = deny
//   path ~ /v1/charges          (~ : contains)
//   grant = 42 and flag = forged
//   reason = "no grant"        (the decision's reason)
//   "/v1/refunds"               (free text: the path contains it)
// "and" binds tighter than "or"; values may be quoted; status also takes a
// class such as 5xx. Errors carry the 1-based column they point at.
class AccessLogFilter
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AccessLogFilter)

public:
    enum class Field {
        User,
        Service,
        Host,
        Method,
        Path,
        Status,
        Decision,
        Grant,
        Ip,
        Flag,
        Reason,
        Text
    };
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Contains };

    struct Term
    {
        Field field = Field::Text;
        Op op = Op::Contains;
        QString value;
        // status: the inclusive range a value stands for (500 → 500..500, 5xx → 500..599).
        int low = 0;
        int high = 0;
    };

    // An empty (or blank) text is the filter that keeps every line.
    [[nodiscard]] static Result<AccessLogFilter> parse(const QString &text);
    // The 1-based column a parse error points at; 0 when it has none.
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
