#include "CaddyAccessLine.h"

#include "ForgedHeaders.h"

#include <QJsonArray>

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

std::optional<CaddyAccessLine> parseCaddyAccessLine(std::string_view line, QString *reason)
{
    // One parser per thread, reused: allocation once, not per line.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(line.data(), line.size()).get(doc) != simdjson::SUCCESS) {
        *reason = u"not JSON"_qs;
        return std::nullopt;
    }
    simdjson::dom::object request;
    double ts = 0;
    if (doc["request"].get(request) != simdjson::SUCCESS ||
        doc["ts"].get(ts) != simdjson::SUCCESS) {
        *reason = u"not a Caddy access entry (no request or ts)"_qs;
        return std::nullopt;
    }
    CaddyAccessLine e;
    e.timeUs = qint64(ts * 1e6);
    e.time = QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC);
    std::string_view s;
    if (request["method"].get(s) == simdjson::SUCCESS)
        e.method = str(s);
    if (request["host"].get(s) == simdjson::SUCCESS)
        e.host = str(s);
    if (request["uri"].get(s) == simdjson::SUCCESS)
        e.path = pathOnly(s);
    if (request["remote_ip"].get(s) == simdjson::SUCCESS)
        e.remoteIp = str(s);
    int64_t status = 0;
    if (doc["status"].get(status) == simdjson::SUCCESS)
        e.status = int(status);
    double duration = 0;
    if (doc["duration"].get(duration) == simdjson::SUCCESS)
        e.durationUs = qint64(duration * 1e6);
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
    if (e.method.isEmpty() || e.status == 0) {
        *reason = u"not a Caddy access entry (no method or status)"_qs;
        return std::nullopt;
    }
    return e;
}

} // namespace gatehouse
