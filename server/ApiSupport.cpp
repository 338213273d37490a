#include "ApiSupport.h"

#include "ServerLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;

ApiRequest ApiRequest::from(const QHttpServerRequest &request)
{
    ApiRequest r;
    r.url = request.url();
    r.query = request.query();
    r.body = request.body();
    r.authorization = request.value("Authorization");
    r.contentType = request.value("Content-Type");
    r.idempotencyKey = request.value("Idempotency-Key");
    return r;
}

namespace {

// RFC 8259 requires U+0000 to U+001F escaped inside strings; QJsonDocument
// takes them raw. Finds the first raw one inside a string and the top-level
// member it belongs to.
struct RawControl
{
    qsizetype offset = -1; // -1: none
    uchar byte = 0;
    QString field;
};

RawControl findRawControl(const QByteArray &body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool isValue = false;  // the string being read follows a ':'
    qsizetype start = 0;   // where the string being read began
    char previous = 0;     // last significant byte outside strings
    QByteArray lastString; // the last complete string at the top level
    QByteArray member;     // the top-level member being read
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastString = body.mid(start + 1, i - start - 1);
                previous = c;
            } else if (uchar(c) < 0x20) {
                const bool inMember = depth > 1 || isValue;
                const QByteArray name =
                    inMember ? member : body.mid(start + 1, i - start - 1); // a member name
                return {i, uchar(c), QString::fromUtf8(name)};
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            isValue = previous == ':';
            start = i;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ':':
            if (depth == 1)
                member = lastString;
            break;
        default:
            break;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            previous = c;
    }
    return {};
}

} // namespace

QHttpServerResponse jsonResponse(const QJsonObject &body, Status status)
{
    QHttpServerResponse response("application/json",
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
}

Status statusFor(const QString &code)
{
    if (code.startsWith(u"token."))
        return code == u"token.keys_unavailable" ? Status::ServiceUnavailable
                                                 : Status::Unauthorized;
    if (code == u"forbidden")
        return Status::Forbidden;
    if (code == u"not_found")
        return Status::NotFound;
    if (code == u"conflict")
        return Status::Conflict;
    if (code == u"validation_failed" || code == u"malformed_json")
        return Status::BadRequest;
    if (code == u"payload_too_large")
        return Status::PayloadTooLarge;
    if (code == u"unsupported_media_type")
        return Status::UnsupportedMediaType;
    if (code == u"grant.rules_changed") // the request was fine; the service changed since
        return Status::Conflict;
    if (code.startsWith(u"grant."))
        return Status::UnprocessableEntity;
    if (code.startsWith(u"store."))
        return Status::ServiceUnavailable;
    return Status::InternalServerError;
}

QHttpServerResponse errorResponse(const Error &error, const QList<FieldError> &details)
{
    QJsonArray list;
    for (const FieldError &d : details)
        list.append(QJsonObject{{u"field"_qs, d.field}, {u"message"_qs, d.message}});
    const Status status = statusFor(error.code);
    if (int(status) >= 500)
        qCWarning(lcHttp) << "request failed:" << error.logText();
    // Store and internal errors keep their detail in the log, not in the answer.
    QJsonObject body{{u"error"_qs, QJsonObject{{u"code"_qs, error.code},
                                               {u"message"_qs, error.message},
                                               {u"details"_qs, list}}}};
    QHttpServerResponse response = jsonResponse(body, status);
    if (status == Status::Unauthorized)
        response.setHeader("WWW-Authenticate", wwwAuthenticate(error));
    return response;
}

QByteArray wwwAuthenticate(const Error &error)
{
    if (error.code == u"token.missing")
        return "Bearer realm=\"gatehouse\"";
    QByteArray description = error.message.toUtf8();
    description.replace('"', '\'');
    return "Bearer realm=\"gatehouse\", error=\"invalid_token\", error_description=\"" +
           description + '"';
}

std::optional<QJsonObject> parseBody(const ApiRequest &request, bool emptyIsObject,
                                     std::optional<QHttpServerResponse> *failure)
{
    if (request.body.size() > kMaxBodyBytes) {
        *failure = errorResponse(
            Error{u"payload_too_large"_qs,
                  QCoreApplication::translate("HttpApi", "The request body is larger than 64 KiB."),
                  {}});
        return std::nullopt;
    }
    if (request.body.trimmed().isEmpty() && emptyIsObject)
        return QJsonObject();
    const QByteArray type = request.contentType.split(';').constFirst().trimmed().toLower();
    if (type != "application/json") {
        *failure = errorResponse(
            Error{u"unsupported_media_type"_qs,
                  QCoreApplication::translate("HttpApi", "Send the body as application/json."),
                  {}});
        return std::nullopt;
    }
    if (const RawControl raw = findRawControl(request.body); raw.offset >= 0) {
        const QString codePoint = u"U+%1"_qs.arg(uint(raw.byte), 4, 16, QChar(u'0')).toUpper();
        *failure = errorResponse(
            Error{u"malformed_json"_qs,
                  QCoreApplication::translate("HttpApi",
                                              "The body is not valid JSON: a control character "
                                              "(%1) inside a string must be escaped.")
                      .arg(codePoint),
                  {}},
            {{raw.field, u"contains a raw control character (%1) at byte %2"_qs.arg(codePoint).arg(
                             raw.offset)}});
        return std::nullopt;
    }
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = errorResponse(
            Error{u"malformed_json"_qs,
                  QCoreApplication::translate("HttpApi", "The body is not a JSON object: %1.")
                      .arg(error.error == QJsonParseError::NoError ? u"not an object"_qs
                                                                   : error.errorString()),
                  {}});
        return std::nullopt;
    }
    return doc.object();
}

QList<FieldError> unknownFields(const QJsonObject &body, const QStringList &known)
{
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append({it.key(), u"is not a known field"_qs});
    }
    return errors;
}

} // namespace gatehouse::server
