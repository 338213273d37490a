#pragma once

#include "Error.h"

#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace gatehouse::server {

struct DecisionRecord;

// Inserts decision records through SQLite's C API on a connection opened by
// Qt SQL: the statement is prepared once, every value bound by position, so
// a record costs no QVariant and no placeholder name. Only for an open
// QSQLITE connection (PostgreSQL keeps the Qt SQL path). Belongs to the
// thread that owns the connection; release it before the connection closes.
class DecisionSqliteInsert
{
public:
    // Null when the connection is not an open SQLite one.
    static std::unique_ptr<DecisionSqliteInsert> open(const QString &connectionName);
    ~DecisionSqliteInsert();

    const QString &connectionName() const { return m_connection; }
    [[nodiscard]] Error insert(const DecisionRecord &record);

private:
    DecisionSqliteInsert() = default;

    QString m_connection;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

} // namespace gatehouse::server
