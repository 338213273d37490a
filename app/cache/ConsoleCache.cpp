#include "ConsoleCache.h"

#include "AppLogging.h"
#include "CacheDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace gatehouse {

namespace {
Error cacheError(const QString &what, const QSqlError &e)
{
    return Error{u"cache.error"_qs, what, e.text()};
}
} // namespace

ConsoleCache::ConsoleCache(const QString &path)
    : m_path(path)
    , m_connection(u"console-cache-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ConsoleCache::~ConsoleCache()
{
    closeCacheDatabase(m_connection);
}

QString ConsoleCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           u"/console-cache.sqlite"_qs;
}

Error ConsoleCache::open()
{
    if (Error e = openCacheDatabase(m_path, m_connection); !e.isNull())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS snapshot (profile TEXT NOT NULL, kind "
                u"TEXT NOT NULL, body BLOB NOT NULL, fetched_at TEXT NOT NULL, "
                u"PRIMARY KEY (profile, kind))"_qs))
        return cacheError(u"The local cache could not be prepared."_qs, q.lastError());
    m_open = true;
    return {};
}

std::optional<ConsoleCache::Snapshot> ConsoleCache::load(const QString &profile,
                                                         const QString &kind) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT body, fetched_at FROM snapshot WHERE profile = ? AND kind = ?"_qs);
    q.addBindValue(profile);
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto doc = QJsonDocument::fromJson(q.value(0).toByteArray());
    if (!doc.isObject())
        return std::nullopt;
    return Snapshot{doc.object(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

Error ConsoleCache::save(const QString &profile, const QString &kind, const QJsonObject &body,
                         const QDateTime &fetchedAt)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, u"The local cache is not open."_qs, {}};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO snapshot (profile, kind, body, fetched_at) VALUES (?, ?, ?, ?) "
              u"ON CONFLICT (profile, kind) DO UPDATE SET body = excluded.body, "
              u"fetched_at = excluded.fetched_at"_qs);
    q.addBindValue(profile);
    q.addBindValue(kind);
    q.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
    q.addBindValue(fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        qCWarning(lcApp) << "cache write failed:" << q.lastError().text();
        return cacheError(u"The local cache could not be written."_qs, q.lastError());
    }
    return {};
}

} // namespace gatehouse
