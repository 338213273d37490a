#include "AuditFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace gatehouse {

namespace {
QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return u"—"_qs;
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 16);
    if (v.isBool())
        return v.toBool() ? u"true"_qs : u"false"_qs;
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

AuditFields AuditFields::of(const AuditRecord &r)
{
    const QJsonObject after = r.after.toObject();
    const QJsonObject before = r.before.toObject();
    const auto pick = [&](QStringView key) {
        const QString a = after.value(key).toString();
        return a.isEmpty() ? before.value(key).toString() : a;
    };
    AuditFields f;
    if (r.objectType == u"grant") {
        f.grant = r.objectId;
        f.subject = pick(u"subject");
        f.service = pick(u"service");
        f.reason = pick(u"reason");
    } else {
        f.subject = QString(r.objectType + u' ' + r.objectId).trimmed();
        if (r.objectType == u"service")
            f.service = r.objectId;
        f.reason = after.value(u"purpose").toString();
    }
    return f;
}

QString auditChangeSummary(const AuditRecord &r)
{
    if (!r.before.isObject() && !r.after.isObject())
        return {};
    if (!r.before.isObject())
        return QCoreApplication::translate("gatehouse::AuditFields", "created");
    if (!r.after.isObject())
        return QCoreApplication::translate("gatehouse::AuditFields", "removed");
    const QJsonObject before = r.before.toObject();
    const QJsonObject after = r.after.toObject();
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    QStringList parts;
    for (const QString &k : keys) {
        if (k == u"mesh" || before.value(k) == after.value(k))
            continue;
        parts.append(
            u"%1: %2 → %3"_qs.arg(k, valueText(before.value(k)), valueText(after.value(k))));
    }
    return parts.join(u"; "_qs);
}

} // namespace gatehouse
