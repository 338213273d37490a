#include "logs/AccessLogCsv.h"

#include <QStringList>

namespace gatehouse::accesslogcsv {

namespace {
QByteArray line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',').toUtf8() + "\r\n";
}

QString flags(const AccessLogEntry &e)
{
    QStringList names;
    if (e.flagged)
        names.append(u"forged"_qs);
    if (e.unknownHost())
        names.append(u"unknown-host"_qs);
    return names.join(u' ');
}
} // namespace

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') ||
                       value.contains(u'\n');
    if (!quote)
        return value;
    value.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + value + u'"';
}

QByteArray header()
{
    return line({u"time"_qs, u"caller"_qs, u"caller_kind"_qs, u"service"_qs, u"host"_qs,
                 u"method"_qs, u"path"_qs, u"status"_qs, u"decision"_qs, u"grant"_qs, u"reason"_qs,
                 u"duration_us"_qs, u"bytes"_qs, u"client_ip"_qs, u"flags"_qs, u"forged_header"_qs,
                 u"decision_id"_qs, u"id"_qs});
}

QByteArray record(const AccessLogEntry &e)
{
    const QString decision = !e.hasDecision ? QString() : e.allowed ? u"allow"_qs : u"deny"_qs;
    return line({e.loggedAt.toUTC().toString(Qt::ISODateWithMs), e.caller(), e.subjectKind,
                 e.service, e.host, e.method, e.path, QString::number(e.status), decision,
                 e.grantId, e.reason, QString::number(e.durationUs), QString::number(e.size),
                 e.remoteIp, flags(e), e.flagReason, e.decisionId, e.id});
}

} // namespace gatehouse::accesslogcsv
