#pragma once

#include "Error.h"

#include <QDateTime>
#include <QStringList>

namespace gatehouse {

// Writes a .zip of files (stored, not compressed: the pack is small and any
// unzip reads it). `relativePaths` are read from `dir` and keep their paths,
// under a top folder named `topFolder`.
[[nodiscard]] Error writeZip(const QString &zipPath, const QString &dir,
                             const QStringList &relativePaths, const QString &topFolder,
                             const QDateTime &modified);

} // namespace gatehouse
