#include "AccessLogSync.h"

#include "AccessLogCache.h"
#include "AppLogging.h"
#include "api/ControlPlaneClient.h"

#include <QJsonArray>
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
    fetchPage();
}

void AccessLogSync::fetchPage()
{
    const QString cursor = m_cache->cursor(m_profile);
    QString path = u"/v1/access-log?limit=%1"_qs.arg(m_pageSize);
    if (!cursor.isEmpty())
        path += u"&after="_qs + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_client->get(path, [self = QPointer<AccessLogSync>(this), cursor](ApiJob *job) {
        if (self)
            self->readPage(job, cursor);
    });
}

void AccessLogSync::readPage(ApiJob *job, const QString &cursor)
{
    if (!job->error().isNull()) {
        m_running = false;
        qCInfo(lcApp) << "access-log sync stopped:" << job->error().logText();
        Q_EMIT failed(job->error());
        return;
    }
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
    const QString next = job->object().value(u"next").toString();
    // At the end the server gives no cursor. The API's times have
    // milliseconds and its cursor microseconds, so the last line's time
    // makes a cursor at or before it; the one this page was asked with
    // is another. The later of the two loses nothing and asks again for
    // at most a page (lines seen again replace themselves).
    QString resume = next;
    if (resume.isEmpty())
        resume =
            later(cursor, lines.isEmpty()
                              ? QString()
                              : u"%1:%2"_qs.arg(lines.last().loggedAt.toMSecsSinceEpoch() * 1000)
                                    .arg(lines.last().id));
    if (lines.isEmpty() && resume == cursor) {
        m_running = false;
        Q_EMIT synced(m_stored);
        return;
    }
    if (Error e = m_cache->store(m_profile, lines, resume); !e.isNull()) {
        m_running = false;
        Q_EMIT failed(e);
        return;
    }
    m_stored += int(lines.size());
    if (!next.isEmpty())
        return fetchPage();
    m_running = false;
    Q_EMIT synced(m_stored);
}

} // namespace gatehouse
