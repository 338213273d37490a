#pragma once

#include <QList>
#include <QStringList>

namespace gatehouse::server {

struct Migration
{
    int version;
    const char *description;
    QStringList statements; // portable between SQLite and PostgreSQL
};

// Append-only: never edit a migration that has shipped; add a new one.
const QList<Migration> &migrations();

} // namespace gatehouse::server
