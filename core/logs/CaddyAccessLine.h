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

// One line of Caddy's JSON log, parsed: an access entry (logger
// "http.log.access" or "http.log.access.<name>", status 0 included: the client
// went away before an answer), another Caddy entry (an error entry, a server
// message: not a request the access log records), or not a Caddy entry at all.
struct ParsedCaddyLine
{
    enum class Kind { Access, NotAccess, Malformed };
    Kind kind = Kind::Malformed;
    CaddyAccessLine access; // when kind is Access
    QString reason;         // otherwise: why, in a few words
};

// Parses one line with simdjson; never throws, never crashes. Strings are kept
// as Caddy wrote them (escaped NULs and non-ASCII included); only the query is
// cut from the URI.
[[nodiscard]] ParsedCaddyLine parseCaddyLine(std::string_view line);

// The same entry with its texts as UTF-8 views into the parser's buffers,
// valid until the next parse on the same thread: what ingest stores, a
// million times, with no QString and no allocation per line.
struct CaddyAccessFields
{
    qint64 timeUs = 0;
    std::string_view method;
    std::string_view host;
    std::string_view path; // without the query
    std::string_view remoteIp;
    int status = 0;
    qint64 durationUs = 0;
    qint64 size = 0;
    std::string_view userId;
    std::string_view decisionId;
    QString clientIdentity; // as CaddyAccessLine's; built only when the client sent one
};

// parseCaddyLine's rule, into `fields`. `reason` (may be null) says why when
// the kind is not Access.
[[nodiscard]] ParsedCaddyLine::Kind
parseCaddyFields(std::string_view line, CaddyAccessFields &fields, QString *reason = nullptr);

} // namespace gatehouse
