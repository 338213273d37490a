#pragma once

#include "logs/AccessLogEntry.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// Access-log lines as CSV (RFC 4180): a header row, then one record per line,
// CRLF line ends, UTF-8. A field holding a comma, a double quote, CR or LF is
// quoted, with its quotes doubled. A text field starting with = + - @ (or a
// tab or CR) gets a leading apostrophe so a spreadsheet shows it as text
// instead of running it as a formula (paths and reasons come from clients).
namespace accesslogcsv {

QByteArray header();
QByteArray record(const AccessLogEntry &entry);
// One field, quoted and neutralised as above.
QString field(const QString &text);

} // namespace accesslogcsv
} // namespace gatehouse
