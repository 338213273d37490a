#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct sqlite3;

namespace gatehouse::server {

// SQLite's own handle behind an open Qt SQL connection, for the paths that
// go through SQLite's C API; null for any other driver (PostgreSQL keeps the
// Qt SQL path) or a closed connection.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace gatehouse::server
