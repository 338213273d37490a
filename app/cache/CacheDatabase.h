#pragma once

#include "Error.h"

#include <QString>

namespace gatehouse {

// Opens the console's cache file as QtSql connection `connection`: created
// readable by its owner only before SQLite writes anything, WAL journal.
[[nodiscard]] Error openCacheDatabase(const QString &path, const QString &connection);
void closeCacheDatabase(const QString &connection);

} // namespace gatehouse
