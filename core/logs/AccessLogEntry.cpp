#include "AccessLogEntry.h"

#include "grants/Grant.h"

namespace gatehouse {

namespace {
// The API writes times as "YYYY-MM-DDTHH:MM:SS.mmmZ". That exact form is read
// here without QDateTime's general parser (a sync reads a million of them);
// anything else goes to QDateTime::fromString.
QDateTime parseApiTime(const QString &text)
{
    const auto digits = [&text](int from, int count, int *out) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z' &&
        digits(0, 4, &y) && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h) &&
        digits(14, 2, &mi) && digits(17, 2, &sec) && digits(20, 3, &ms) && mo >= 1 && mo <= 12 &&
        d >= 1 && d <= 31 && h < 24 && mi < 60 && sec < 60) {
        const QDate date(y, mo, d);
        if (date.isValid())
            return QDateTime::fromMSecsSinceEpoch(date.toJulianDay() * 86400000 -
                                                      qint64(2440588) * 86400000 +
                                                      ((h * 60 + mi) * 60 + sec) * 1000 + ms,
                                                  Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

Result<AccessLogEntry> AccessLogEntry::fromJson(const QJsonObject &item)
{
    AccessLogEntry e;
    e.id = item.value(u"id").toString();
    e.loggedAt = parseApiTime(item.value(u"logged_at").toString());
    if (e.id.isEmpty() || !e.loggedAt.isValid())
        return Error{u"access_log.malformed"_qs,
                     QStringLiteral("An access-log line was unreadable."),
                     u"line without id or logged_at"_qs};
    e.loggedAt = e.loggedAt.toUTC();
    e.method = item.value(u"method").toString();
    e.host = item.value(u"host").toString();
    e.path = item.value(u"path").toString();
    e.status = item.value(u"status").toInt();
    e.durationUs = item.value(u"duration_us").toInteger();
    e.size = item.value(u"size").toInteger();
    e.remoteIp = item.value(u"remote_ip").toString();
    e.userId = item.value(u"user_id").toString();
    e.decisionId = item.value(u"decision_id").toString();
    e.flagged = item.value(u"flagged").toBool();
    e.flagReason = item.value(u"flag_reason").toString();
    const QJsonObject d = item.value(u"decision").toObject();
    e.hasDecision = !d.isEmpty();
    e.subject = d.value(u"subject").toString();
    e.subjectKind = d.value(u"subject_kind").toString();
    e.service = d.value(u"service").toString();
    e.allowed = d.value(u"allowed").toBool();
    e.reason = d.value(u"reason").toString();
    e.grantId = d.value(u"grant_id").toString();
    return e;
}

QJsonObject AccessLogEntry::toJson() const
{
    QJsonObject item{
        {u"id"_qs, id},
        {u"logged_at"_qs, formatTime(loggedAt)},
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
    if (hasDecision)
        item.insert(u"decision"_qs, QJsonObject{{u"subject"_qs, subject},
                                                {u"subject_kind"_qs, subjectKind},
                                                {u"service"_qs, service},
                                                {u"allowed"_qs, allowed},
                                                {u"reason"_qs, reason},
                                                {u"grant_id"_qs, grantId}});
    return item;
}

} // namespace gatehouse
