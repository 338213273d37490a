#include "ForgedHeaders.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse {

bool isEdgeIdentityHeader(QStringView name)
{
    return name.startsWith(u"X-Gatehouse-", Qt::CaseInsensitive);
}

QString forgedHeadersText(const QJsonObject &headers)
{
    return headers.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}

ForgeryFlag forgeryFlag(const QString &stored, const QString &decidedSubject)
{
    if (stored.isEmpty())
        return {};
    const QString decided = decidedSubject.isEmpty() ? u"none"_qs : u"'%1'"_qs.arg(decidedSubject);
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject()) {
        // Stored before every header was kept: the client's X-Gatehouse-User.
        if (stored == decidedSubject)
            return {};
        return {true,
                u"client sent X-Gatehouse-User '%1'; decided identity %2"_qs.arg(stored, decided)};
    }
    QStringList parts;
    const QJsonObject headers = doc.object();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        QStringList values;
        for (const auto &v : it.value().toArray())
            values.append(u"'%1'"_qs.arg(v.toString()));
        parts.append(it.key() + u' ' + values.join(u", "_qs));
    }
    return {true, u"client sent %1; decided identity %2"_qs.arg(parts.join(u"; "_qs), decided)};
}

} // namespace gatehouse
