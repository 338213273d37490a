#include "cache/AccessLogExport.h"

#include "AppLogging.h"
#include "logs/AccessLogCsv.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace gatehouse {

namespace {
Error fileError(const QString &path, const QString &why)
{
    return Error{u"export.write_failed"_qs,
                 AccessLogExport::tr("Could not write %1: %2").arg(path, why),
                 u"export to %1 failed: %2"_qs.arg(path, why)};
}
} // namespace

AccessLogExport::Format AccessLogExport::formatFor(const QString &path)
{
    const QString lower = path.toLower();
    for (const char16_t *suffix : {u".jsonl", u".ndjson", u".json"})
        if (lower.endsWith(QStringView(suffix)))
            return Format::JsonLines;
    return Format::Csv;
}

Result<qint64> AccessLogExport::write(const AccessLogCache &cache, const QString &profile,
                                      AccessLogCache::Query query, Format format,
                                      const QString &path, const Progress &progress, int window)
{
    const auto total = cache.count(profile, query);
    if (!total)
        return total.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (format == Format::Csv && file.write(accesslogcsv::header()) < 0)
        return fileError(path, file.errorString());
    qint64 written = 0;
    // Windows go back in time by `until` (an index range), not by the cache's
    // (time, id) key, which reads from the newest line to the key on every
    // window. Lines in the millisecond a window ended in are finished first,
    // by key within that one millisecond.
    const QDateTime since = query.since;
    std::optional<qint64> tieMs; // finishing the lines of this millisecond
    query.after.reset();
    query.newerThan.reset();
    query.limit = std::max(1, window);
    if (progress && !progress(0, total.value())) {
        file.cancelWriting();
        return Error{u"export.cancelled"_qs, tr("The export was cancelled."), {}};
    }
    for (;;) {
        const auto page = cache.page(profile, query);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        QByteArray chunk;
        for (const AccessLogEntry &e : page.value()) {
            if (format == Format::Csv)
                chunk += accesslogcsv::record(e);
            else
                chunk += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
        }
        if (!chunk.isEmpty() && file.write(chunk) != chunk.size())
            return fileError(path, file.errorString());
        written += page.value().size();
        if (progress && !progress(written, std::max(written, total.value()))) {
            file.cancelWriting();
            return Error{u"export.cancelled"_qs, tr("The export was cancelled."), {}};
        }
        if (page.value().size() < query.limit) {
            if (!tieMs)
                break; // the oldest line was written
            // That millisecond is done: on with what is older.
            query.since = since;
            query.until = QDateTime::fromMSecsSinceEpoch(*tieMs, Qt::UTC);
            query.after.reset();
            tieMs.reset();
            continue;
        }
        const AccessLogEntry &last = page.value().constLast();
        tieMs = last.loggedAt.toMSecsSinceEpoch();
        query.since = QDateTime::fromMSecsSinceEpoch(*tieMs, Qt::UTC);
        query.until = QDateTime::fromMSecsSinceEpoch(*tieMs + 1, Qt::UTC);
        query.after = AccessLogCache::Key{*tieMs, last.id};
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    qCInfo(lcApp) << "exported" << written << "access-log lines to" << path;
    return written;
}

} // namespace gatehouse
