#include "cache/AccessLogExport.h"

#include "AppLogging.h"
#include "cache/AccessLogWindows.h"
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
    query.after.reset();
    query.newerThan.reset();
    query.limit = std::max(1, window);
    if (progress && !progress(0, total.value())) {
        file.cancelWriting();
        return Error{u"export.cancelled"_qs, tr("The export was cancelled."), {}};
    }
    std::optional<AccessLogCache::Key> last;
    for (;;) {
        const auto page = last ? accessLogWindowAfter(cache, profile, query, *last, query.limit)
                               : cache.page(profile, query);
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
        if (page.value().size() < query.limit)
            break;
        const AccessLogEntry &e = page.value().constLast();
        last = AccessLogCache::Key{e.loggedAt.toMSecsSinceEpoch(), e.id};
    }
    if (!file.commit())
        return fileError(path, file.errorString());
    qCInfo(lcApp) << "exported" << written << "access-log lines to" << path;
    return written;
}

} // namespace gatehouse
