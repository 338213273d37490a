#include "CaddyAccessLine.h"

#include "ForgedHeaders.h"

#include <QJsonArray>

#include <cmath>
#include <simdjson.h>

namespace gatehouse {

namespace {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// First value of a header in Caddy's {"Name": ["value", ...]} form.
QString firstHeader(simdjson::dom::element headers, const char *name)
{
    simdjson::dom::array values;
    if (headers[name].get(values) != simdjson::SUCCESS)
        return {};
    for (simdjson::dom::element v : values) {
        std::string_view s;
        if (v.get(s) == simdjson::SUCCESS)
            return str(s);
    }
    return {};
}

// Every X-Gatehouse-* header the client sent, all values (empty ones too).
QString clientIdentityHeaders(simdjson::dom::element headers)
{
    simdjson::dom::object object;
    if (headers.get(object) != simdjson::SUCCESS)
        return {};
    QJsonObject forged;
    for (const auto field : object) {
        const QString name = str(field.key);
        if (!isEdgeIdentityHeader(name))
            continue;
        QJsonArray values;
        simdjson::dom::array array;
        if (field.value.get(array) == simdjson::SUCCESS) {
            for (simdjson::dom::element v : array) {
                std::string_view s;
                if (v.get(s) == simdjson::SUCCESS && values.size() < 16)
                    values.append(str(s.substr(0, 256))); // enough to say who was claimed
            }
        }
        forged.insert(name, values);
    }
    return forgedHeadersText(forged);
}

QString pathOnly(std::string_view uri)
{
    const auto cut = uri.find_first_of("?#");
    return str(cut == std::string_view::npos ? uri : uri.substr(0, cut));
}

} // namespace

ParsedCaddyLine parseCaddyLine(std::string_view line)
{
    using Kind = ParsedCaddyLine::Kind;
    ParsedCaddyLine out;
    const auto fail = [&out](Kind kind, QString reason) {
        out.kind = kind;
        out.reason = std::move(reason);
        return out;
    };
    // One parser per thread, reused: allocation once, not per line.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(line.data(), line.size()).get(doc) != simdjson::SUCCESS)
        return fail(Kind::Malformed, u"not JSON"_qs);
    std::string_view logger;
    if (doc["logger"].get(logger) != simdjson::SUCCESS)
        return fail(Kind::Malformed, u"not a Caddy log entry (no logger)"_qs);
    constexpr std::string_view access = "http.log.access";
    if (!logger.starts_with(access) ||
        (logger.size() > access.size() && logger[access.size()] != '.'))
        return fail(Kind::NotAccess, u"not an access entry (logger %1)"_qs.arg(str(logger)));
    simdjson::dom::object request;
    double ts = 0;
    int64_t status = 0;
    std::string_view method;
    if (doc["request"].get(request) != simdjson::SUCCESS ||
        doc["ts"].get(ts) != simdjson::SUCCESS || doc["status"].get(status) != simdjson::SUCCESS ||
        request["method"].get(method) != simdjson::SUCCESS || method.empty())
        return fail(Kind::Malformed,
                    u"not a Caddy access entry (no request, method, ts or status)"_qs);
    CaddyAccessLine &e = out.access;
    // Caddy writes seconds with microsecond digits: round, do not truncate.
    e.timeUs = std::llround(ts * 1e6);
    e.time = QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC);
    e.method = str(method);
    e.status = int(status);
    std::string_view s;
    if (request["host"].get(s) == simdjson::SUCCESS)
        e.host = str(s);
    if (request["uri"].get(s) == simdjson::SUCCESS)
        e.path = pathOnly(s);
    if (request["remote_ip"].get(s) == simdjson::SUCCESS)
        e.remoteIp = str(s);
    double duration = 0;
    if (doc["duration"].get(duration) == simdjson::SUCCESS)
        e.durationUs = std::llround(duration * 1e6);
    int64_t size = 0;
    if (doc["size"].get(size) == simdjson::SUCCESS)
        e.size = size;
    if (doc["user_id"].get(s) == simdjson::SUCCESS)
        e.userId = str(s);
    simdjson::dom::element headers;
    if (request["headers"].get(headers) == simdjson::SUCCESS)
        e.clientIdentity = clientIdentityHeaders(headers);
    if (doc["resp_headers"].get(headers) == simdjson::SUCCESS)
        e.decisionId = firstHeader(headers, "X-Gatehouse-Decision-Id");
    out.kind = Kind::Access;
    return out;
}

} // namespace gatehouse
