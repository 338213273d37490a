#include "AccessLogCache.h"

#include "AppLogging.h"
#include "CacheDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

namespace gatehouse {

namespace {

using Field = AccessLogFilter::Field;
using Op = AccessLogFilter::Op;

constexpr const char *kColumns =
    "id, logged_at_ms, method, host, path, status, duration_us, size, remote_ip, user_id, "
    "decision_id, flagged, flag_reason, has_decision, subject, service, allowed, reason, grant_id, "
    "subject_kind";

// Bumped whenever the tables below change shape: a cache of an older shape is
// dropped and synced again from the start (it holds nothing the server lacks).
constexpr int kSchemaVersion = 2;

Error cacheError(const QString &what, const QSqlError &e)
{
    return Error{u"cache.error"_qs, what, e.text()};
}

// A WHERE fragment with its bind values: values never enter the SQL text.
struct Sql
{
    QString text;
    QVariantList binds;
};

QString columnOf(Field field)
{
    switch (field) {
    case Field::User:
        return u"caller"_qs;
    case Field::Service:
        return u"service"_qs;
    case Field::Host:
        return u"host"_qs;
    case Field::Method:
        return u"method"_qs;
    case Field::Grant:
        return u"grant_id"_qs;
    case Field::Ip:
        return u"remote_ip"_qs;
    case Field::Reason:
        return u"reason"_qs;
    default:
        return u"path"_qs;
    }
}

Sql termSql(const AccessLogFilter::Term &t)
{
    switch (t.field) {
    case Field::Status:
        switch (t.op) {
        case Op::NotEqual:
            return {u"status NOT BETWEEN ? AND ?"_qs, {t.low, t.high}};
        case Op::Less:
            return {u"status < ?"_qs, {t.low}};
        case Op::LessEqual:
            return {u"status <= ?"_qs, {t.high}};
        case Op::Greater:
            return {u"status > ?"_qs, {t.high}};
        case Op::GreaterEqual:
            return {u"status >= ?"_qs, {t.low}};
        default:
            return {u"status BETWEEN ? AND ?"_qs, {t.low, t.high}};
        }
    case Field::Decision: {
        const Sql is{u"(has_decision = 1 AND allowed = ?)"_qs, {t.value == u"allow" ? 1 : 0}};
        return t.op == Op::NotEqual ? Sql{u"NOT "_qs + is.text, is.binds} : is;
    }
    case Field::Flag: {
        const QString is =
            t.value == u"forged" ? u"flagged = 1"_qs : u"(has_decision = 1 AND service = '')"_qs;
        return {t.op == Op::NotEqual ? u"NOT ("_qs + is + u')' : is, {}};
    }
    default:
        break;
    }
    const QString column = columnOf(t.field);
    switch (t.op) {
    case Op::NotEqual:
        return {column + u" IS NOT ?"_qs, {t.value}};
    case Op::Contains:
        return {u"instr("_qs + column + u", ?) > 0"_qs, {t.value}};
    default:
        return {column + u" = ?"_qs, {t.value}};
    }
}

Sql whereOf(const QString &profile, const AccessLogCache::Query &query)
{
    Sql sql{u" WHERE profile = ?"_qs, {profile}};
    if (query.since.isValid()) {
        sql.text += u" AND logged_at_ms >= ?"_qs;
        sql.binds << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        sql.text += u" AND logged_at_ms < ?"_qs;
        sql.binds << query.until.toMSecsSinceEpoch();
    }
    if (query.newerThan) {
        sql.text += u" AND (logged_at_ms > ? OR (logged_at_ms = ? AND id > ?))"_qs;
        sql.binds << query.newerThan->atMs << query.newerThan->atMs << query.newerThan->id;
    }
    if (query.after) {
        sql.text += u" AND (logged_at_ms < ? OR (logged_at_ms = ? AND id < ?))"_qs;
        sql.binds << query.after->atMs << query.after->atMs << query.after->id;
    }
    if (query.filter.isEmpty())
        return sql;
    QStringList ors;
    for (const auto &group : query.filter.groups()) {
        QStringList ands;
        for (const auto &term : group) {
            const Sql t = termSql(term);
            ands.append(t.text);
            sql.binds += t.binds;
        }
        ors.append(u'(' + ands.join(u" AND "_qs) + u')');
    }
    sql.text += u" AND ("_qs + ors.join(u" OR "_qs) + u')';
    return sql;
}

AccessLogEntry entryFrom(const QSqlQuery &q)
{
    AccessLogEntry e;
    e.id = q.value(0).toString();
    e.loggedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.method = q.value(2).toString();
    e.host = q.value(3).toString();
    e.path = q.value(4).toString();
    e.status = q.value(5).toInt();
    e.durationUs = q.value(6).toLongLong();
    e.size = q.value(7).toLongLong();
    e.remoteIp = q.value(8).toString();
    e.userId = q.value(9).toString();
    e.decisionId = q.value(10).toString();
    e.flagged = q.value(11).toBool();
    e.flagReason = q.value(12).toString();
    e.hasDecision = q.value(13).toBool();
    e.subject = q.value(14).toString();
    e.service = q.value(15).toString();
    e.allowed = q.value(16).toBool();
    e.reason = q.value(17).toString();
    e.grantId = q.value(18).toString();
    e.subjectKind = q.value(19).toString();
    return e;
}

// Drops the access-log tables when they were made by another version of this
// cache, with the cursors, so the next sync fetches every line again.
Error dropOlderSchema(QSqlQuery &q)
{
    const auto failed = [&q] {
        return cacheError(QStringLiteral("The local cache could not be prepared."), q.lastError());
    };
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS access_log_schema (only INTEGER PRIMARY KEY "
                u"CHECK (only = 1), version INTEGER NOT NULL)"_qs))
        return failed();
    if (!q.exec(u"SELECT version FROM access_log_schema"_qs))
        return failed();
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (version == kSchemaVersion)
        return {};
    if (version != 0)
        qCInfo(lcApp) << "access-log cache: schema" << version << "replaced by" << kSchemaVersion;
    for (const char *sql :
         {"DROP TABLE IF EXISTS access_log", "DROP TABLE IF EXISTS access_log_sync"})
        if (!q.exec(QString::fromLatin1(sql)))
            return failed();
    return {};
}

} // namespace

