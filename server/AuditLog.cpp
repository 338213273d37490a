#include "AuditLog.h"

#include "SqlSupport.h"
#include "StoreChange.h"
#include "grants/Grant.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::server {

namespace {

QString toText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return u"null"_qs;
}

QJsonValue fromText(const QString &text)
{
    const auto doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Null);
}

AuditRecord fromRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.time = parseTime(q.value(1).toString());
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.objectType = q.value(4).toString();
    r.objectId = q.value(5).toString();
    r.before = fromText(q.value(6).toString());
    r.after = fromText(q.value(7).toString());
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

const QString kColumns =
    u"seq, time, actor, action, object_type, object_id, before_json, after_json, prev_hash, hash"_qs;

} // namespace

Result<AuditRecord>
AuditLog::appendInTransaction(const Entry &entry, const QDateTime &now,
                              const std::function<void(AuditRecord &)> &complete)
{
    QSqlDatabase d = db();
    // Taking the next number locks the head row until commit.
    QSqlQuery bump(d);
    bump.prepare(u"UPDATE audit_head SET seq = seq + 1 WHERE id = 1"_qs);
    if (Error e = sql::exec(bump, u"audit: take sequence"_qs); !e.isNull())
        return e;
    QSqlQuery head(d);
    head.prepare(u"SELECT seq, hash FROM audit_head WHERE id = 1"_qs);
    if (Error e = sql::exec(head, u"audit: read head"_qs); !e.isNull())
        return e;
    if (!head.next())
        return sql::storeError(u"audit: no head row"_qs, QSqlError());

    AuditRecord r;
    r.seq = head.value(0).toLongLong();
    r.prevHash = head.value(1).toString();
    r.time = now.toUTC();
    r.actor = entry.actor;
    r.action = entry.action;
    r.objectType = entry.objectType;
    r.objectId = entry.objectId;
    // Stored as text and read back: hash what a verifier will read.
    r.before = fromText(toText(entry.before));
    r.after = fromText(toText(entry.after));
    if (complete) {
        complete(r);
        r.before = fromText(toText(r.before));
        r.after = fromText(toText(r.after));
    }
    r.hash = r.computeHash();

    QSqlQuery insert(d);
    insert.prepare(u"INSERT INTO audit_log ("_qs + kColumns +
                   u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    insert.addBindValue(r.seq);
    insert.addBindValue(formatTime(r.time));
    insert.addBindValue(r.actor);
    insert.addBindValue(r.action);
    insert.addBindValue(r.objectType);
    insert.addBindValue(r.objectId);
    insert.addBindValue(toText(r.before));
    insert.addBindValue(toText(r.after));
    insert.addBindValue(r.prevHash);
    insert.addBindValue(r.hash);
    if (Error e = sql::exec(insert, u"audit: insert"_qs); !e.isNull())
        return e;
    QSqlQuery move(d);
    move.prepare(u"UPDATE audit_head SET hash = ? WHERE id = 1"_qs);
    move.addBindValue(r.hash);
    if (Error e = sql::exec(move, u"audit: move head"_qs); !e.isNull())
        return e;
    // Other replicas on the same PostgreSQL learn of the change by push: the
    // NOTIFY is part of this transaction, so it is delivered on commit only,
    // in commit order (which is seq order: the head row is locked until then).
    if (d.driverName() == u"QPSQL") {
        QSqlQuery notify(d);
        notify.prepare(u"SELECT pg_notify(?, ?)"_qs);
        notify.addBindValue(QString::fromLatin1(StoreChange::kChannel));
        notify.addBindValue(
            QString::fromUtf8(StoreChange{r.seq, r.action, r.objectType, r.objectId}.toPayload()));
        if (Error e = sql::exec(notify, u"audit: notify"_qs); !e.isNull())
            return e;
    }
    return r;
}

Result<QList<AuditRecord>> AuditLog::records(qint64 afterSeq, int limit) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"_qs);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (Error e = sql::exec(q, u"audit: list"_qs); !e.isNull())
        return e;
    QList<AuditRecord> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<AuditRecord> AuditLog::head() const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM audit_log ORDER BY seq DESC LIMIT 1"_qs);
    if (Error e = sql::exec(q, u"audit: head"_qs); !e.isNull())
        return e;
    if (q.next())
        return fromRow(q);
    AuditRecord empty;
    empty.hash = kGenesisHash;
    return empty;
}

Result<std::optional<AuditRecord>> AuditLog::lastWithAction(const QString &action,
                                                            qint64 afterSeq) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns +
              u" FROM audit_log WHERE seq > ? AND action = ? ORDER BY seq DESC LIMIT 1"_qs);
    q.addBindValue(afterSeq);
    q.addBindValue(action);
    if (Error e = sql::exec(q, u"audit: last by action"_qs); !e.isNull())
        return e;
    if (!q.next())
        return std::optional<AuditRecord>();
    return std::optional<AuditRecord>(fromRow(q));
}

Result<QList<AuditRecord>> AuditLog::withAction(const QString &action,
                                                const QString &objectId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM audit_log WHERE action = ?"_qs +
              (objectId.isEmpty() ? QString() : u" AND object_id = ?"_qs) + u" ORDER BY seq"_qs);
    q.addBindValue(action);
    if (!objectId.isEmpty())
        q.addBindValue(objectId);
    if (Error e = sql::exec(q, u"audit: by action"_qs); !e.isNull())
        return e;
    QList<AuditRecord> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<qint64> AuditLog::firstSeqFrom(const QDateTime &time) const
{
    // Times are stored as fixed-width RFC 3339 UTC text: text order is time order.
    QSqlQuery q(db());
    q.prepare(u"SELECT MIN(seq) FROM audit_log WHERE time >= ?"_qs);
    q.addBindValue(formatTime(time));
    if (Error e = sql::exec(q, u"audit: first from"_qs); !e.isNull())
        return e;
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : qint64(0);
}

Result<QString> AuditLog::hashAt(qint64 seq) const
{
    if (seq <= 0)
        return kGenesisHash;
    QSqlQuery q(db());
    q.prepare(u"SELECT hash FROM audit_log WHERE seq = ?"_qs);
    q.addBindValue(seq);
    if (Error e = sql::exec(q, u"audit: hash"_qs); !e.isNull())
        return e;
    if (!q.next())
        return Error{
            u"not_found"_qs, QCoreApplication::translate("AuditLog", "No such audit record."), {}};
    return q.value(0).toString();
}

} // namespace gatehouse::server
