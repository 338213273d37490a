#pragma once

#include <QtGlobal>

namespace gatehouse::server {

// Where Caddy's access log comes from: a file followed (AccessLogIngest) or
// Caddy's net writer (AccessLogReceiver). The API and /metrics report these
// numbers the same way for both.
class AccessLogSource
{
public:
    virtual ~AccessLogSource() = default;

    // Totals kept in the store, so a restart continues them.
    virtual qint64 linesStored() const = 0;
    virtual qint64 linesMalformed() const = 0;
    // Bytes received or written but not stored yet.
    virtual qint64 lagBytes() const = 0;
};

} // namespace gatehouse::server
