#include "AccessLogFilter.h"

#include "ExpressionTokens.h"

#include <array>
#include <optional>

namespace gatehouse {

namespace {

using Field = AccessLogFilter::Field;
using Op = AccessLogFilter::Op;

using expr::isKeyword;
using expr::quoted;
using expr::Token;

struct FieldName
{
    const char16_t *name;
    Field field;
};

constexpr std::array kFields{
    FieldName{u"user", Field::User},
    FieldName{u"service", Field::Service},
    FieldName{u"host", Field::Host},
    FieldName{u"method", Field::Method},
    FieldName{u"path", Field::Path},
    FieldName{u"status", Field::Status},
    FieldName{u"decision", Field::Decision},
    FieldName{u"grant", Field::Grant},
    FieldName{u"ip", Field::Ip},
    FieldName{u"flag", Field::Flag},
    FieldName{u"reason", Field::Reason},
};

constexpr QStringView kErrorCode = u"access_log.filter";

Error syntaxError(const QString &message, int column)
{
    return expr::syntaxError(kErrorCode.toString(), message, column);
}

Result<QList<Token>> tokenize(const QString &text)
{
    int unclosed = 0;
    auto tokens = expr::tokenize(text, u"=!<>~", &unclosed);
    if (!tokens)
        return syntaxError(
            AccessLogFilter::tr("The quote at column %1 is never closed.").arg(unclosed), unclosed);
    return std::move(*tokens);
}

std::optional<Op> operatorOf(const QString &text)
{
    if (text == u"=" || text == u"==")
        return Op::Equal;
    if (text == u"!=")
        return Op::NotEqual;
    if (text == u"<")
        return Op::Less;
    if (text == u"<=")
        return Op::LessEqual;
    if (text == u">")
        return Op::Greater;
    if (text == u">=")
        return Op::GreaterEqual;
    if (text == u"~")
        return Op::Contains;
    return std::nullopt;
}

std::optional<Field> fieldOf(const QString &name)
{
    for (const FieldName &f : kFields)
        if (name.compare(QStringView(f.name), Qt::CaseInsensitive) == 0)
            return f.field;
    return std::nullopt;
}

// What is wrong with a term, and whether it is its value (else its operator).
struct Problem
{
    QString message;
    bool atValue = false;
};

// Checks (and normalises) the operator and value of one term; returns the
// problem, with an empty message when there is none.
Problem checkTerm(AccessLogFilter::Term &term, const QString &fieldText, const QString &opText)
{
    const bool ordered = term.op != Op::Equal && term.op != Op::NotEqual && term.op != Op::Contains;
    if (term.field == Field::Status) {
        if (term.op == Op::Contains)
            return Problem{AccessLogFilter::tr("%1 is a number: use =, !=, <, <=, > or >=.")
                               .arg(quoted(fieldText)),
                           false};
        const QString v = term.value.toLower();
        bool ok = false;
        const int code = v.toInt(&ok);
        if (ok && code >= 100 && code <= 599) {
            term.low = term.high = code;
            return {};
        }
        if (!ordered && v.size() == 3 && v.endsWith(u"xx") && v.at(0) >= u'1' && v.at(0) <= u'5') {
            term.low = (v.at(0).unicode() - u'0') * 100;
            term.high = term.low + 99;
            return {};
        }
        return Problem{AccessLogFilter::tr("%1 is not a status; write it like 404 or 5xx.")
                           .arg(quoted(term.value)),
                       true};
    }
    if (ordered)
        return Problem{AccessLogFilter::tr("%1 cannot be compared with %2; use =, != or ~.")
                           .arg(quoted(fieldText), opText),
                       false};
    const QString v = term.value.toLower();
    if (term.field == Field::Decision) {
        if (term.op == Op::Contains)
            return Problem{
                AccessLogFilter::tr("%1 is allow or deny: use = or !=.").arg(quoted(fieldText)),
                false};
        if (v == u"allow" || v == u"allowed")
            term.value = u"allow"_qs;
        else if (v == u"deny" || v == u"denied")
            term.value = u"deny"_qs;
        else
            return Problem{AccessLogFilter::tr("%1 is not a decision; use allow or deny.")
                               .arg(quoted(term.value)),
                           true};
    }
    if (term.field == Field::Flag) {
        if (term.op == Op::Contains)
            return Problem{AccessLogFilter::tr("%1 is forged or unknown-host: use = or !=.")
                               .arg(quoted(fieldText)),
                           false};
        if (v == u"forged" || v == u"unknown-host")
            term.value = v;
        else
            return Problem{AccessLogFilter::tr("%1 is not a flag; use forged or unknown-host.")
                               .arg(quoted(term.value)),
                           true};
    }
    if (term.field == Field::Method)
        term.value = term.value.toUpper();
    return {};
}

} // namespace

QStringList AccessLogFilter::fieldNames()
{
    QStringList names;
    for (const FieldName &f : kFields)
        names.append(QString::fromUtf16(f.name));
    return names;
}

int AccessLogFilter::errorColumn(const Error &error)
{
    return expr::errorColumn(error, kErrorCode);
}

Result<AccessLogFilter> AccessLogFilter::parse(const QString &text)
{
    const auto tokenized = tokenize(text);
    if (!tokenized)
        return tokenized.error();
    const QList<Token> &tokens = tokenized.value();
    AccessLogFilter filter;
    filter.m_text = text;
    if (tokens.size() == 1)
        return filter;

    QList<Term> group;
    int i = 0;
    while (true) {
        const Token &first = tokens.at(i);
        const Token &second = tokens.at(i + 1);
        Term term;
        if (first.type == Token::Operator)
            return syntaxError(tr("Expected a field name or text at column %1; use one of: %2.")
                                   .arg(first.column)
                                   .arg(fieldNames().join(u", "_qs)),
                               first.column);
        if (first.type == Token::End || isKeyword(first, u"and") || isKeyword(first, u"or"))
            return syntaxError(tr("Expected a condition at column %1.").arg(first.column),
                               first.column);
        if (second.type != Token::Operator) {
            // Free text: the path contains it.
            term.field = Field::Text;
            term.op = Op::Contains;
            term.value = first.text;
            i += 1;
        } else {
            if (first.type != Token::Word)
                return syntaxError(tr("Expected a field name at column %1; use one of: %2.")
                                       .arg(first.column)
                                       .arg(fieldNames().join(u", "_qs)),
                                   first.column);
            const auto field = fieldOf(first.text);
            if (!field)
                return syntaxError(tr("Unknown field %1 at column %2; use one of: %3.")
                                       .arg(quoted(first.text))
                                       .arg(first.column)
                                       .arg(fieldNames().join(u", "_qs)),
                                   first.column);
            term.field = *field;
            const auto op = operatorOf(second.text);
            if (!op)
                return syntaxError(tr("Unknown operator %1 at column %2; use =, !=, <, <=, >, "
                                      ">= or ~.")
                                       .arg(quoted(second.text))
                                       .arg(second.column),
                                   second.column);
            term.op = *op;
            const Token &valueToken = tokens.at(i + 2);
            const bool bareKeyword = isKeyword(valueToken, u"and") || isKeyword(valueToken, u"or");
            if ((valueToken.type != Token::Word && valueToken.type != Token::Quoted) || bareKeyword)
                return syntaxError(tr("Missing value after %1 at column %2.")
                                       .arg(quoted(second.text))
                                       .arg(valueToken.column),
                                   valueToken.column);
            term.value = valueToken.text;
            const Problem problem = checkTerm(term, first.text, second.text);
            if (!problem.message.isEmpty()) {
                const int column = problem.atValue ? valueToken.column : second.column;
                return syntaxError(tr("Column %1: %2").arg(column).arg(problem.message), column);
            }
            i += 3;
        }
        group.append(term);

        const Token &next = tokens.at(i);
        if (next.type == Token::End)
            break;
        if (isKeyword(next, u"or")) {
            filter.m_groups.append(group);
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
    filter.m_groups.append(group);
    return filter;
}

} // namespace gatehouse
