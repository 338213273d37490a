#include "ExpressionTokens.h"

namespace gatehouse::expr {

std::optional<QList<Token>> tokenize(const QString &text, QStringView operatorChars,
                                     int *unclosedQuoteColumn)
{
    const auto isOperatorChar = [operatorChars](QChar c) { return operatorChars.contains(c); };
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        if (c == u'"' || c == u'\'') {
            const int close = int(text.indexOf(c, i + 1));
            if (close < 0) {
                *unclosedQuoteColumn = i + 1;
                return std::nullopt;
            }
            t.type = Token::Quoted;
            t.text = text.mid(i + 1, close - i - 1);
            i = close + 1;
        } else if (isOperatorChar(c)) {
            t.type = Token::Operator;
            while (i < n && isOperatorChar(text.at(i)))
                t.text += text.at(i++);
        } else {
            t.type = Token::Word;
            while (i < n && !text.at(i).isSpace() && !isOperatorChar(text.at(i)) &&
                   text.at(i) != u'"' && text.at(i) != u'\'')
                t.text += text.at(i++);
        }
        tokens.append(t);
    }
    tokens.append(Token{Token::End, {}, n + 1});
    return tokens;
}

Error syntaxError(const QString &code, const QString &message, int column)
{
    return Error{code, message, u"column %1: "_qs.arg(column) + message};
}

int errorColumn(const Error &error, QStringView code)
{
    if (error.code != code || !error.detail.startsWith(u"column "))
        return 0;
    return error.detail.mid(7).section(u':', 0, 0).toInt();
}

bool isKeyword(const Token &token, QStringView word)
{
    return token.type == Token::Word && token.text.compare(word, Qt::CaseInsensitive) == 0;
}

QString quoted(const QString &text)
{
    return u"\u201c"_qs + text + u"\u201d"_qs;
}

} // namespace gatehouse::expr
