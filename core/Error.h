#pragma once

#include <QString>

namespace gatehouse {

// An error as a value: a stable machine code, one sentence for the person in
// front of the screen, and technical detail for the log. Detail must never
// contain tokens, codes or secrets.
struct Error
{
    QString code;
    QString message;
    QString detail;

    bool isNull() const { return code.isEmpty(); }
    QString logText() const { return detail.isEmpty() ? code : code + u": "_qs + detail; }
};

// One rejected field of a request body, for the API's error details.
struct FieldError
{
    QString field;
    QString message;
};

} // namespace gatehouse
