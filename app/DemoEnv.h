#pragma once

#include "Result.h"

#include <QHash>
#include <QString>

namespace gatehouse {

// Reads the KEY=VALUE file the demo stack writes (.demo/demo.env): comments,
// blank lines, optional "export ", single or double quotes.
Result<QHash<QString, QString>> parseEnvFile(const QByteArray &content);
Result<QHash<QString, QString>> readEnvFile(const QString &path);

} // namespace gatehouse
