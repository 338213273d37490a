#include "AccessLogCacheSql.h"

#include <QSqlError>
#include <QStringList>

namespace gatehouse::accesslogsql {

Error cacheError(const QString &what, const QSqlError &e)
{
    return Error{u"cache.error"_qs, what, e.text()};
}

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
            // Indexed lines from the index, lines stored since the last
            // indexText() (above the mark: a range of seq) by their paths.
            return {u"seq IN (SELECT rowid FROM access_log_text WHERE access_log_text MATCH ? "
                    u"UNION ALL SELECT seq FROM access_log WHERE seq > (SELECT seq FROM "
                    u"access_log_text_mark) AND instr(path, ?) > 0)"_qs,
                    {ftsPhrase(t.value), t.value}};
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
    // Keys as row values: SQLite reads them as a range of the (profile,
    // logged_at_ms, id) index, so a window deep in the log starts at its key
    // rather than at the newest line.
    if (query.newerThan) {
        sql.text += u" AND (logged_at_ms, id) > (?, ?)"_qs;
        sql.binds << query.newerThan->atMs << query.newerThan->id;
    }
    if (query.after) {
        sql.text += u" AND (logged_at_ms, id) < (?, ?)"_qs;
        sql.binds << query.after->atMs << query.after->id;
    }
    appendFilter(sql, query.filter, useIndex);
    return sql;
}

namespace {

qint64 ceilTo(qint64 ms, qint64 step)
{
    return (ms + step - 1) / step * step;
}

// Builds the UNION ALL of counted rows for [from, to) (either may be open).
class CountedRows
{
public:
    CountedRows(const QString &profile, const AccessLogFilter &filter)
        : m_profile(profile)
        , m_filter(filter)
    {}

    // Whole days from the daily counts, whole hours at either end from the
    // hourly counts, the minutes left from the lines.
    void addDays(std::optional<qint64> from, std::optional<qint64> to)
    {
        const std::optional<qint64> firstDay =
            from ? std::optional(ceilTo(*from, kDayMs)) : std::nullopt;
        const std::optional<qint64> endDay =
            to ? std::optional(*to / kDayMs * kDayMs) : std::nullopt;
        if (firstDay && endDay && *firstDay >= *endDay)
            return addHours(from, to);
        addCounts(u"access_log_daily"_qs, u"day_ms"_qs, firstDay, endDay);
        if (from)
            addHours(from, firstDay);
        if (to)
            addHours(endDay, to);
    }

    void addHours(std::optional<qint64> from, std::optional<qint64> to)
    {
        if (from && to && *from >= *to)
            return;
        const std::optional<qint64> firstHour =
            from ? std::optional(ceilTo(*from, kHourMs)) : std::nullopt;
        const std::optional<qint64> endHour =
            to ? std::optional(*to / kHourMs * kHourMs) : std::nullopt;
        if (firstHour && endHour && *firstHour >= *endHour)
            return addLines(from, to);
        addCounts(u"access_log_hourly"_qs, u"hour_ms"_qs, firstHour, endHour);
        if (from && *from < *firstHour)
            addLines(from, firstHour);
        if (to && *endHour < *to)
            addLines(endHour, to);
    }

    Sql sql() const { return m_sql; }

private:
    void add(const Sql &part)
    {
        m_sql.text += (m_sql.text.isEmpty() ? QString() : u" UNION ALL "_qs) + part.text;
        m_sql.binds += part.binds;
    }
    void addCounts(const QString &table, const QString &column, std::optional<qint64> from,
                   std::optional<qint64> to)
    {
        if (from && to && *from >= *to)
            return;
        Sql sql{u"SELECT "_qs + column + u" AS t, "_qs + QLatin1String(kCountedColumns) +
                    u", n FROM "_qs + table + u" WHERE profile = ?"_qs,
                {m_profile}};
        if (from) {
            sql.text += u" AND "_qs + column + u" >= ?"_qs;
            sql.binds << *from;
        }
        if (to) {
            sql.text += u" AND "_qs + column + u" < ?"_qs;
            sql.binds << *to;
        }
        appendFilter(sql, m_filter, {});
        add(sql);
    }
    void addLines(std::optional<qint64> from, std::optional<qint64> to)
    {
        if (from && to && *from >= *to)
            return;
        add(linesBetween(m_profile, from, to, m_filter, {}));
    }

    QString m_profile;
    const AccessLogFilter &m_filter;
    Sql m_sql;
};

} // namespace

std::optional<Sql> countedRows(const QString &profile, const AccessLogCache::Query &query,
                               qint64 bucketMs)
{
    if (query.newerThan || query.after || !countable(query.filter))
        return std::nullopt;
    if (bucketMs > 0 && bucketMs % kHourMs != 0)
        return std::nullopt;
    std::optional<qint64> from, to;
    if (query.since.isValid())
        from = query.since.toMSecsSinceEpoch();
    if (query.until.isValid())
        to = query.until.toMSecsSinceEpoch();
    if ((from && *from < 0) || (to && *to < 0))
        return std::nullopt;
    // Under three hours the lines are few; reading them is as quick.
    if (from && to && *to - *from < 3 * kHourMs)
        return std::nullopt;
    CountedRows rows(profile, query.filter);
    if (bucketMs == 0 || bucketMs % kDayMs == 0)
        rows.addDays(from, to);
    else
        rows.addHours(from, to);
    const Sql sql = rows.sql();
    if (sql.text.isEmpty())
        return std::nullopt;
    return sql;
}

} // namespace gatehouse::accesslogsql
