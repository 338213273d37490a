#pragma once

#include "StoreChange.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace gatehouse::server {

// Where the listening connection goes: the store's PostgreSQL server.
struct ListenTarget
{
    QString host;
    int port = 5432;
    QString user;
    QString password; // never logged
    QString database;
};

// LISTENs for StoreChange notifications on a dedicated PostgreSQL connection,
// in a thread of its own, and reports them with queued signals.
//
// libpq directly, not QSqlDriver::subscribeToNotification: Qt 6.4's QPSQL
// driver ignores PQconsumeInput's failure, so a dropped connection is never
// reported and its socket notifier stays on a dead descriptor. Here a failed
// read or a bad connection status is noticed at once, and TCP keepalives
// notice a silent network loss. A lost connection is opened again (after
// 100 ms, then backing off to 5 s) and announced by listening(true): what was
// committed meanwhile was not announced, so the receiver reads everything.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(ListenTarget target, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    void start();

Q_SIGNALS:
    // LISTEN is in force; `again` after a lost connection was re-established.
    void listening(bool again);
    void lost();
    void changed(const gatehouse::server::StoreChange &change);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside = nullptr; // lives in m_thread
};

} // namespace gatehouse::server
