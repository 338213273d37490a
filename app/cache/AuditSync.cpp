#include "AuditSync.h"

#include "AppLogging.h"
#include "AuditCache.h"
#include "api/ControlPlaneClient.h"

#include <QJsonArray>
#include <QPointer>

namespace gatehouse {

AuditSync::AuditSync(ControlPlaneClient *client, AuditCache *cache, const QString &profile,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_profile(profile)
{}

void AuditSync::syncNow(bool full)
{
    if (m_running) {
        m_fullPending = m_fullPending || full;
        return;
    }
    m_running = true;
    m_full = full;
    m_stored = 0;
    m_headTries = 0;
    fetchPage(full ? 0 : m_cache->lastSeq(m_profile));
}

void AuditSync::fail(ApiJob *job)
{
    m_running = false;
    qCInfo(lcApp) << "audit sync stopped:" << job->error().logText();
    Q_EMIT failed(job->error(), job->httpStatus());
}

void AuditSync::fetchHead()
{
    m_client->get(u"/v1/audit/head"_qs, [self = QPointer<AuditSync>(this)](ApiJob *job) {
        if (!self)
            return;
        if (!job->error().isNull())
            return self->fail(job);
        const auto head = SignedHead::fromJson(job->object());
        if (!head) {
            self->m_running = false;
            Q_EMIT self->failed(head.error(), job->httpStatus());
            return;
        }
        // The head after the records: the chain only grows, so a head
        // below the last record synced means the server lost its tail. A
        // head beyond it means records were added meanwhile: read them too.
        if (Error e = self->m_cache->storeHead(self->m_profile, head.value()); !e.isNull())
            qCWarning(lcApp) << "audit head not cached:" << e.logText();
        const qint64 last = self->m_cache->lastSeq(self->m_profile);
        if (head->seq > last && ++self->m_headTries < 3)
            return self->fetchPage(last);
        self->finish();
    });
}

void AuditSync::finish()
{
    m_running = false;
    Q_EMIT synced(m_stored, m_full);
    if (m_fullPending) {
        m_fullPending = false;
        syncNow(true);
    }
}

void AuditSync::fetchPage(qint64 after)
{
    const QString path = u"/v1/audit?after=%1&limit=%2"_qs.arg(after).arg(m_pageSize);
    m_client->get(path, [self = QPointer<AuditSync>(this)](ApiJob *job) {
        if (!self)
            return;
        if (!job->error().isNull())
            return self->fail(job);
        QList<AuditRecord> records;
        for (const auto &item : job->object().value(u"items").toArray()) {
            auto record = AuditRecord::fromJson(item.toObject());
            if (!record) {
                qCWarning(lcApp) << "audit record unreadable:" << record.error().logText();
                self->m_running = false;
                Q_EMIT self->failed(record.error(), job->httpStatus());
                return;
            }
            records.append(record.value());
        }
        if (Error e = self->m_cache->store(self->m_profile, records); !e.isNull()) {
            qCWarning(lcApp) << "audit records not cached:" << e.logText();
            self->m_running = false;
            Q_EMIT self->failed(e, 0);
            return;
        }
        self->m_stored += int(records.size());
        qCDebug(lcApp) << "audit page:" << records.size() << "records";
        const QJsonValue next = job->object().value(u"next");
        if (next.isDouble())
            return self->fetchPage(qint64(next.toDouble()));
        self->fetchHead();
    });
}

} // namespace gatehouse
