#pragma once

#include <QString>

namespace gatehouse::server {

// A new decision id: a time-ordered (version 7, RFC 9562) UUID for the time
// `unixMs`, in lower-case text. Any thread.
QString newDecisionId(qint64 unixMs);

} // namespace gatehouse::server
