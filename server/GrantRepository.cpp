#include "GrantRepository.h"

#include "SqlSupport.h"
#include "grants/GrantErrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::server {

namespace {

const QString kColumns = u"id, subject_kind, subject, service, methods, path_prefixes, starts_at, "
                         "expires_at, reason, ticket, requested_by, approved_by, state, "
                         "created_at, review_by, decided_at, decided_by, revoked_at, revoked_by"_qs;

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
QDateTime fromMs(qint64 v)
{
    return v == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v, Qt::UTC);
}
QString listText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
QStringList textList(const QString &text)
{
    QStringList out;
    const auto array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

Grant fromRow(const QSqlQuery &q)
{
    Grant g;
    g.id = q.value(0).toString();
    parseSubjectKind(q.value(1).toString(), &g.subjectKind);
    g.subject = q.value(2).toString();
    g.service = q.value(3).toString();
    g.methods = textList(q.value(4).toString());
    g.pathPrefixes = textList(q.value(5).toString());
    g.startsAt = fromMs(q.value(6).toLongLong());
    g.expiresAt = fromMs(q.value(7).toLongLong());
    g.reason = q.value(8).toString();
    g.ticket = q.value(9).toString();
    g.requestedBy = q.value(10).toString();
    g.approvedBy = q.value(11).toString();
    parseGrantState(q.value(12).toString(), &g.state);
    g.createdAt = fromMs(q.value(13).toLongLong());
    g.reviewBy = fromMs(q.value(14).toLongLong());
    g.decidedAt = fromMs(q.value(15).toLongLong());
    g.decidedBy = q.value(16).toString();
    g.revokedAt = fromMs(q.value(17).toLongLong());
    g.revokedBy = q.value(18).toString();
    return g;
}

void bindAll(QSqlQuery &q, const Grant &g)
{
    q.addBindValue(toString(g.subjectKind));
    q.addBindValue(g.subject);
    q.addBindValue(g.service);
    q.addBindValue(listText(g.methods));
    q.addBindValue(listText(g.pathPrefixes));
    q.addBindValue(ms(g.startsAt));
    q.addBindValue(ms(g.expiresAt));
    q.addBindValue(g.reason);
    q.addBindValue(sql::text(g.ticket));
    q.addBindValue(g.requestedBy);
    q.addBindValue(sql::text(g.approvedBy));
    q.addBindValue(toString(g.state));
    q.addBindValue(ms(g.createdAt));
    q.addBindValue(ms(g.reviewBy));
    q.addBindValue(ms(g.decidedAt));
    q.addBindValue(sql::text(g.decidedBy));
    q.addBindValue(ms(g.revokedAt));
    q.addBindValue(sql::text(g.revokedBy));
}

Error conflict(const QString &message)
{
    return grantError(GrantErrorCode::Conflict, message);
}

} // namespace

