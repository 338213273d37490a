#include "GraphLayout.h"

#include "GraphLogging.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace gatehouse::graph {

namespace {

// One worker for every layout of the process: Graphviz is not thread-safe,
// and a queue of one keeps superseded requests from piling up CPU time.
QThreadPool *layoutPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setObjectName(u"graphLayoutPool"_qs);
        return p;
    }();
    return pool;
}

} // namespace

GraphLayout::GraphLayout(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<LayoutResult>();
}

GraphLayout::~GraphLayout()
{
    // Anything still queued for this object is pointless now.
    m_latest->store(~quint64(0));
}

LayoutResult GraphLayout::run(const LayoutRequest &request)
{
    return runGraphviz(request);
}

quint64 GraphLayout::request(const LayoutRequest &request)
{
    const quint64 ticket = m_latest->fetch_add(1) + 1;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    ++m_running;
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, ticket] {
        --m_running;
        watcher->deleteLater();
        LayoutResult result = watcher->result();
        if (ticket != m_latest->load() || result.ticket != ticket) {
            qCDebug(lcGraph) << "layout" << ticket << "superseded";
            return;
        }
        Q_EMIT finished(result);
    });
    watcher->setFuture(QtConcurrent::run(layoutPool(), [request, latest, ticket] {
        if (latest->load() != ticket)
            return LayoutResult{}; // superseded while waiting: skip the work
        LayoutResult result = runGraphviz(request);
        result.ticket = ticket;
        return result;
    }));
    return ticket;
}

} // namespace gatehouse::graph