AccessLogCache::AccessLogCache(const QString &path)
    : m_path(path)
    , m_connection(u"access-log-cache-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

AccessLogCache::~AccessLogCache()
{
    closeCacheDatabase(m_connection);
}

Error AccessLogCache::open()
{
    if (Error e = openCacheDatabase(m_path, m_connection); !e.isNull())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (Error e = dropOlderSchema(q); !e.isNull())
        return e;
    for (const char *sql :
         {"CREATE TABLE IF NOT EXISTS access_log (profile TEXT NOT NULL, id TEXT NOT NULL, "
          "logged_at_ms INTEGER NOT NULL, method TEXT NOT NULL, host TEXT NOT NULL, "
          "path TEXT NOT NULL, status INTEGER NOT NULL, duration_us INTEGER NOT NULL, "
          "size INTEGER NOT NULL, remote_ip TEXT NOT NULL, user_id TEXT NOT NULL, "
          "decision_id TEXT NOT NULL, flagged INTEGER NOT NULL, flag_reason TEXT NOT NULL, "
          "has_decision INTEGER NOT NULL, subject TEXT NOT NULL, service TEXT NOT NULL, "
          "allowed INTEGER NOT NULL, reason TEXT NOT NULL, grant_id TEXT NOT NULL, "
          "subject_kind TEXT NOT NULL, caller TEXT NOT NULL, PRIMARY KEY (profile, id))",
          "CREATE INDEX IF NOT EXISTS access_log_time ON access_log (profile, logged_at_ms, id)",
          // "user = bob and status >= 500": without it every line of the range is read.
          "CREATE INDEX IF NOT EXISTS access_log_caller ON access_log "
          "(profile, caller, status, logged_at_ms)",
          "CREATE TABLE IF NOT EXISTS access_log_sync (profile TEXT PRIMARY KEY, "
          "cursor TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '')"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return cacheError(QStringLiteral("The local cache could not be prepared."),
                              q.lastError());
    }
    q.prepare(u"INSERT OR REPLACE INTO access_log_schema (only, version) VALUES (1, ?)"_qs);
    q.addBindValue(kSchemaVersion);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be prepared."), q.lastError());
    m_open = true;
    return {};
}

Error AccessLogCache::store(const QString &profile, const QList<AccessLogEntry> &lines,
                            const QString &cursor)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO access_log (profile, "_qs + QString::fromLatin1(kColumns) +
              u", caller) VALUES (?, "_qs + QStringList(21, u"coalesce(?, '')"_qs).join(u", "_qs) +
              u")"_qs);
    for (const AccessLogEntry &e : lines) {
        const QVariantList values{profile,    e.id,         e.loggedAt.toMSecsSinceEpoch(),
                                  e.method,   e.host,       e.path,
                                  e.status,   e.durationUs, e.size,
                                  e.remoteIp, e.userId,     e.decisionId,
                                  e.flagged,  e.flagReason, e.hasDecision,
                                  e.subject,  e.service,    e.allowed,
                                  e.reason,   e.grantId,    e.subjectKind,
                                  e.caller()};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i)); // a null string is stored as ''
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            qCWarning(lcApp) << "access-log cache write failed:" << error.text();
            return cacheError(QStringLiteral("The local cache could not be written."), error);
        }
    }
    QSqlQuery c(db);
    c.prepare(u"INSERT INTO access_log_sync (profile, cursor) VALUES (?, coalesce(?, '')) "
              u"ON CONFLICT (profile) DO UPDATE SET cursor = excluded.cursor"_qs);
    c.addBindValue(profile);
    c.addBindValue(cursor);
    if (!c.exec() || !db.commit()) {
        const QSqlError error = c.lastError().isValid() ? c.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    }
    return {};
}

