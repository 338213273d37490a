#include "AuditCache.h"

#include "AppLogging.h"
#include "CacheDatabase.h"
#include "audit/AuditFields.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

namespace gatehouse {

namespace {

using Field = AuditFilter::Field;
using Op = AuditFilter::Op;

Error cacheError(const QString &what, const QSqlError &e)
{
    return Error{u"cache.error"_qs, what, e.text()};
}
Error readError(const QSqlError &e)
{
    return cacheError(QStringLiteral("The local cache could not be read."), e);
}
Error writeError(const QSqlError &e)
{
    return cacheError(QStringLiteral("The local cache could not be written."), e);
}

struct Sql
{
    QString text;
    QVariantList binds;
};

const QStringList kSearched{u"actor"_qs,   u"action"_qs,   u"subject"_qs,
                            u"service"_qs, u"grant_id"_qs, u"reason"_qs};

QString columnOf(Field field)
{
    switch (field) {
    case Field::Actor:
        return u"actor"_qs;
    case Field::Action:
        return u"action"_qs;
    case Field::Subject:
        return u"subject"_qs;
    case Field::Service:
        return u"service"_qs;
    case Field::Grant:
        return u"grant_id"_qs;
    case Field::Reason:
        return u"reason"_qs;
    case Field::Text:
        break;
    }
    return {};
}

Sql termSql(const AuditFilter::Term &t)
{
    if (t.field == Field::Text) {
        QStringList any;
        QVariantList binds;
        for (const QString &c : kSearched) {
            any.append(u"instr(lower(%1), lower(?)) > 0"_qs.arg(c));
            binds.append(t.value);
        }
        return {u"("_qs + any.join(u" OR "_qs) + u')', binds};
    }
    const QString c = columnOf(t.field);
    switch (t.op) {
    case Op::Equal:
        return {c + u" = ? COLLATE NOCASE"_qs, {t.value}};
    case Op::NotEqual:
        return {c + u" <> ? COLLATE NOCASE"_qs, {t.value}};
    case Op::Contains:
        break;
    }
    return {u"instr(lower(%1), lower(?)) > 0"_qs.arg(c), {t.value}};
}

Sql whereSql(const QString &profile, const AuditCache::Query &q)
{
    Sql w{u"profile = ?"_qs, {profile}};
    if (q.since.isValid()) {
        w.text += u" AND time_ms >= ?"_qs;
        w.binds.append(q.since.toMSecsSinceEpoch());
    }
    if (q.until.isValid()) {
        w.text += u" AND time_ms < ?"_qs;
        w.binds.append(q.until.toMSecsSinceEpoch());
    }
    if (q.beforeSeq > 0) {
        w.text += u" AND seq < ?"_qs;
        w.binds.append(q.beforeSeq);
    }
    if (!q.filter.isEmpty()) {
        QStringList ors;
        for (const auto &group : q.filter.groups()) {
            QStringList ands;
            for (const auto &term : group) {
                const Sql s = termSql(term);
                ands.append(s.text);
                w.binds.append(s.binds);
            }
            ors.append(u"("_qs + ands.join(u" AND "_qs) + u')');
        }
        w.text += u" AND ("_qs + ors.join(u" OR "_qs) + u')';
    }
    return w;
}

Result<QList<AuditRecord>> readRecords(QSqlQuery &q)
{
    QList<AuditRecord> out;
    while (q.next()) {
        const auto doc = QJsonDocument::fromJson(q.value(0).toByteArray());
        auto record = AuditRecord::fromJson(doc.object());
        if (!record)
            return record.error();
        out.append(record.value());
    }
    return out;
}

} // namespace

AuditCache::AuditCache(const QString &path)
    : m_path(path)
    , m_connection(u"audit-cache-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

AuditCache::~AuditCache()
{
    closeCacheDatabase(m_connection);
}

Error AuditCache::open()
{
    if (Error e = openCacheDatabase(m_path, m_connection); !e.isNull())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    for (const QString &sql :
         {u"CREATE TABLE IF NOT EXISTS audit_record (profile TEXT NOT NULL, seq INTEGER NOT "
          u"NULL, time_ms INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject "
          u"TEXT NOT NULL, service TEXT NOT NULL, grant_id TEXT NOT NULL, reason TEXT NOT NULL, "
          u"record BLOB NOT NULL, PRIMARY KEY (profile, seq))"_qs,
          u"CREATE INDEX IF NOT EXISTS audit_record_time ON audit_record (profile, time_ms)"_qs,
          u"CREATE INDEX IF NOT EXISTS audit_record_grant ON audit_record (profile, grant_id)"_qs,
          u"CREATE TABLE IF NOT EXISTS audit_sync (profile TEXT PRIMARY KEY, subject TEXT NOT "
          u"NULL DEFAULT '', head BLOB, head_fetched_at TEXT)"_qs}) {
        if (!q.exec(sql))
            return cacheError(QStringLiteral("The local cache could not be prepared."),
                              q.lastError());
    }
    m_open = true;
    return {};
}

Error AuditCache::claim(const QString &profile, const QString &subject)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT subject FROM audit_sync WHERE profile = ?"_qs);
    q.addBindValue(profile);
    if (!q.exec())
        return readError(q.lastError());
    if (q.next() && q.value(0).toString() == subject)
        return {};
    q.finish();
    if (!db.transaction())
        return writeError(db.lastError());
    QSqlQuery w(db);
    w.prepare(u"DELETE FROM audit_record WHERE profile = ?"_qs);
    w.addBindValue(profile);
    bool ok = w.exec();
    w.prepare(u"INSERT INTO audit_sync (profile, subject) VALUES (?, ?) ON CONFLICT (profile) "
              u"DO UPDATE SET subject = excluded.subject, head = NULL, head_fetched_at = NULL"_qs);
    w.addBindValue(profile);
    w.addBindValue(subject);
    ok = ok && w.exec();
    if (!ok || !db.commit()) {
        const QSqlError error = w.lastError().isValid() ? w.lastError() : db.lastError();
        db.rollback();
        return writeError(error);
    }
    return {};
}

Error AuditCache::store(const QString &profile, const QList<AuditRecord> &records)
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return writeError(db.lastError());
    QSqlQuery q(db);
    q.prepare(
        u"INSERT OR REPLACE INTO audit_record (profile, seq, time_ms, actor, action, "
        u"subject, service, grant_id, reason, record) VALUES (?, ?, ?, "
        u"coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
        u"coalesce(?, ''), ?)"_qs);
    for (const AuditRecord &r : records) {
        const AuditFields f = AuditFields::of(r);
        q.addBindValue(profile);
        q.addBindValue(r.seq);
        q.addBindValue(r.time.toMSecsSinceEpoch());
        q.addBindValue(r.actor);
        q.addBindValue(r.action);
        q.addBindValue(f.subject);
        q.addBindValue(f.service);
        q.addBindValue(f.grant);
        q.addBindValue(f.reason);
        q.addBindValue(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return writeError(error);
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return writeError(error);
    }
    return {};
}

Error AuditCache::dropAfter(const QString &profile, qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM audit_record WHERE profile = ? AND seq > ?"_qs);
    q.addBindValue(profile);
    q.addBindValue(seq);
    return q.exec() ? Error() : writeError(q.lastError());
}

Error AuditCache::storeHead(const QString &profile, const SignedHead &head)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO audit_sync (profile, head, head_fetched_at) VALUES (?, ?, ?) ON "
              u"CONFLICT (profile) DO UPDATE SET head = excluded.head, head_fetched_at = "
              u"excluded.head_fetched_at"_qs);
    q.addBindValue(profile);
    q.addBindValue(QJsonDocument(head.toJson()).toJson(QJsonDocument::Compact));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec() ? Error() : writeError(q.lastError());
}

