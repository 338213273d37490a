#include "CacheDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse {

Error openCacheDatabase(const QString &path, const QString &connection)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFile::exists(path)) { // created private before SQLite writes anything
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{u"cache.error"_qs, QStringLiteral("The local cache could not be opened."),
                     db.lastError().text()};
    QSqlQuery q(db);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Error{u"cache.error"_qs,
                         QStringLiteral("The local cache could not be prepared."),
                         q.lastError().text()};
    }
    return {};
}

void closeCacheDatabase(const QString &connection)
{
    if (QSqlDatabase::contains(connection)) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
}

} // namespace gatehouse
