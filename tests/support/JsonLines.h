#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace gatehouse::test {

// The JSON objects of a JSON-lines file (such as Caddy's access log); lines
// that are not JSON objects are left out.
inline QList<QJsonObject> readJsonLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        const auto doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            lines.append(doc.object());
    }
    return lines;
}

} // namespace gatehouse::test
