#include "AccessLogRows.h"

#include "AccessLogSink.h"
#include "SqlSupport.h"
#include "SqliteHandle.h"
#include "grants/Grant.h"
#include "logs/ForgedHeaders.h"

#include <QDateTime>
#include <QSqlDriver>

#include <charconv>
#include <memory>
#include <sqlite3.h>

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

// The page read through SQLite's C API: texts as UTF-8 straight into
// QString, no QVariant per value (Qt's driver converts each text to UTF-16
// in SQLite first, then copies it twice). A million lines read for an
// export spend half the time they did.
Result<qint64> readSqlite(sqlite3 *db, const QString &sql, const QVariantList &binds, qint64 after,
                          qint64 upTo, int limit, const AccessLogRows::LineFn &line)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    const auto failed = [db] {
        return sql::storeError(u"list access log"_qs,
                               QSqlError(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return failed();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    QList<QByteArray> texts; // alive until the last step
    int index = 0;
    for (const QVariant &b : binds) {
        ++index;
        if (b.typeId() == QMetaType::QString) {
            texts.append(b.toString().toUtf8());
            sqlite3_bind_text(raw, index, texts.last().constData(), int(texts.last().size()),
                              SQLITE_STATIC);
        } else {
            sqlite3_bind_int64(raw, index, b.toLongLong());
        }
    }
    sqlite3_bind_int64(raw, index + 1, limit);
    const auto string = [raw](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, column)),
                                 sqlite3_column_bytes(raw, column));
    };
    const auto stored = [&string](int column) {
        return AccessLogSink::fromStoredText(string(column));
    };
    int count = 0;
    qint64 last = after;
    AccessLogRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        row.id = string(0);
        row.atUs = sqlite3_column_int64(raw, 1);
        row.method = stored(2);
        row.host = stored(3);
        row.path = stored(4);
        row.status = sqlite3_column_int(raw, 5);
        row.durationUs = sqlite3_column_int64(raw, 6);
        row.size = sqlite3_column_int64(raw, 7);
        row.remoteIp = stored(8);
        row.userId = stored(9);
        row.decisionId = stored(11);
        row.joined = sqlite3_column_type(raw, 12) != SQLITE_NULL;
        row.subject = string(12);
        ForgeryFlag flag = forgeryFlag(stored(10), row.subject);
        row.flagged = flag.flagged;
        row.flagReason = std::move(flag.reason);
        row.service = string(13);
        row.allowed = sqlite3_column_int(raw, 14) != 0;
        row.reason = string(15);
        row.grantId = string(16);
        row.subjectKind = string(17);
        line(row);
        last = sqlite3_column_int64(raw, 18);
        ++count;
    }
    if (rc != SQLITE_DONE)
        return failed();
    return count == limit ? last : upTo;
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
    const QString select =
        u"SELECT a.id, a.logged_at, a.method, a.host, a.path, a.status, a.duration_us, "
        "a.size, a.remote_ip, a.user_id, a.client_identity, a.decision_id, d.subject, "
        "d.service, d.allowed, d.reason, d.grant_id, d.subject_kind, a.seq "
        "FROM access_log a LEFT JOIN decisions d ON d.id = a.decision_id"_qs +
        where + u" ORDER BY a.seq LIMIT ?"_qs;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (sqlite3 *handle = sqliteHandle(db))
        return readSqlite(handle, select, binds, after, upTo, limit, line);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit);
    if (Error e = sql::exec(q, u"list access log"_qs); !e.isNull())
        return e;
    int count = 0;
    qint64 last = after;
    AccessLogRow row;
    while (q.next()) {
        const auto stored = [&q](int column) {
            return AccessLogSink::fromStoredText(q.value(column).toString());
        };
        row.id = q.value(0).toString();
        row.atUs = q.value(1).toLongLong();
        row.method = stored(2);
        row.host = stored(3);
        row.path = stored(4);
        row.status = q.value(5).toInt();
        row.durationUs = q.value(6).toLongLong();
        row.size = q.value(7).toLongLong();
        row.remoteIp = stored(8);
        row.userId = stored(9);
        row.decisionId = stored(11);
        row.joined = !q.value(12).isNull();
        row.subject = q.value(12).toString();
        // A client-sent identity header is someone trying to speak for someone.
        ForgeryFlag flag = forgeryFlag(stored(10), row.subject);
        row.flagged = flag.flagged;
        row.flagReason = std::move(flag.reason);
        row.service = q.value(13).toString();
        row.allowed = q.value(14).toBool();
        row.reason = q.value(15).toString();
        row.grantId = q.value(16).toString();
        row.subjectKind = q.value(17).toString();
        line(row);
        last = q.value(18).toLongLong();
        ++count;
    }
    return count == limit ? last : upTo;
}

} // namespace gatehouse::server

