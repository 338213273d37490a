#include "JsonSupport.h"

#include <QJsonArray>

namespace gatehouse {

QStringList jsonStrings(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto &item : array)
        if (item.isString())
            out.append(item.toString());
    return out;
}

} // namespace gatehouse
