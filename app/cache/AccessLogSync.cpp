#include "AccessLogSync.h"

#include "AccessLogCache.h"
#include "AppLogging.h"
#include "api/ControlPlaneClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

namespace gatehouse {

namespace {
// The later of two "<microseconds>:<id>" cursors (an empty one is the earliest).
QString later(const QString &a, const QString &b)
{
    const auto key = [](const QString &c) {
        const qsizetype colon = c.indexOf(u':');
        return std::pair(colon < 0 ? -1 : c.left(colon).toLongLong(), c.mid(colon + 1));
    };
    return key(a) < key(b) ? b : a;
}

QString afterQuery(const QString &cursor)
{
    return cursor.isEmpty() ? QString()
                            : u"after="_qs + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
}
} // namespace

AccessLogSync::AccessLogSync(ControlPlaneClient *client, AccessLogCache *cache,
                             const QString &profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_profile(profile)
{}

void AccessLogSync::syncNow()
{
    if (m_running)
        return;
    m_running = true;
    m_stored = 0;
    m_timing = {};
    m_clock.start();
    if (m_mode == Mode::Export)
        fetchExport();
    else
        fetchPage();
}

void AccessLogSync::finish(const Error &error)
{
    m_running = false;
    m_batch.clear();
    m_timing.totalMs = m_clock.elapsed();
    if (!error.isNull()) {
        qCInfo(lcApp) << "access-log sync stopped:" << error.logText();
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT synced(m_stored);
}

void AccessLogSync::fetchExport()
{
    m_batch.clear();
    m_storeError = {};
    m_endSeen = false;
    m_endComplete = false;
    const QString query = afterQuery(m_cache->cursor(m_profile));
    QPointer<AccessLogSync> self(this);
    m_client->getLines(
        u"/v1/access-log/export"_qs + (query.isEmpty() ? QString() : u"?"_qs + query),
        [self](QByteArrayView line) { return self && self->readExportLine(line); },
        [self](LineStreamJob *job) {
            if (self)
                self->exportFinished(job);
        });
}

bool AccessLogSync::readExportLine(QByteArrayView line)
{
    QElapsedTimer parse;
    parse.start();
    QJsonParseError error;
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error).object();
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcApp) << "access-log export: unreadable line:" << error.errorString();
        return false; // the stream is broken: resume from the last stored chunk
    }
    if (!o.contains(u"cursor")) {
        auto entry = AccessLogEntry::fromJson(o);
        if (entry)
            m_batch.append(std::move(entry.value()));
        else
            qCWarning(lcApp) << "skipped an access-log line:" << entry.error().logText();
        m_timing.parseMs += parse.elapsed();
        return true;
    }
    m_timing.parseMs += parse.elapsed();
    // A cursor line closes a chunk: its lines are stored with it, at once.
    const QString cursor = o.value(u"cursor").toString();
    QElapsedTimer store;
    store.start();
    if (m_batch.isEmpty() && cursor == m_cache->cursor(m_profile)) {
        // Nothing new (a live follow asks every second): nothing to write.
    } else if (Error e = m_cache->store(m_profile, m_batch, cursor); !e.isNull()) {
        m_storeError = e;
        return false;
    }
    m_timing.storeMs += store.elapsed();
    m_stored += int(m_batch.size());
    m_batch.clear();
    if (o.contains(u"end")) {
        m_endSeen = true;
        m_endComplete = o.value(u"end").toBool();
    }
    return true;
}

void AccessLogSync::exportFinished(LineStreamJob *job)
{
    m_timing.bytes += job->bytesRead();
    if (!m_storeError.isNull())
        return finish(m_storeError);
    if (job->httpStatus() == 404 && job->bytesRead() == 0) {
        // A gatehoused from before the export: pages from now on.
        qCInfo(lcApp) << "access-log export not offered; reading pages";
        m_mode = Mode::Pages;
        return fetchPage();
    }
    if (!job->error().isNull())
        return finish(job->error());
    if (!m_endSeen)
        return finish(Error{u"access_log.interrupted"_qs,
                            tr("The access log stopped arriving before its end."),
                            u"export ended without its last line"_qs});
    if (!m_endComplete)
        return fetchExport(); // more was stored while this export ran
    finish({});
}

void AccessLogSync::fetchPage()
{
    const QString cursor = m_cache->cursor(m_profile);
    QString path = u"/v1/access-log?limit=%1"_qs.arg(m_pageSize);
    if (!cursor.isEmpty())
        path += u"&"_qs + afterQuery(cursor);
    m_client->get(path, [self = QPointer<AccessLogSync>(this), cursor](ApiJob *job) {
        if (self)
            self->readPage(job, cursor);
    });
}

void AccessLogSync::readPage(ApiJob *job, const QString &cursor)
{
    if (!job->error().isNull())
        return finish(job->error());
    QElapsedTimer parse;
    parse.start();
    const QJsonArray items = job->object().value(u"items").toArray();
    QList<AccessLogEntry> lines;
    lines.reserve(items.size());
    for (const auto &item : items) {
        auto line = AccessLogEntry::fromJson(item.toObject());
        if (line)
            lines.append(line.value());
        else
            qCWarning(lcApp) << "skipped an access-log line:" << line.error().logText();
    }
    m_timing.parseMs += parse.elapsed();
    const QString next = job->object().value(u"next").toString();
    // Servers since the export give the position to continue from on every
    // page. Older ones give none at the end: there the last line's time makes
    // a cursor at or before it (the API's times have milliseconds, its cursor
    // microseconds); the one this page was asked with is another. The later
    // of the two loses nothing and asks again for at most a page (lines seen
    // again replace themselves).
    QString resume = job->object().value(u"cursor").toString();
    if (resume.isEmpty())
        resume = next;
    if (resume.isEmpty())
        resume =
            later(cursor, lines.isEmpty()
                              ? QString()
                              : u"%1:%2"_qs.arg(lines.last().loggedAt.toMSecsSinceEpoch() * 1000)
                                    .arg(lines.last().id));
    if (lines.isEmpty() && resume == cursor)
        return finish({});
    QElapsedTimer store;
    store.start();
    if (Error e = m_cache->store(m_profile, lines, resume); !e.isNull())
        return finish(e);
    m_timing.storeMs += store.elapsed();
    m_stored += int(lines.size());
    if (!next.isEmpty())
        return fetchPage();
    finish({});
}

} // namespace gatehouse
