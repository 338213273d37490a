#include "LogWorker.h"

#include "AccessLogIngest.h"
#include "AccessLogReceiver.h"
#include "DecisionLog.h"
#include "LogRetention.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QTimer>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace gatehouse::server {

namespace {
// Read per turn of the thread's event loop while catching up (one
// transaction), so a decision-log flush or a stop waits for one turn at most.
constexpr qint64 kReadBudget = AccessLogIngest::kCommitBytes;
} // namespace

// Everything here is made, used and destroyed in the worker's thread.
class LogWorker::Inside : public QObject
{
public:
    explicit Inside(LogWorker *outer)
        : m_outer(outer)
        , m_connection(u"gatehouse-logs-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}

    Error open()
    {
        if (Error e = m_outer->m_store->openThreadConnection(m_connection); !e.isNull())
            return e;
        if (Error e = relaxSync(); !e.isNull())
            return e;
        if (m_outer->m_options.yieldToDecisions)
            yieldToDecisions();
        const Options &o = m_outer->m_options;
        if (!o.accessLog.isEmpty()) {
            m_file = new AccessLogIngest(m_connection, o.accessLog, this, 0);
            m_file->setReadBudget(kReadBudget);
            m_source = m_file;
            m_poll = new QTimer(this);
            m_poll->setInterval(250);
            connect(m_poll, &QTimer::timeout, this, &Inside::pollFile);
            m_poll->start();
            QTimer::singleShot(0, this, &Inside::pollFile);
        } else if (o.netPort != 0) {
            auto *receiver = new AccessLogReceiver(m_connection, o.netAddress, o.netPort, this);
            m_source = receiver;
            Error error;
            if (receiver->listen(&error) == 0)
                return error;
        }
        if (m_source)
            m_source->setOnChange([this] { publish(); });
        if (o.decisions) {
            m_decisions = new QTimer(this);
            m_decisions->setInterval(200);
            connect(m_decisions, &QTimer::timeout, this, &Inside::writeDecisions);
            m_decisions->start();
        }
        m_retention = new QTimer(this);
        m_retention->setInterval(o.retentionInterval);
        connect(m_retention, &QTimer::timeout, this, &Inside::applyRetention);
        m_retention->start();
        QTimer::singleShot(0, this, &Inside::applyRetention);
        publish();
        return {};
    }

    Error writeDecisions()
    {
        const Error e = m_outer->m_options.decisions->write(m_connection);
        if (!e.isNull())
            qCWarning(lcServer) << "decision log:" << e.logText();
        return e;
    }

    void close()
    {
        if (m_decisions)
            (void)writeDecisions();
        if (m_source)
            m_source->setOnChange({});
        // The receiver stores what it holds when it goes.
        qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
        m_source = nullptr;
        m_file = nullptr;
        m_decisions = nullptr;
        if (m_outer->m_options.decisions)
            m_outer->m_options.decisions->releaseConnection(m_connection);
        Store::closeThreadConnection(m_connection);
    }

private:
    // In WAL mode, NORMAL keeps the database consistent and loses nothing
    // committed when gatehoused crashes; it skips the WAL's fsync at each
    // commit (one per 256 KiB of log), syncing at checkpoints instead. A
    // power loss can then drop the commits since the last checkpoint: for
    // access-log lines that is harmless (the file position commits with
    // them, so they are read again), for the decision log it is a few
    // seconds of records rather than the last batch, retention runs again
    // a minute later. Grants and audit records go through the main
    // connection, still FULL.
    Error relaxSync()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.driverName() != u"QSQLITE")
            return {};
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA synchronous=NORMAL"_qs))
            return sql::storeError(u"PRAGMA synchronous"_qs, q.lastError());
        return {};
    }

    // Catching up on a large log keeps this thread busy for seconds: on a
    // machine with few cores it would take turns with the edge listener's
    // threads as an equal, and a decision would wait for its slice. A nice
    // value of 10 for this thread alone (Linux keeps one per thread) gives
    // the deciding threads about nine times its share whenever both want the
    // CPU; when they are idle, ingest has it all.
    static void yieldToDecisions()
    {
#ifdef Q_OS_LINUX
        const auto tid = id_t(::gettid());
        errno = 0;
        const int nice = ::getpriority(PRIO_PROCESS, tid);
        if (errno == 0 && ::setpriority(PRIO_PROCESS, tid, std::min(nice + 10, 19)) != 0)
            qCInfo(lcServer) << "log worker: cannot lower its priority:" << qt_error_string(errno);
#endif
    }

    void pollFile()
    {
        if (Error e = m_file->poll(); !e.isNull())
            qCWarning(lcServer) << "access log:" << e.logText();
        else if (m_file->hasMore())
            QTimer::singleShot(0, this, &Inside::pollFile); // catching up: go on at once
    }

    void publish()
    {
        if (!m_source)
            return;
        m_outer->m_lines = m_source->linesStored();
        m_outer->m_malformed = m_source->linesMalformed();
        m_outer->m_lag = m_source->lagBytes();
    }

    void applyRetention()
    {
        if (!m_retaining)
            retainUntil(QDateTime::currentDateTimeUtc());
    }
    // A few batches per turn of this thread's event loop, so that ingest and
    // the API's decision writes go on between them.
    void retainUntil(const QDateTime &now)
    {
        bool more = false;
        const auto deleted =
            LogRetention(m_connection, m_outer->m_options.retention).apply(now, 5, &more);
        if (!deleted)
            qCWarning(lcServer) << "retention:" << deleted.error().logText();
        m_retaining = deleted.ok() && more;
        if (m_retaining)
            QTimer::singleShot(0, this, [this, now] { retainUntil(now); });
    }
    bool m_retaining = false;

    LogWorker *m_outer;
    QString m_connection;
    AccessLogSource *m_source = nullptr;
    AccessLogIngest *m_file = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_retention = nullptr;
    QTimer *m_decisions = nullptr;
};

LogWorker::LogWorker(const Store *store, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    m_thread.setObjectName(u"gatehouse-logs"_qs);
}

LogWorker::~LogWorker()
{
    if (!m_inside)
        return;
    if (m_options.decisions)
        m_options.decisions->setWriter({}); // written here again from now on
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_inside, [this] { m_inside->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_inside;
}

Error LogWorker::start()
{
    m_inside = new Inside(this);
    m_inside->moveToThread(&m_thread);
    m_thread.start();
    Error error;
    QMetaObject::invokeMethod(
        m_inside, [this, &error] { error = m_inside->open(); }, Qt::BlockingQueuedConnection);
    if (error.isNull() && m_options.decisions) {
        m_options.decisions->setWriter([this] {
            if (QThread::currentThread() == &m_thread)
                return m_inside->writeDecisions();
            Error e;
            QMetaObject::invokeMethod(
                m_inside, [this, &e] { e = m_inside->writeDecisions(); },
                Qt::BlockingQueuedConnection);
            return e;
        });
    }
    if (!error.isNull()) {
        QMetaObject::invokeMethod(
            m_inside, [this] { m_inside->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    return error;
}

} // namespace gatehouse::server
