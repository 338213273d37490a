#include "AccessLogCacheSql.h"

#include <QStringList>

namespace gatehouse::accesslogsql {

namespace {

using Field = AccessLogFilter::Field;
using Op = AccessLogFilter::Op;

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

Sql termSql(const AccessLogFilter::Term &t, const UseTextIndex &useIndex)
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
        if (column == u"path" && useIndex && indexable(t.value) && useIndex(t.value))
            return {u"seq IN (SELECT rowid FROM access_log_text WHERE access_log_text MATCH ?)"_qs,
                    {ftsPhrase(t.value)}};
        return {u"instr("_qs + column + u", ?) > 0"_qs, {t.value}};
    default:
        return {column + u" = ?"_qs, {t.value}};
    }
}

void appendFilter(Sql &sql, const AccessLogFilter &filter, const UseTextIndex &useIndex)
{
    if (filter.isEmpty())
        return;
    QStringList ors;
    for (const auto &group : filter.groups()) {
        QStringList ands;
        for (const auto &term : group) {
            const Sql t = termSql(term, useIndex);
            ands.append(t.text);
            sql.binds += t.binds;
        }
        ors.append(u'(' + ands.join(u" AND "_qs) + u')');
    }
    sql.text += u" AND ("_qs + ors.join(u" OR "_qs) + u')';
}

bool countable(const AccessLogFilter &filter)
{
    for (const auto &group : filter.groups())
        for (const auto &term : group)
            if (term.field != Field::User && term.field != Field::Service &&
                term.field != Field::Status && term.field != Field::Decision &&
                term.field != Field::Flag)
                return false;
    return true;
}

constexpr const char *kCountedColumns = "caller, service, status, has_decision, allowed, flagged";

// Lines of [from, to) (either may be absent) matching the filter, as counted rows.
Sql linesBetween(const QString &profile, std::optional<qint64> from, std::optional<qint64> to,
                 const AccessLogFilter &filter, const UseTextIndex &useIndex)
{
    Sql sql{u"SELECT logged_at_ms AS t, "_qs + QLatin1String(kCountedColumns) +
                u", 1 AS n FROM access_log WHERE profile = ?"_qs,
            {profile}};
    if (from) {
        sql.text += u" AND logged_at_ms >= ?"_qs;
        sql.binds << *from;
    }
    if (to) {
        sql.text += u" AND logged_at_ms < ?"_qs;
        sql.binds << *to;
    }
    appendFilter(sql, filter, useIndex);
    return sql;
}

} // namespace

bool indexable(const QString &text)
{
    // The trigram tokenizer needs 3 characters (code points), and a NUL ends
    // its text.
    return text.toUcs4().size() >= 3 && !text.contains(QChar(0));
}

QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

Sql whereOf(const QString &profile, const AccessLogCache::Query &query,
            const UseTextIndex &useIndex)
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
    appendFilter(sql, query.filter, useIndex);
    return sql;
}

std::optional<Sql> countedRows(const QString &profile, const AccessLogCache::Query &query)
{
    if (query.newerThan || query.after || !countable(query.filter))
        return std::nullopt;
    std::optional<qint64> from, to, firstHour, endHour;
    if (query.since.isValid()) {
        from = query.since.toMSecsSinceEpoch();
        if (*from < 0)
            return std::nullopt;
        firstHour = (*from + kHourMs - 1) / kHourMs * kHourMs;
    }
    if (query.until.isValid()) {
        to = query.until.toMSecsSinceEpoch();
        if (*to < 0)
            return std::nullopt;
        endHour = *to / kHourMs * kHourMs;
    }
    // Under three hours the lines are few; reading them is as quick.
    if (firstHour && endHour && *endHour - *firstHour < 3 * kHourMs)
        return std::nullopt;
    Sql sql{u"SELECT hour_ms AS t, "_qs + QLatin1String(kCountedColumns) +
                u", n FROM access_log_hourly WHERE profile = ?"_qs,
            {profile}};
    if (firstHour) {
        sql.text += u" AND hour_ms >= ?"_qs;
        sql.binds << *firstHour;
    }
    if (endHour) {
        sql.text += u" AND hour_ms < ?"_qs;
        sql.binds << *endHour;
    }
    appendFilter(sql, query.filter, {});
    const auto add = [&](const Sql &part) {
        sql.text += u" UNION ALL "_qs + part.text;
        sql.binds += part.binds;
    };
    if (from && *from < *firstHour)
        add(linesBetween(profile, from, firstHour, query.filter, {}));
    if (to && *endHour < *to)
        add(linesBetween(profile, endHour, to, query.filter, {}));
    return sql;
}

} // namespace gatehouse::accesslogsql
