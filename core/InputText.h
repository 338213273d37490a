#pragma once

#include <QString>

namespace gatehouse {

// What the API accepts in the strings people type. Both rules refuse control
// characters (C0, DEL, C1), bidirectional overrides, embeddings, isolates and
// marks, zero-width characters, the byte order mark, line and paragraph
// separators, noncharacters and lone surrogates: characters that change how
// text is shown, or hide, without being seen. An identifier (a subject, a
// ticket) also refuses every other invisible format character and any space
// but U+0020, so two identifiers that look alike are alike.
//
// Each returns an empty string when the text is fine, otherwise the reason as
// a FieldError message ("contains a bidirectional override (U+202E)").
QString textProblem(QStringView text);
QString identifierProblem(QStringView text);

} // namespace gatehouse
