#pragma once

#include "Error.h"
#include "grants/GrantRequest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace gatehouse::server {

// What a handler needs of a request. (QtHttpServer 6.4 cannot answer a
// request after its handler returned, so every handler answers at once.)
struct ApiRequest
{
    QUrl url;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray idempotencyKey;

    static ApiRequest from(const QHttpServerRequest &request);
};

inline constexpr qsizetype kMaxBodyBytes = 64 * 1024;

QHttpServerResponse
jsonResponse(const QJsonObject &body,
             QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// The error envelope: {"error": {"code", "message", "details": [{field, message}]}}.
QHttpServerResponse errorResponse(const Error &error, const QList<FieldError> &details = {});
QHttpServerResponse::StatusCode statusFor(const QString &code);
// The RFC 6750 challenge for a refused token, naming why it was refused.
QByteArray wwwAuthenticate(const Error &error);

// Parses a JSON object body: 415 for another content type, 413 past the cap,
// 400 for anything that is not one JSON object, including a raw control
// character inside a string (RFC 8259 requires it escaped; the detail names
// the member). An empty body is {} when `emptyIsObject`.
std::optional<QJsonObject> parseBody(const ApiRequest &request, bool emptyIsObject,
                                     std::optional<QHttpServerResponse> *failure);

// Checks a body holds only the named fields.
QList<FieldError> unknownFields(const QJsonObject &body, const QStringList &known);

} // namespace gatehouse::server
