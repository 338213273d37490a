#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace gatehouse {

// A compact-serialised JWS (RFC 7515) split into its parts. Parsing checks the
// structure only; TokenValidator decides whether to trust it.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "header.payload" as sent
    QByteArray signature;

    static Result<Jwt> parse(const QByteArray &compact);

    QString algorithm() const { return header.value(u"alg").toString(); }
    QString keyId() const { return header.value(u"kid").toString(); }
};

} // namespace gatehouse
