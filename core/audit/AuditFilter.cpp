#include "AuditFilter.h"

#include "ExpressionTokens.h"

#include <array>
#include <optional>

namespace gatehouse {

namespace {

using Field = AuditFilter::Field;
using Op = AuditFilter::Op;
using expr::isKeyword;
using expr::quoted;
using expr::Token;

struct FieldName
{
    const char16_t *name;
    Field field;
};

constexpr std::array kFields{
    FieldName{u"actor", Field::Actor},     FieldName{u"action", Field::Action},
    FieldName{u"subject", Field::Subject}, FieldName{u"service", Field::Service},
    FieldName{u"grant", Field::Grant},     FieldName{u"reason", Field::Reason},
};

constexpr QStringView kErrorCode = u"audit.filter";

Error syntaxError(const QString &message, int column)
{
    return expr::syntaxError(kErrorCode.toString(), message, column);
}

std::optional<Op> operatorOf(const QString &text)
{
    if (text == u"=" || text == u"==")
        return Op::Equal;
    if (text == u"!=")
        return Op::NotEqual;
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

} // namespace

QStringList AuditFilter::fieldNames()
{
    QStringList names;
    for (const FieldName &f : kFields)
        names.append(QString::fromUtf16(f.name));
    return names;
}

int AuditFilter::errorColumn(const Error &error)
{
    return expr::errorColumn(error, kErrorCode);
}

Result<AuditFilter> AuditFilter::parse(const QString &text)
{
    int unclosed = 0;
    const auto tokenized = expr::tokenize(text, u"=!~", &unclosed);
    if (!tokenized)
        return syntaxError(tr("The quote at column %1 is never closed.").arg(unclosed), unclosed);
    const QList<Token> &tokens = *tokenized;
    AuditFilter filter;
    filter.m_text = text;
    if (tokens.size() == 1)
        return filter;

    QList<Term> group;
    int i = 0;
    while (true) {
        const Token &first = tokens.at(i);
        const Token &second = tokens.at(i + 1);
        Term term;
        if (first.type == Token::Operator || first.type == Token::End || isKeyword(first, u"and") ||
            isKeyword(first, u"or"))
            return syntaxError(tr("Expected a condition at column %1; use one of: %2.")
                                   .arg(first.column)
                                   .arg(fieldNames().join(u", "_qs)),
                               first.column);
        if (second.type != Token::Operator) {
            term.value = first.text; // free text: any field contains it
            i += 1;
        } else {
            const auto field = first.type == Token::Word ? fieldOf(first.text) : std::nullopt;
            if (!field)
                return syntaxError(tr("Unknown field %1 at column %2; use one of: %3.")
                                       .arg(quoted(first.text))
                                       .arg(first.column)
                                       .arg(fieldNames().join(u", "_qs)),
                                   first.column);
            term.field = *field;
            const auto op = operatorOf(second.text);
            if (!op)
                return syntaxError(tr("Unknown operator %1 at column %2; use =, != or ~.")
                                       .arg(quoted(second.text))
                                       .arg(second.column),
                                   second.column);
            term.op = *op;
            const Token &valueToken = tokens.at(i + 2);
            if ((valueToken.type != Token::Word && valueToken.type != Token::Quoted) ||
                isKeyword(valueToken, u"and") || isKeyword(valueToken, u"or"))
                return syntaxError(tr("Missing value after %1 at column %2.")
                                       .arg(quoted(second.text))
                                       .arg(valueToken.column),
                                   valueToken.column);
            term.value = valueToken.text;
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
