#include "AccessLogCache.h"
#include "AccessLogCacheSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

// The access-log cache's reads: windows of lines, counts, histograms and
// facets, each from the counts where they cover the filter, else the lines.
namespace gatehouse {

namespace {

using namespace accesslogsql;

constexpr const char *kColumns =
    "id, logged_at_ms, method, host, path, status, duration_us, size, remote_ip, user_id, "
    "decision_id, flagged, flag_reason, has_decision, subject, service, allowed, reason, grant_id, "
    "subject_kind";

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

// Free text found on more lines than this is matched by reading the newest
// lines first (the page fills at once); rarer text through the trigram index.
constexpr int kTextIndexLimit = 20000;

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
}

} // namespace

namespace {

// Looks free text up in the trigram index when it is rare enough there.
UseTextIndex textIndexOn(const QString &connection)
{
    return [connection](const QString &text) {
        QSqlQuery q(QSqlDatabase::database(connection));
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM access_log_text WHERE access_log_text "
                  u"MATCH ? LIMIT ?)"_qs);
        q.addBindValue(ftsPhrase(text));
        q.addBindValue(kTextIndexLimit + 1);
        return q.exec() && q.next() && q.value(0).toLongLong() <= kTextIndexLimit;
    };
}

} // namespace

namespace {

// Whether every line the filter keeps names one caller (user = X in its only
// "and" group).
bool namesOneCaller(const AccessLogFilter &filter)
{
    if (filter.groups().size() != 1)
        return false;
    const auto &terms = filter.groups().first();
    return std::any_of(terms.begin(), terms.end(), [](const AccessLogFilter::Term &t) {
        return t.field == AccessLogFilter::Field::User && t.op == AccessLogFilter::Op::Equal;
    });
}

// Below this many matching lines, a filter on one caller reads the caller
// index and sorts; above, reading newest first finds a window sooner.
constexpr qint64 kCallerIndexLimit = 50000;

} // namespace

// Which index a read of the lines takes: without statistics SQLite walks
// the time index for any range, and for a rare caller that reads millions of
// lines to fill one window.
QString AccessLogCache::linesIndexFor(const QString &profile, const Query &query) const
{
    if (!namesOneCaller(query.filter))
        return {};
    // An upper bound is enough: the filter's lines on every day kept, from
    // the daily counts alone (a few ms), whatever the range.
    Query everything;
    everything.filter = query.filter;
    const auto counted = countedRows(profile, everything);
    if (!counted)
        return u" INDEXED BY access_log_caller"_qs;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT coalesce(sum(n), 0) FROM ("_qs + counted->text + u')');
    bindAll(q, counted->binds);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toLongLong() < kCallerIndexLimit ? u" INDEXED BY access_log_caller"_qs
                                                       : QString();
}

// " INDEXED BY …" (or nothing) and " WHERE …" for reading the lines.
std::pair<QString, Sql> AccessLogCache::linesWhere(const QString &profile, const Query &query) const
{
    bool viaText = false;
    const UseTextIndex textIndex = textIndexOn(m_connection);
    const Sql where = whereOf(profile, query, [&](const QString &text) {
        const bool use = textIndex(text);
        viaText = viaText || use;
        return use;
    });
    // Rare text that every kept line must contain: its rowids from the
    // trigram index, then those lines (a range walk would test every line).
    if (viaText && query.filter.groups().size() == 1)
        return {u" NOT INDEXED"_qs, where};
    return {linesIndexFor(profile, query), where};
}

Result<QList<AccessLogEntry>> AccessLogCache::page(const QString &profile, const Query &query) const
{
    if (!m_open)
        return Error{u"cache.closed"_qs, QStringLiteral("The local cache is not open."), {}};
    const auto [index, where] = linesWhere(profile, query);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // The window's keys first (from an index where one covers the filter),
    // then only those lines are read whole.
    q.prepare(u"SELECT "_qs + QString::fromLatin1(kColumns) +
              u" FROM access_log WHERE seq IN (SELECT seq FROM access_log"_qs + index + where.text +
              u" ORDER BY logged_at_ms DESC, id DESC LIMIT ?) "
              u"ORDER BY logged_at_ms DESC, id DESC"_qs);
    bindAll(q, where.binds);
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (const auto counted = countedRows(profile, unbounded)) {
        q.prepare(u"SELECT coalesce(sum(n), 0) FROM ("_qs + counted->text + u')');
        bindAll(q, counted->binds);
    } else {
        const auto [index, where] = linesWhere(profile, unbounded);
        q.prepare(u"SELECT count(*) FROM access_log"_qs + index + where.text);
        bindAll(q, where.binds);
    }
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString sums = u"sum(n * (status < 500 AND NOT (has_decision = 1 AND allowed = 0))), "
                         u"sum(n * (status < 500 AND has_decision = 1 AND allowed = 0)), "
                         u"sum(n * (status >= 500))"_qs;
    const auto counted = countedRows(profile, unbounded, bucketMs);
    if (counted) {
        q.prepare(u"SELECT (t / ?) * ? AS bucket, "_qs + sums + u" FROM ("_qs + counted->text +
                  u") GROUP BY bucket ORDER BY bucket"_qs);
        q.addBindValue(bucketMs);
        q.addBindValue(bucketMs);
        bindAll(q, counted->binds);
    } else {
        const auto [index, where] = linesWhere(profile, unbounded);
        q.prepare(u"SELECT (logged_at_ms / ?) * ? AS bucket, "_qs +
                  QString(sums).replace(u"n * "_qs, QString()) + u" FROM access_log"_qs + index +
                  where.text + u" GROUP BY bucket ORDER BY bucket"_qs);
        q.addBindValue(bucketMs);
        q.addBindValue(bucketMs);
        bindAll(q, where.binds);
    }
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
        break;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const auto counted =
        facet == Facet::DenyReason ? std::optional<Sql>() : countedRows(profile, unbounded);
    if (counted) {
        q.prepare(u"SELECT "_qs + column + u", sum(n) AS total FROM ("_qs + counted->text +
                  u") GROUP BY "_qs + column + u" ORDER BY total DESC, "_qs + column +
                  u" LIMIT ?"_qs);
        bindAll(q, counted->binds);
    } else {
        auto lines = linesWhere(profile, unbounded);
        QString index = std::move(lines.first);
        Sql where = std::move(lines.second);
        if (facet == Facet::DenyReason) {
            where.text += u" AND has_decision = 1 AND allowed = 0"_qs;
            // All denied lines: the partial index holds them in reason order.
            if (unbounded.filter.isEmpty())
                index = u" INDEXED BY access_log_denied_reasons"_qs;
        }
        q.prepare(u"SELECT "_qs + column + u", count(*) AS total FROM access_log"_qs + index +
                  where.text + u" GROUP BY "_qs + column + u" ORDER BY total DESC, "_qs + column +
                  u" LIMIT ?"_qs);
        bindAll(q, where.binds);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return cacheError(QStringLiteral("The local cache could not be read."), q.lastError());
    QList<FacetCount> counts;
    while (q.next())
        counts.append(FacetCount{q.value(0).toString(), q.value(1).toLongLong()});
    return counts;
}

} // namespace gatehouse
