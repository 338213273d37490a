#include "GraphQuery.h"

#include "DurationText.h"
#include "ExpressionTokens.h"

#include <array>
#include <optional>

namespace gatehouse::graph {

namespace {

using expr::isKeyword;
using expr::quoted;
using expr::Token;

struct FieldName
{
    const char16_t *name;
    GraphQuery::Field field;
};

constexpr std::array kFields{
    FieldName{u"owner", GraphQuery::Field::Owner},
    FieldName{u"subject", GraphQuery::Field::Subject},
    FieldName{u"service", GraphQuery::Field::Service},
    FieldName{u"team", GraphQuery::Field::Team},
    FieldName{u"kind", GraphQuery::Field::Kind},
    FieldName{u"name", GraphQuery::Field::Name},
    FieldName{u"health", GraphQuery::Field::Health},
    FieldName{u"sensitivity", GraphQuery::Field::Sensitivity},
    FieldName{u"approval", GraphQuery::Field::Approval},
    FieldName{u"expires", GraphQuery::Field::Expires},
    FieldName{u"source", GraphQuery::Field::Source},
    FieldName{u"state", GraphQuery::Field::State},
    FieldName{u"method", GraphQuery::Field::Method},
};

constexpr QStringView kErrorCode = u"graph.query";

Error syntaxError(const QString &message, int column)
{
    return expr::syntaxError(kErrorCode.toString(), message, column);
}

// Splits the text into words, quoted values and operators.
Result<QList<Token>> tokenize(const QString &text)
{
    int unclosed = 0;
    auto tokens = expr::tokenize(text, u"=!<>", &unclosed);
    if (!tokens)
        return syntaxError(GraphQuery::tr("The quote at column %1 is never closed.").arg(unclosed),
                           unclosed);
    return std::move(*tokens);
}

std::optional<GraphQuery::Op> operatorOf(const QString &text)
{
    if (text == u"=" || text == u"==")
        return GraphQuery::Op::Equal;
    if (text == u"!=")
        return GraphQuery::Op::NotEqual;
    if (text == u"<")
        return GraphQuery::Op::Less;
    if (text == u"<=")
        return GraphQuery::Op::LessEqual;
    if (text == u">")
        return GraphQuery::Op::Greater;
    if (text == u">=")
        return GraphQuery::Op::GreaterEqual;
    return std::nullopt;
}

// Checks the value of one term; returns an error message or nothing.
QString checkValue(GraphQuery::Term &term)
{
    const QString v = term.value.toLower();
    switch (term.field) {
    case GraphQuery::Field::Expires:
        if (const auto d = parseDuration(term.value)) {
            term.seconds = d->count();
            return {};
        }
        return GraphQuery::tr("%1 is not a duration; write it like 30s, 10m, 1h or 2d.")
            .arg(quoted(term.value));
    case GraphQuery::Field::Kind:
        if (v.contains(u'*') || v == u"service" || v == u"user" || v == u"group" || v == u"agent")
            return {};
        return GraphQuery::tr("%1 is not a kind; use service, user, group or agent.")
            .arg(quoted(term.value));
    case GraphQuery::Field::State:
        if (v.contains(u'*') || v == u"standing" || v == u"active" || v == u"grant" ||
            v == u"pending")
            return {};
        return GraphQuery::tr("%1 is not a state; use standing, active or pending.")
            .arg(quoted(term.value));
    default:
        return {};
    }
}

} // namespace

QStringList GraphQuery::fieldNames()
{
    QStringList names;
    for (const FieldName &f : kFields)
        names.append(QString::fromUtf16(f.name));
    return names;
}

int GraphQuery::errorColumn(const Error &error)
{
    return expr::errorColumn(error, kErrorCode);
}

Result<GraphQuery> GraphQuery::parse(const QString &text)
{
    const auto tokenized = tokenize(text);
    if (!tokenized)
        return tokenized.error();
    const QList<Token> &tokens = tokenized.value();
    if (tokens.size() == 1)
        return syntaxError(tr("Type an expression, for example: owner = payments-team."), 1);

    GraphQuery query;
    query.m_text = text;
    QList<Term> group;
    int i = 0;
    while (true) {
        const Token &fieldToken = tokens.at(i);
        if (fieldToken.type != Token::Word)
            return syntaxError(tr("Expected a field name at column %1; use one of: %2.")
                                   .arg(fieldToken.column)
                                   .arg(fieldNames().join(u", "_qs)),
                               fieldToken.column);
        Term term;
        bool known = false;
        for (const FieldName &f : kFields) {
            if (fieldToken.text.compare(QStringView(f.name), Qt::CaseInsensitive) == 0)
                term.field = f.field, known = true;
        }
        if (!known)
            return syntaxError(tr("Unknown field %1 at column %2; use one of: %3.")
                                   .arg(quoted(fieldToken.text))
                                   .arg(fieldToken.column)
                                   .arg(fieldNames().join(u", "_qs)),
                               fieldToken.column);

        const Token &opToken = tokens.at(++i);
        const auto op = opToken.type == Token::Operator ? operatorOf(opToken.text) : std::nullopt;
        if (!op)
            return syntaxError(tr("Expected an operator (=, !=, <, >) after %1 at column %2.")
                                   .arg(quoted(fieldToken.text))
                                   .arg(opToken.column),
                               opToken.column);
        term.op = *op;
        const bool ordered = term.op != Op::Equal && term.op != Op::NotEqual;
        if (ordered != (term.field == Field::Expires)) {
            const QString message =
                term.field == Field::Expires
                    ? tr("%1 compares durations: use <, <=, > or >= (column %2).")
                          .arg(quoted(fieldToken.text))
                          .arg(opToken.column)
                    : tr("%1 cannot be compared with %2; use = or != (column %3).")
                          .arg(quoted(fieldToken.text), opToken.text)
                          .arg(opToken.column);
            return syntaxError(message, opToken.column);
        }

        const Token &valueToken = tokens.at(++i);
        const bool bareKeyword = isKeyword(valueToken, u"and") || isKeyword(valueToken, u"or");
        if ((valueToken.type != Token::Word && valueToken.type != Token::Quoted) || bareKeyword)
            return syntaxError(tr("Missing value after %1 at column %2.")
                                   .arg(quoted(opToken.text))
                                   .arg(valueToken.column),
                               valueToken.column);
        term.value = valueToken.text;
        if (const QString problem = checkValue(term); !problem.isEmpty())
            return syntaxError(tr("Column %1: %2").arg(valueToken.column).arg(problem),
                               valueToken.column);
        group.append(term);

        const Token &next = tokens.at(++i);
        if (next.type == Token::End)
            break;
        if (isKeyword(next, u"or")) {
            query.m_groups.append(group);
            group.clear();
        } else if (!isKeyword(next, u"and")) {
            return syntaxError(tr("Expected %1 or %2 at column %3, found %4.")
                                   .arg(quoted(u"and"_qs), quoted(u"or"_qs))
                                   .arg(next.column)
                                   .arg(quoted(next.text)),
                               next.column);
        }
        ++i;
    }
    query.m_groups.append(group);
    return query;
}

} // namespace gatehouse::graph
