#include "KumaSyncReader.h"

#include "GrantRepository.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QUuid>

namespace gatehouse::server {

// Made on the caller's thread, then used and destroyed on the reader's.
class KumaSyncReader::Inside : public QObject
{
public:
    explicit Inside(const Store *store)
        : m_store(store)
        , m_connection(u"gatehouse-kuma-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~Inside() override
    {
        if (m_open)
            Store::closeThreadConnection(m_connection);
    }

    std::shared_ptr<const KumaSyncView> read()
    {
        auto view = std::make_shared<KumaSyncView>();
        if (!m_open) {
            view->error = m_store->openThreadConnection(m_connection);
            if (!view->error.isNull())
                return view;
            m_open = true;
        }
        QHash<QString, KumaSyncView::Written> written;
        view->error = readServices();
        if (view->error.isNull())
            view->error = readWritten(&written);
        if (view->error.isNull())
            view->error = readWanted(view.get());
        if (!view->error.isNull())
            return view;
        for (auto it = view->want.cbegin(); it != view->want.cend(); ++it)
            if (!written.contains(it.key()))
                view->missing.append(it.key());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            if (!view->want.contains(it.key()))
                view->unwanted.append(it.key());
            const auto before = m_written.constFind(it.key());
            if (before == m_written.cend() || before->mesh != it->mesh)
                view->writtenAdded.insert(it.key(), *it);
        }
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it)
            if (!written.contains(it.key()))
                view->writtenRemoved.append(it.key());
        m_written = std::move(written);
        return view;
    }

private:
    struct Target
    {
        QString mesh;
        QString meshService;
    };

    Error readServices()
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(u"SELECT name, mesh, kuma_service FROM services"_qs))
            return sql::storeError(u"services"_qs, q.lastError());
        m_targets.clear();
        while (q.next())
            m_targets.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        return {};
    }

    Error readWritten(QHash<QString, KumaSyncView::Written> *written) const
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(u"SELECT grant_id, mesh, written_at FROM mesh_policies"_qs))
            return sql::storeError(u"mesh policies"_qs, q.lastError());
        while (q.next())
            written->insert(q.value(0).toString(),
                            {q.value(1).toString(),
                             QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)});
        return {};
    }

    Error readWanted(KumaSyncView *view) const
    {
        GrantRepository::Filter filter;
        filter.states = {GrantState::Active};
        filter.limit = 100000;
        const auto active = GrantRepository(m_connection).list(filter);
        if (!active)
            return active.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Grant &g : active.value()) {
            if (g.subjectKind != SubjectKind::Service || !g.isEffective(now))
                continue;
            const auto target = m_targets.constFind(g.service);
            if (target == m_targets.cend())
                continue;
            view->want.insert(g.id, {g, target->mesh, target->meshService});
        }
        return {};
    }

    const Store *m_store;
    QString m_connection;
    bool m_open = false;
    QHash<QString, Target> m_targets;                // service name -> where it is in the mesh
    QHash<QString, KumaSyncView::Written> m_written; // as of the previous read
};

KumaSyncReader::KumaSyncReader(const Store *store)
    : m_inside(new Inside(store))
{
    m_thread.setObjectName(u"gatehouse-kuma"_qs);
    m_inside->moveToThread(&m_thread);
    // Deleted on its own thread as that thread ends: the connection is its.
    QObject::connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
    m_thread.start();
}

KumaSyncReader::~KumaSyncReader()
{
    m_thread.quit();
    m_thread.wait();
}

void KumaSyncReader::read(QObject *context, Done done)
{
    QMetaObject::invokeMethod(
        m_inside,
        [inside = m_inside, context, done = std::move(done)] {
            auto view = inside->read();
            QMetaObject::invokeMethod(
                context, [done, view] { done(view); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void KumaSyncReader::dispose(std::shared_ptr<const KumaSyncView> view)
{
    // The functor, and the view with it, is destroyed on the reader's thread.
    QMetaObject::invokeMethod(
        m_inside, [view = std::move(view)] {}, Qt::QueuedConnection);
}

} // namespace gatehouse::server