Result<GrantRepository::Created> GrantRepository::create(const Grant &grant,
                                                         const QString &idempotencyKey,
                                                         const QString &requestHash,
                                                         const QDateTime &now)
{
    Created result;
    QSqlDatabase d = db();
    Error e = sql::inTransaction(d, u"create grant"_qs, [&]() -> Error {
        if (!idempotencyKey.isEmpty()) {
            QSqlQuery prior(d);
            prior.prepare(u"SELECT "_qs + kColumns +
                          u", request_hash FROM grants WHERE requested_by = ? AND "
                          "idempotency_key = ?"_qs);
            prior.addBindValue(grant.requestedBy);
            prior.addBindValue(idempotencyKey);
            if (Error e = sql::exec(prior, u"idempotency lookup"_qs); !e.isNull())
                return e;
            if (prior.next()) {
                if (prior.value(19).toString() != requestHash)
                    return conflict(QCoreApplication::translate(
                        "GrantRepository",
                        "This idempotency key was already used for a different request."));
                result.grant = fromRow(prior);
                result.replayed = true;
                return {};
            }
        }
        QSqlQuery insert(d);
        insert.prepare(u"INSERT INTO grants ("_qs + kColumns +
                       u", idempotency_key, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
        insert.addBindValue(grant.id);
        bindAll(insert, grant);
        insert.addBindValue(idempotencyKey.isEmpty() ? QVariant() : QVariant(idempotencyKey));
        insert.addBindValue(sql::text(requestHash));
        if (Error e = sql::exec(insert, u"insert grant"_qs); !e.isNull())
            return e;
        const auto record =
            m_audit.appendInTransaction({grant.requestedBy, u"grant.created"_qs, u"grant"_qs,
                                         grant.id, QJsonValue(QJsonValue::Null), grant.toJson()},
                                        now);
        if (!record)
            return record.error();
        result.grant = grant;
        return {};
    });
    if (!e.isNull())
        return e;
    return result;
}

Result<Grant> GrantRepository::find(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM grants WHERE id = ?"_qs);
    q.addBindValue(id);
    if (Error e = sql::exec(q, u"find grant"_qs); !e.isNull())
        return e;
    if (!q.next())
        return grantError(GrantErrorCode::NotFound,
                          QCoreApplication::translate("GrantRepository", "No such grant."), id);
    return fromRow(q);
}

Result<QList<Grant>> GrantRepository::list(const Filter &filter) const
{
    QString where = u" WHERE 1 = 1"_qs;
    if (!filter.states.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < filter.states.size(); ++i)
            placeholders.append(u"?"_qs);
        where += u" AND state IN ("_qs + placeholders.join(u", "_qs) + u")"_qs;
    }
    if (!filter.service.isEmpty())
        where += u" AND service = ?"_qs;
    const auto placeholders = [](qsizetype n) {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks.append(u"?"_qs);
        return marks.join(u", "_qs);
    };
    if (filter.restricted) {
        where += u" AND (requested_by = ? OR (subject_kind = ? AND subject = ?)"_qs;
        if (!filter.groups.isEmpty())
            where += u" OR (subject_kind = 'group' AND subject IN ("_qs +
                     placeholders(filter.groups.size()) + u"))"_qs;
        if (!filter.ownedServices.isEmpty())
            where += u" OR service IN ("_qs + placeholders(filter.ownedServices.size()) + u")"_qs;
        where += u")"_qs;
    }
    QSqlQuery q(db());
    q.prepare(u"SELECT "_qs + kColumns + u" FROM grants"_qs + where +
              u" ORDER BY created_at DESC, id LIMIT ?"_qs);
    for (GrantState s : filter.states)
        q.addBindValue(toString(s));
    if (!filter.service.isEmpty())
        q.addBindValue(filter.service);
    if (filter.restricted) {
        q.addBindValue(filter.user);
        q.addBindValue(filter.userKind);
        q.addBindValue(filter.user);
        for (const QString &g : filter.groups)
            q.addBindValue(g);
        for (const QString &s : filter.ownedServices)
            q.addBindValue(s);
    }
    q.addBindValue(filter.limit);
    if (Error e = sql::exec(q, u"list grants"_qs); !e.isNull())
        return e;
    QList<Grant> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Error GrantRepository::update(const Grant &g, GrantState expectedState, bool *changed)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE grants SET subject_kind = ?, subject = ?, service = ?, methods = ?, "
              "path_prefixes = ?, starts_at = ?, expires_at = ?, reason = ?, ticket = ?, "
              "requested_by = ?, approved_by = ?, state = ?, created_at = ?, review_by = ?, "
              "decided_at = ?, decided_by = ?, revoked_at = ?, revoked_by = ? "
              "WHERE id = ? AND state = ?"_qs);
    bindAll(q, g);
    q.addBindValue(g.id);
    q.addBindValue(toString(expectedState));
    if (Error e = sql::exec(q, u"update grant"_qs); !e.isNull())
        return e;
    *changed = q.numRowsAffected() == 1;
    return {};
}

Result<Grant> GrantRepository::transition(const QString &id, const QList<GrantState> &from,
                                          const QString &actor, const QString &action,
                                          const Change &change, const QDateTime &now)
{
    Grant after;
    QSqlDatabase d = db();
    Error e = sql::inTransaction(d, action, [&]() -> Error {
        auto found = find(id);
        if (!found)
            return found.error();
        const Grant before = found.value();
        if (!from.contains(before.state))
            return conflict(QCoreApplication::translate("GrantRepository",
                                                        "The grant is %1 and cannot change now.")
                                .arg(toString(before.state)));
        after = before;
        if (Error e = change(after); !e.isNull())
            return e;
        bool changed = false;
        if (Error e = update(after, before.state, &changed); !e.isNull())
            return e;
        if (!changed)
            return conflict(QCoreApplication::translate(
                "GrantRepository", "The grant was changed at the same time; try again."));
        const auto record = m_audit.appendInTransaction(
            {actor, action, u"grant"_qs, id, before.toJson(), after.toJson()}, now);
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return e;
    return after;
}

Result<QList<Grant>> GrantRepository::reap(const QDateTime &now)
{
    QSqlQuery due(db());
    due.prepare(u"SELECT id, state FROM grants WHERE (state = 'active' AND expires_at <= ?) "
                "OR (state = 'pending' AND review_by > 0 AND review_by <= ?) "
                "OR (state = 'pending' AND expires_at <= ?) LIMIT 500"_qs);
    due.addBindValue(ms(now));
    due.addBindValue(ms(now));
    due.addBindValue(ms(now));
    if (Error e = sql::exec(due, u"find due grants"_qs); !e.isNull())
        return e;
    QList<std::pair<QString, QString>> ids;
    while (due.next())
        ids.append({due.value(0).toString(), due.value(1).toString()});
    due.finish();

    QList<Grant> changed;
    for (const auto &[id, state] : ids) {
        const bool active = state == u"active";
        auto result = transition(
            id, {active ? GrantState::Active : GrantState::Pending}, u"gatehoused"_qs,
            active ? u"grant.expired"_qs : u"grant.lapsed"_qs,
            [&](Grant &g) {
                g.state = active ? GrantState::Expired : GrantState::Lapsed;
                return Error();
            },
            now);
        if (result)
            changed.append(result.value());
        else if (!is(result.error(), GrantErrorCode::Conflict))
            return result.error(); // a conflict means another replica got there first
    }
    return changed;
}

} // namespace gatehouse::server
