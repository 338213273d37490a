#pragma once

#include <QString>

namespace gatehouse::graph {

// A countdown as people read it: "2d 3h", "1h 20m", "12m", "4m 05s", "42s".
// Seconds only show in the last ten minutes, so labels stay calm.
QString timeLeftText(qint64 seconds);

} // namespace gatehouse::graph
