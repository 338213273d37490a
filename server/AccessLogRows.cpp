#include "AccessLogRows.h"

#include "AccessLogSink.h"
#include "SqlSupport.h"
#include "grants/Grant.h"
#include "logs/ForgedHeaders.h"

#include <QDateTime>

namespace gatehouse::server {

namespace {
std::optional<qint64> parseSeq(const QString &cursor)
{
    if (!cursor.startsWith(u"seq:"))
        return std::nullopt;
    const QStringView digits = QStringView(cursor).sliced(4);
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), [](QChar c) {
            return c.unicode() >= '0' && c.unicode() <= '9';
        }))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = digits.toLongLong(&ok);
    return ok ? std::optional(seq) : std::nullopt;
}
} // namespace

AccessLogRows::AccessLogRows(QString connectionName, bool seesAll, QStringList services)
    : m_connection(std::move(connectionName))
    , m_seesAll(seesAll)
    , m_services(std::move(services))
{}

Result<qint64> AccessLogRows::lastSeq() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT last FROM access_log_seq WHERE id = 1"_qs);
    if (Error e = sql::exec(q, u"access log sequence"_qs); !e.isNull())
        return e;
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Result<qint64>> AccessLogRows::resolve(const QString &cursor) const
{
    if (const auto seq = parseSeq(cursor))
        return Result<qint64>(*seq);
    const auto old = LogCursor::parse(cursor);
    if (!old)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT MIN(seq) FROM access_log "
              "WHERE logged_at > ? OR (logged_at = ? AND id > ?)"_qs);
    q.addBindValue(old->atUs);
    q.addBindValue(old->atUs);
    q.addBindValue(old->id);
    if (Error e = sql::exec(q, u"access log cursor"_qs); !e.isNull())
        return Result<qint64>(e);
    if (q.next() && !q.value(0).isNull())
        return Result<qint64>(q.value(0).toLongLong() - 1);
    return lastSeq();
}

Result<qint64> AccessLogRows::read(qint64 after, qint64 upTo, int limit, const LineFn &line) const
{
    QString where = u" WHERE a.seq > ? AND a.seq <= ?"_qs;
    QVariantList binds{after, upTo};
    if (!m_seesAll) {
        // Owners read the lines of their services; anyone else reads none,
        // not even those of their own requests.
        if (m_services.isEmpty())
            return upTo;
        where += u" AND d.service IN ("_qs;
        for (qsizetype i = 0; i < m_services.size(); ++i) {
            where += i == 0 ? u"?"_qs : u", ?"_qs;
            binds << m_services.at(i);
        }
        where += u")"_qs;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.logged_at, a.method, a.host, a.path, a.status, a.duration_us, "
              "a.size, a.remote_ip, a.user_id, a.client_identity, a.decision_id, d.subject, "
              "d.service, d.allowed, d.reason, d.grant_id, d.subject_kind, a.seq "
              "FROM access_log a LEFT JOIN decisions d ON d.id = a.decision_id"_qs +
              where + u" ORDER BY a.seq LIMIT ?"_qs);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    if (Error e = sql::exec(q, u"list access log"_qs); !e.isNull())
        return e;
    int count = 0;
    qint64 last = after;
    while (q.next()) {
        const qint64 at = q.value(1).toLongLong();
        const auto stored = [&q](int column) {
            return AccessLogSink::fromStoredText(q.value(column).toString());
        };
        const QString clientIdentity = stored(10);
        const bool joined = !q.value(12).isNull();
        const QString decided = q.value(12).toString();
        // A client-sent identity header is someone trying to speak for someone.
        const ForgeryFlag flag = forgeryFlag(clientIdentity, decided);
        QJsonObject item{
            {u"id"_qs, q.value(0).toString()},
            {u"logged_at"_qs, formatTime(QDateTime::fromMSecsSinceEpoch(at / 1000, Qt::UTC))},
            {u"method"_qs, stored(2)},
            {u"host"_qs, stored(3)},
            {u"path"_qs, stored(4)},
            {u"status"_qs, q.value(5).toInt()},
            {u"duration_us"_qs, q.value(6).toLongLong()},
            {u"size"_qs, q.value(7).toLongLong()},
            {u"remote_ip"_qs, stored(8)},
            {u"user_id"_qs, stored(9)},
            {u"decision_id"_qs, stored(11)},
            {u"flagged"_qs, flag.flagged},
            {u"flag_reason"_qs,
             flag.flagged ? QJsonValue(flag.reason) : QJsonValue(QJsonValue::Null)},
        };
        if (joined)
            item.insert(u"decision"_qs, QJsonObject{{u"subject"_qs, decided},
                                                    {u"subject_kind"_qs, q.value(17).toString()},
                                                    {u"service"_qs, q.value(13).toString()},
                                                    {u"allowed"_qs, q.value(14).toBool()},
                                                    {u"reason"_qs, q.value(15).toString()},
                                                    {u"grant_id"_qs, q.value(16).toString()}});
        line(item);
        last = q.value(18).toLongLong();
        ++count;
    }
    return count == limit ? last : upTo;
}

} // namespace gatehouse::server
