#pragma once

#include "logs/AccessLogFilter.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// What fits where the cursor is in a filter expression, for completion:
// a field name at the start of a term, an operator after a field, a value
// after "field op", "and"/"or" after a whole term. Terms are read by words
// (the operator spaced out: `status >= 500`, as completion writes them).
struct AccessLogCompletion
{
    enum class Kind { Field, Operator, Value, Keyword };

    Kind kind = Kind::Field;
    std::optional<AccessLogFilter::Field> field; // for Operator and Value
    int start = 0;  // where the word being completed starts (index into the text)
    QString prefix; // what of it is typed

    [[nodiscard]] static AccessLogCompletion at(const QString &text, int cursor);
    // The operators a field takes.
    static QStringList operatorsFor(AccessLogFilter::Field field);
    // The values a field always offers (methods, status classes, allow/deny,
    // flags); callers and services come from the cache.
    static QStringList fixedValues(AccessLogFilter::Field field);
    // The field a name stands for, if any.
    static std::optional<AccessLogFilter::Field> fieldNamed(const QString &name);
    // A value as it must be written: quoted when it holds a space, a quote or an operator.
    static QString valueText(const QString &value);
};

} // namespace gatehouse