std::optional<AuditCache::Head> AuditCache::head(const QString &profile) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT head, head_fetched_at FROM audit_sync WHERE profile = ? AND head IS NOT "
              u"NULL"_qs);
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto head = SignedHead::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    if (!head)
        return std::nullopt;
    return Head{head.value(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

qint64 AuditCache::lastSeq(const QString &profile) const
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT coalesce(max(seq), 0) FROM audit_record WHERE profile = ?"_qs);
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<AuditRecord>> AuditCache::page(const QString &profile, const Query &query) const
{
    const Sql w = whereSql(profile, query);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT record FROM audit_record WHERE "_qs + w.text +
              u" ORDER BY seq DESC LIMIT ?"_qs);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    if (!q.exec())
        return readError(q.lastError());
    return readRecords(q);
}

Result<qint64> AuditCache::count(const QString &profile, const Query &query) const
{
    const Sql w = whereSql(profile, query);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT count(*) FROM audit_record WHERE "_qs + w.text);
    for (const QVariant &v : w.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return readError(q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<AuditRecord>> AuditCache::chain(const QString &profile, qint64 afterSeq,
                                             int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT record FROM audit_record WHERE profile = ? AND seq > ? ORDER BY seq "
              u"LIMIT ?"_qs);
    q.addBindValue(profile);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return readError(q.lastError());
    return readRecords(q);
}

} // namespace gatehouse
