#include "DemoEnv.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace gatehouse {

Result<QHash<QString, QString>> parseEnvFile(const QByteArray &content)
{
    static const QRegularExpression keyRe(u"^[A-Za-z_][A-Za-z0-9_]*$"_qs);
    QHash<QString, QString> values;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export "))
            line = line.mid(7).trimmed();
        const auto eq = line.indexOf(u'=');
        const QString key = eq < 0 ? line : line.left(eq);
        if (eq < 0 || !keyRe.match(key).hasMatch())
            return Error{
                u"env.syntax"_qs,
                QCoreApplication::translate("DemoEnv", "Line %1 is not KEY=VALUE.").arg(i + 1),
                {}};
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(key, value);
    }
    return values;
}

Result<QHash<QString, QString>> readEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"env.read"_qs,
                     QCoreApplication::translate("DemoEnv", "Cannot read %1: %2")
                         .arg(path, file.errorString()),
                     {}};
    return parseEnvFile(file.read(1024 * 1024));
}

} // namespace gatehouse
