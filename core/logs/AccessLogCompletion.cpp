#include "logs/AccessLogCompletion.h"

namespace gatehouse {

namespace {
using Field = AccessLogFilter::Field;

bool isOperator(const QString &word)
{
    static const QStringList ops{u"="_qs,  u"=="_qs, u"!="_qs, u"<"_qs,
                                 u"<="_qs, u">"_qs,  u">="_qs, u"~"_qs};
    return ops.contains(word);
}

bool isKeyword(const QString &word)
{
    return word.compare(u"and", Qt::CaseInsensitive) == 0 ||
           word.compare(u"or", Qt::CaseInsensitive) == 0;
}

// The words before `end`, a quoted value counting as one word.
QStringList wordsBefore(const QString &text, int end)
{
    QStringList words;
    QString word;
    bool inQuote = false;
    for (int i = 0; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuote = !inQuote;
            word += c;
        } else if (c.isSpace() && !inQuote) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}
} // namespace

std::optional<Field> AccessLogCompletion::fieldNamed(const QString &name)
{
    const QStringList names = AccessLogFilter::fieldNames();
    const int i = int(names.indexOf(name.toLower()));
    if (i < 0)
        return std::nullopt;
    return Field(i);
}

AccessLogCompletion AccessLogCompletion::at(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    AccessLogCompletion c;
    c.start = cursor;
    while (c.start > 0 && !text.at(c.start - 1).isSpace())
        --c.start;
    c.prefix = text.mid(c.start, cursor - c.start);
    const QStringList before = wordsBefore(text, c.start);
    const int n = int(before.size());
    if (n == 0 || isKeyword(before.last())) {
        c.kind = Kind::Field;
    } else if (fieldNamed(before.last())) {
        c.kind = Kind::Operator;
        c.field = fieldNamed(before.last());
    } else if (n >= 2 && isOperator(before.last()) && fieldNamed(before.at(n - 2))) {
        c.kind = Kind::Value;
        c.field = fieldNamed(before.at(n - 2));
    } else {
        c.kind = Kind::Keyword;
    }
    return c;
}

QStringList AccessLogCompletion::operatorsFor(Field field)
{
    switch (field) {
    case Field::Status:
        return {u"="_qs, u"!="_qs, u">="_qs, u">"_qs, u"<="_qs, u"<"_qs};
    case Field::Decision:
    case Field::Flag:
        return {u"="_qs, u"!="_qs};
    default:
        return {u"="_qs, u"!="_qs, u"~"_qs};
    }
}

QStringList AccessLogCompletion::fixedValues(Field field)
{
    switch (field) {
    case Field::Method:
        return {u"GET"_qs,    u"POST"_qs, u"PUT"_qs,    u"PATCH"_qs,
                u"DELETE"_qs, u"HEAD"_qs, u"OPTIONS"_qs};
    case Field::Status:
        return {u"2xx"_qs, u"3xx"_qs, u"4xx"_qs, u"5xx"_qs, u"200"_qs, u"401"_qs,
                u"403"_qs, u"404"_qs, u"500"_qs, u"502"_qs, u"503"_qs};
    case Field::Decision:
        return {u"allow"_qs, u"deny"_qs};
    case Field::Flag:
        return {u"forged"_qs, u"unknown-host"_qs};
    default:
        return {};
    }
}

QString AccessLogCompletion::valueText(const QString &value)
{
    static const QString special = u" \t\"'=!<>~"_qs;
    const bool quote =
        value.isEmpty() ||
        std::any_of(value.begin(), value.end(), [](QChar c) { return special.contains(c); }) ||
        isKeyword(value);
    if (!quote)
        return value;
    const QChar q = value.contains(u'"') ? u'\'' : u'"'; // quotes do not nest
    return q + value + q;
}

} // namespace gatehouse
