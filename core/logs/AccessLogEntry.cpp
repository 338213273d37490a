#include "AccessLogEntry.h"

#include "grants/Grant.h"

namespace gatehouse {

Result<AccessLogEntry> AccessLogEntry::fromJson(const QJsonObject &item)
{
    AccessLogEntry e;
    e.id = item.value(u"id").toString();
    e.loggedAt = QDateTime::fromString(item.value(u"logged_at").toString(), Qt::ISODateWithMs);
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