Error AccessLogCache::claim(const QString &profile, const QString &subject)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT subject FROM access_log_sync WHERE profile = ?"_qs);
    q.addBindValue(profile);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    if (q.next() && q.value(0).toString() == subject)
        return {};
    q.finish();
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery w(db);
    bool ok = true;
    for (const QString &sql :
         {u"DELETE FROM access_log WHERE profile = ?"_qs,
          u"INSERT INTO access_log_sync (profile, cursor, subject) VALUES (?, '', coalesce(?, '')) "
          u"ON CONFLICT (profile) DO UPDATE SET cursor = '', subject = excluded.subject"_qs}) {
        w.prepare(sql);
        w.addBindValue(profile);
        if (sql.contains(u"subject"))
            w.addBindValue(subject);
        ok = ok && w.exec();
    }
    if (!ok || !db.commit()) {
        const QSqlError error = w.lastError().isValid() ? w.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    }
    return {};
}

Result<qint64> AccessLogCache::prune(const QString &profile, const QDateTime &olderThan,
                                     qint64 maxLines)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return cacheError(QStringLiteral("The local cache could not be written."), db.lastError());
    QSqlQuery q(db);
    qint64 deleted = 0;
    bool ok = true;
    if (olderThan.isValid()) {
        q.prepare(u"DELETE FROM access_log WHERE profile = ? AND logged_at_ms < ?"_qs);
        q.addBindValue(profile);
        q.addBindValue(olderThan.toMSecsSinceEpoch());
        ok = q.exec();
        deleted += ok ? q.numRowsAffected() : 0;
    }
    if (ok && maxLines > 0) {
        // The newest maxLines stay: the cut is the key of the first line past them.
        q.prepare(u"DELETE FROM access_log WHERE profile = ? AND (logged_at_ms, id) <= "
                  u"(SELECT logged_at_ms, id FROM access_log WHERE profile = ? "
                  u"ORDER BY logged_at_ms DESC, id DESC LIMIT 1 OFFSET ?)"_qs);
        q.addBindValue(profile);
        q.addBindValue(profile);
        q.addBindValue(maxLines);
        ok = q.exec();
        deleted += ok ? q.numRowsAffected() : 0;
    }
    if (!ok || !db.commit()) {
        const QSqlError error = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return cacheError(QStringLiteral("The local cache could not be written."), error);
    }
    if (deleted > 0)
        qCInfo(lcApp) << "access-log cache: retention deleted" << deleted << "lines";
    return deleted;
}

