#include "CaddyAccessLine.h"

#include "ForgedHeaders.h"

#include <QJsonArray>

#include <cmath>
#include <simdjson.h>
#include <vector>

namespace gatehouse {

namespace {

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// First value of a header in Caddy's {"Name": ["value", ...]} form.
std::string_view firstHeader(simdjson::dom::element headers, const char *name)
{
    simdjson::dom::array values;
    if (headers[name].get(values) != simdjson::SUCCESS)
        return {};
    for (simdjson::dom::element v : values) {
        std::string_view s;
        if (v.get(s) == simdjson::SUCCESS)
            return s;
    }
    return {};
}

bool isEdgeIdentityName(std::string_view name)
{
    constexpr std::string_view prefix = "x-gatehouse-";
    if (name.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// Every X-Gatehouse-* header the client sent, all values (empty ones too).
QString clientIdentityHeaders(simdjson::dom::element headers)
{
    simdjson::dom::object object;
    if (headers.get(object) != simdjson::SUCCESS)
        return {};
    QJsonObject forged;
    for (const auto field : object) {
        if (!isEdgeIdentityName(field.key)) // most lines: none, and nothing built
            continue;
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

std::string_view pathOnly(std::string_view uri)
{
    const auto cut = uri.find_first_of("?#");
    return cut == std::string_view::npos ? uri : uri.substr(0, cut);
}

} // namespace

ParsedCaddyLine::Kind parseCaddyFields(std::string_view line, CaddyAccessFields &e, QString *reason)
{
    using Kind = ParsedCaddyLine::Kind;
    const auto fail = [reason](Kind kind, auto why) {
        if (reason)
            *reason = why();
        return kind;
    };
    // One parser and one padded copy of the line per thread, reused: no
    // allocation per line (simdjson reads up to SIMDJSON_PADDING bytes past
    // the end, and would copy an unpadded line into a new buffer).
    thread_local simdjson::dom::parser parser;
    thread_local std::vector<char> padded;
    if (padded.size() < line.size() + simdjson::SIMDJSON_PADDING)
        padded.resize(line.size() + simdjson::SIMDJSON_PADDING);
    std::copy(line.begin(), line.end(), padded.begin());
    simdjson::dom::element doc;
    if (parser.parse(padded.data(), line.size(), false).get(doc) != simdjson::SUCCESS)
        return fail(Kind::Malformed, [] { return u"not JSON"_qs; });
    std::string_view logger;
    if (doc["logger"].get(logger) != simdjson::SUCCESS)
        return fail(Kind::Malformed, [] { return u"not a Caddy log entry (no logger)"_qs; });
    constexpr std::string_view access = "http.log.access";
    if (!logger.starts_with(access) ||
        (logger.size() > access.size() && logger[access.size()] != '.'))
        return fail(Kind::NotAccess,
                    [logger] { return u"not an access entry (logger %1)"_qs.arg(str(logger)); });
    simdjson::dom::object request;
    double ts = 0;
    int64_t status = 0;
    std::string_view method;
    if (doc["request"].get(request) != simdjson::SUCCESS ||
        doc["ts"].get(ts) != simdjson::SUCCESS || doc["status"].get(status) != simdjson::SUCCESS ||
        request["method"].get(method) != simdjson::SUCCESS || method.empty())
        return fail(Kind::Malformed, [] {
            return u"not a Caddy access entry (no request, method, ts or status)"_qs;
        });
    e = {};
    // Caddy writes seconds with microsecond digits: round, do not truncate.
    e.timeUs = std::llround(ts * 1e6);
    e.method = method;
    e.status = int(status);
    std::string_view s;
    if (request["host"].get(s) == simdjson::SUCCESS)
        e.host = s;
    if (request["uri"].get(s) == simdjson::SUCCESS)
        e.path = pathOnly(s);
    if (request["remote_ip"].get(s) == simdjson::SUCCESS)
        e.remoteIp = s;
    double duration = 0;
    if (doc["duration"].get(duration) == simdjson::SUCCESS)
        e.durationUs = std::llround(duration * 1e6);
    int64_t size = 0;
    if (doc["size"].get(size) == simdjson::SUCCESS)
        e.size = size;
    if (doc["user_id"].get(s) == simdjson::SUCCESS)
        e.userId = s;
    simdjson::dom::element headers;
    if (request["headers"].get(headers) == simdjson::SUCCESS)
        e.clientIdentity = clientIdentityHeaders(headers);
    if (doc["resp_headers"].get(headers) == simdjson::SUCCESS)
        e.decisionId = firstHeader(headers, "X-Gatehouse-Decision-Id");
    return Kind::Access;
}

ParsedCaddyLine parseCaddyLine(std::string_view line)
{
    ParsedCaddyLine out;
    CaddyAccessFields f;
    out.kind = parseCaddyFields(line, f, &out.reason);
    if (out.kind != ParsedCaddyLine::Kind::Access)
        return out;
    CaddyAccessLine &e = out.access;
    e.timeUs = f.timeUs;
    e.time = QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC);
    e.method = str(f.method);
    e.status = f.status;
    e.host = str(f.host);
    e.path = str(f.path);
    e.remoteIp = str(f.remoteIp);
    e.durationUs = f.durationUs;
    e.size = f.size;
    e.userId = str(f.userId);
    e.clientIdentity = std::move(f.clientIdentity);
    e.decisionId = str(f.decisionId);
    return out;
}

} // namespace gatehouse
