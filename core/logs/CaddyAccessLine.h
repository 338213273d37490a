#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <string_view>

namespace gatehouse {

// One request as Caddy's JSON access log records it ("handled request").
struct CaddyAccessLine
{
    QDateTime time;
    qint64 timeUs = 0;
    QString method;
    QString host;
    QString path; // the query is dropped: it may carry tokens
    QString remoteIp;
    int status = 0;
    qint64 durationUs = 0;
    qint64 size = 0;
    QString userId;         // Caddy's user_id (filled from the decided identity)
    QString clientIdentity; // X-Gatehouse-* headers the client sent (ForgedHeaders.h), if any
    QString decisionId;     // X-Gatehouse-Decision-Id echoed in the response
};

// Parses one line with simdjson. Returns nullopt, with a short reason, for
// anything that is not a Caddy access entry; never throws, never crashes.
std::optional<CaddyAccessLine> parseCaddyAccessLine(std::string_view line, QString *reason);

} // namespace gatehouse