namespace gatehouse::server {

QJsonObject AccessLogRow::toJson() const
{
    QJsonObject item{
        {u"id"_qs, id},
        {u"logged_at"_qs, formatTime(QDateTime::fromMSecsSinceEpoch(atUs / 1000, Qt::UTC))},
        {u"method"_qs, method},
        {u"host"_qs, host},
        {u"path"_qs, path},
        {u"status"_qs, status},
        {u"duration_us"_qs, durationUs},
        {u"size"_qs, size},
        {u"remote_ip"_qs, remoteIp},
        {u"user_id"_qs, userId},
        {u"decision_id"_qs, decisionId},
        {u"flagged"_qs, flagged},
        {u"flag_reason"_qs, flagged ? QJsonValue(flagReason) : QJsonValue(QJsonValue::Null)},
    };
    if (joined)
        item.insert(u"decision"_qs, QJsonObject{{u"subject"_qs, subject},
                                                {u"subject_kind"_qs, subjectKind},
                                                {u"service"_qs, service},
                                                {u"allowed"_qs, allowed},
                                                {u"reason"_qs, reason},
                                                {u"grant_id"_qs, grantId}});
    return item;
}

namespace {
void appendString(QByteArray &out, const QString &text)
{
    // Most values are plain ASCII: copied in one pass, no UTF-8 conversion.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
    });
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + text.size() + 2);
        char *p = out.data() + at;
        *p++ = '"';
        for (const QChar c : text)
            *p++ = char(c.unicode());
        *p = '"';
        return;
    }
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    out.append(digits, end - digits);
}

// RFC 3339 with milliseconds and "Z", as formatTime() writes it: the civil
// date from days since the epoch (H. Hinnant's algorithm), no QDateTime.
void appendTime(QByteArray &out, qint64 atUs)
{
    const qint64 ms = atUs >= 0 ? atUs / 1000 : (atUs - 999) / 1000;
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 msOfDay = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const auto put = [](char *at, qint64 value, int width) {
        for (int k = width - 1; k >= 0; --k, value /= 10)
            at[k] = char('0' + value % 10);
    };
    char buf[] = "\"0000-00-00T00:00:00.000Z\"";
    put(buf + 1, year, 4);
    put(buf + 6, month, 2);
    put(buf + 9, day, 2);
    put(buf + 12, msOfDay / 3600000, 2);
    put(buf + 15, msOfDay / 60000 % 60, 2);
    put(buf + 18, msOfDay / 1000 % 60, 2);
    put(buf + 21, msOfDay % 1000, 3);
    out.append(buf, sizeof buf - 1);
}
} // namespace

void AccessLogRow::appendJson(QByteArray &out) const
{
    // Keys in QJsonDocument's order (sorted), so both forms read alike.
    out += "{";
    if (joined) {
        out += "\"decision\":{\"allowed\":";
        out += allowed ? "true" : "false";
        out += ",\"grant_id\":";
        appendString(out, grantId);
        out += ",\"reason\":";
        appendString(out, reason);
        out += ",\"service\":";
        appendString(out, service);
        out += ",\"subject\":";
        appendString(out, subject);
        out += ",\"subject_kind\":";
        appendString(out, subjectKind);
        out += "},";
    }
    out += "\"decision_id\":";
    appendString(out, decisionId);
    out += ",\"duration_us\":";
    appendNumber(out, durationUs);
    out += ",\"flag_reason\":";
    if (flagged)
        appendString(out, flagReason);
    else
        out += "null";
    out += ",\"flagged\":";
    out += flagged ? "true" : "false";
    out += ",\"host\":";
    appendString(out, host);
    out += ",\"id\":";
    appendString(out, id);
    out += ",\"logged_at\":";
    appendTime(out, atUs);
    out += ",\"method\":";
    appendString(out, method);
    out += ",\"path\":";
    appendString(out, path);
    out += ",\"remote_ip\":";
    appendString(out, remoteIp);
    out += ",\"size\":";
    appendNumber(out, size);
    out += ",\"status\":";
    appendNumber(out, status);
    out += ",\"user_id\":";
    appendString(out, userId);
    out += "}";
}

} // namespace gatehouse::server
