#include "StoreChange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse::server {

QByteArray StoreChange::toPayload() const
{
    return QJsonDocument(QJsonObject{{u"seq"_qs, seq},
                                     {u"action"_qs, action},
                                     {u"type"_qs, objectType},
                                     {u"id"_qs, objectId}})
        .toJson(QJsonDocument::Compact);
}

bool StoreChange::fromPayload(const QByteArray &payload, StoreChange *out)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    const qint64 seq = o.value(u"seq").toInteger(-1);
    if (seq <= 0 || !o.value(u"type").isString())
        return false;
    out->seq = seq;
    out->action = o.value(u"action").toString();
    out->objectType = o.value(u"type").toString();
    out->objectId = o.value(u"id").toString();
    return true;
}

} // namespace gatehouse::server