QString AccessLogCache::cursor(const QString &profile) const
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT cursor FROM access_log_sync WHERE profile = ?"_qs);
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<QList<AccessLogEntry>> AccessLogCache::page(const QString &profile, const Query &query) const
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    const Sql where = whereOf(profile, query);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_qs + QString::fromLatin1(kColumns) + u" FROM access_log"_qs + where.text +
              u" ORDER BY logged_at_ms DESC, id DESC LIMIT ?"_qs);
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    q.addBindValue(query.limit);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    QList<AccessLogEntry> lines;
    while (q.next())
        lines.append(entryFrom(q));
    return lines;
}

Result<qint64> AccessLogCache::count(const QString &profile, const Query &query) const
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    Query unbounded = query;
    unbounded.after.reset();
    const Sql where = whereOf(profile, unbounded);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT count(*) FROM access_log"_qs + where.text);
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<AccessLogCache::Bucket>>
AccessLogCache::histogram(const QString &profile, const Query &query, qint64 bucketMs) const
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    if (bucketMs <= 0)
        return Error{
            u"cache.bucket"_qs, QStringLiteral("A histogram bucket must be longer than 0 ms."), {}};
    Query unbounded = query;
    unbounded.after.reset();
    const Sql where = whereOf(profile, unbounded);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT (logged_at_ms / ?) * ? AS bucket, "
              u"sum(status < 500 AND NOT (has_decision = 1 AND allowed = 0)), "
              u"sum(status < 500 AND has_decision = 1 AND allowed = 0), "
              u"sum(status >= 500) FROM access_log"_qs +
              where.text + u" GROUP BY bucket ORDER BY bucket"_qs);
    q.addBindValue(bucketMs);
    q.addBindValue(bucketMs);
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    QList<Bucket> buckets;
    while (q.next())
        buckets.append(Bucket{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toLongLong()});
    return buckets;
}

Result<QList<AccessLogCache::FacetCount>>
AccessLogCache::facet(const QString &profile, const Query &query, Facet facet, int limit) const
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    Query unbounded = query;
    unbounded.after.reset();
    Sql where = whereOf(profile, unbounded);
    QString column;
    switch (facet) {
    case Facet::Caller:
        column = u"caller"_qs;
        break;
    case Facet::Service:
        column = u"service"_qs;
        break;
    case Facet::Status:
        column = u"status"_qs;
        break;
    case Facet::DenyReason:
        column = u"reason"_qs;
        where.text += u" AND has_decision = 1 AND allowed = 0"_qs;
        break;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_qs + column + u", count(*) AS n FROM access_log"_qs + where.text +
              u" GROUP BY "_qs + column + u" ORDER BY n DESC, "_qs + column + u" LIMIT ?"_qs);
    for (const QVariant &b : where.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    QList<FacetCount> counts;
    while (q.next())
        counts.append(FacetCount{q.value(0).toString(), q.value(1).toLongLong()});
    return counts;
}

} // namespace gatehouse
