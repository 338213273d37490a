#pragma once

#include "Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse::expr {

// The words, quoted values and operators of the find/filter expressions
// (the graph's find/hide, the access log's filter). Each language keeps its
// own fields, operators and messages; they share how text is split.
struct Token
{
    enum Type { Word, Quoted, Operator, End } type = End;
    QString text;
    int column = 0; // 1-based
};

// Splits `text`: runs of `operatorChars` are operators, '…' and "…" are
// quoted values, anything else up to a space, an operator or a quote is a
// word. The last token is End, at the column after the text. A quote that is
// never closed gives nullopt and its column in *unclosedQuoteColumn.
[[nodiscard]] std::optional<QList<Token>> tokenize(const QString &text, QStringView operatorChars,
                                                   int *unclosedQuoteColumn);

// An expression's mistake: `message` for people, "column N: message" as the
// detail that errorColumn() reads back for the editor's cursor.
Error syntaxError(const QString &code, const QString &message, int column);
// The column a syntaxError with `code` points at; 0 for any other error.
int errorColumn(const Error &error, QStringView code);

// A bare word spelled like `word` in any case ("and", "or").
bool isKeyword(const Token &token, QStringView word);

// Text in curly quotes, as messages show what the user typed.
QString quoted(const QString &text);

} // namespace gatehouse::expr
