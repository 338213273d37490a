#include "cache/AccessLogTextIndexer.h"

#include "AppLogging.h"
#include "cache/AccessLogCache.h"

namespace gatehouse {

AccessLogTextIndexer::AccessLogTextIndexer(AccessLogCache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AccessLogTextIndexer::step);
}

void AccessLogTextIndexer::start()
{
    if (m_cache->isOpen() && !m_timer.isActive())
        m_timer.start();
}

void AccessLogTextIndexer::step()
{
    const auto waiting = m_cache->indexText(m_chunk);
    if (!waiting) {
        qCWarning(lcApp) << "access-log cache: indexing paths failed:" << waiting.error().logText();
        m_timer.stop();
        return;
    }
    if (waiting.value() > 0)
        return;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace gatehouse
