#pragma once

#include "Result.h"
#include "cache/AccessLogCache.h"

#include <QCoreApplication>

#include <functional>

namespace gatehouse {

// Writes the lines a filter and range select to a file, newest first, in
// windows read from the cache one after another: never the whole result in
// memory. The file appears only when it is complete (written to a temporary
// file and renamed); a failure or a cancel leaves whatever was there before.
class AccessLogExport
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AccessLogExport)

public:
    // CSV (RFC 4180, see accesslogcsv) or JSON Lines: one object per line,
    // exactly as GET /v1/access-log lists it.
    enum class Format { Csv, JsonLines };

    // How far it got; return false to cancel.
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    // .jsonl / .ndjson / .json: JSON Lines; anything else: CSV.
    static Format formatFor(const QString &path);

    // The number of lines written.
    [[nodiscard]] static Result<qint64> write(const AccessLogCache &cache, const QString &profile,
                                              AccessLogCache::Query query, Format format,
                                              const QString &path, const Progress &progress = {},
                                              int window = 2000);
};

} // namespace gatehouse
