#include "ChangeNotifier.h"

#include "ServerLogging.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <libpq-fe.h>

namespace gatehouse::server {

// Made, used and destroyed in the notifier's thread.
class ChangeNotifier::Inside : public QObject
{
public:
    Inside(ChangeNotifier *outer, ListenTarget target)
        : m_outer(outer)
        , m_target(std::move(target))
        , m_retry(this)
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, &Inside::open);
    }
    ~Inside() override { drop(); }

    void open()
    {
        const QByteArray host = m_target.host.toUtf8();
        const QByteArray port = QByteArray::number(m_target.port);
        const QByteArray user = m_target.user.toUtf8();
        const QByteArray password = m_target.password.toUtf8();
        const QByteArray database = m_target.database.toUtf8();
        // Keepalives: a peer that vanished without closing is noticed in ~15 s.
        const char *keys[] = {"host",
                              "port",
                              "user",
                              "password",
                              "dbname",
                              "application_name",
                              "keepalives",
                              "keepalives_idle",
                              "keepalives_interval",
                              "keepalives_count",
                              "connect_timeout",
                              nullptr};
        const char *values[] = {host.constData(),
                                port.constData(),
                                user.isEmpty() ? nullptr : user.constData(),
                                password.isEmpty() ? nullptr : password.constData(),
                                database.constData(),
                                "gatehoused-listen",
                                "1",
                                "5",
                                "2",
                                "5",
                                "5",
                                nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            failed(u"cannot connect: "_qs + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            return;
        }
        PGresult *listen = PQexec(m_conn, "LISTEN gatehouse_changes");
        const bool ok = PQresultStatus(listen) == PGRES_COMMAND_OK;
        PQclear(listen);
        if (!ok || PQsetnonblocking(m_conn, 1) != 0) {
            failed(u"LISTEN failed: "_qs + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            return;
        }
        m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &Inside::readable);
        const bool again = m_everListened;
        m_everListened = true;
        m_backoffMs = kFirstRetryMs;
        if (again)
            qCInfo(lcReplicas) << "change listener: listening again";
        else
            qCInfo(lcReplicas) << "change listener: listening for other replicas' changes";
        Q_EMIT m_outer->listening(again);
        // Anything that arrived with the LISTEN's answer.
        readable();
    }

private:
    static constexpr int kFirstRetryMs = 100;
    static constexpr int kMaxRetryMs = 5000;

    void readable()
    {
        if (!m_conn)
            return;
        if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK) {
            failed(u"connection lost: "_qs + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
            return;
        }
        while (PGnotify *n = PQnotifies(m_conn)) {
            StoreChange change;
            if (StoreChange::fromPayload(QByteArray(n->extra), &change))
                Q_EMIT m_outer->changed(change);
            else
                qCWarning(lcReplicas) << "change listener: ignored a notification it cannot read";
            PQfreemem(n);
        }
    }

    void failed(const QString &why)
    {
        const bool wasListening = m_notifier != nullptr;
        drop();
        qCWarning(lcReplicas).noquote()
            << "change listener:" << why << "- trying again in" << m_backoffMs << "ms";
        if (wasListening)
            Q_EMIT m_outer->lost();
        m_retry.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kMaxRetryMs);
    }

    void drop()
    {
        delete m_notifier;
        m_notifier = nullptr;
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
    }

    ChangeNotifier *m_outer;
    ListenTarget m_target;
    PGconn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry; // a child, so it moves to the thread with this
    int m_backoffMs = kFirstRetryMs;
    bool m_everListened = false;
};

ChangeNotifier::ChangeNotifier(ListenTarget target, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StoreChange>();
    m_thread.setObjectName(u"gatehoused-listen"_qs);
    m_inside = new Inside(this, std::move(target));
    m_inside->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_inside, &QObject::deleteLater);
}

ChangeNotifier::~ChangeNotifier()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeNotifier::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_inside, &Inside::open, Qt::QueuedConnection);
}

} // namespace gatehouse::server
