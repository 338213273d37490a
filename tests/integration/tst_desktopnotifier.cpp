#include "grants/Grant.h"
#include "notify/DesktopNotifier.h"
#include "notify/GrantWatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

namespace {

// A desktop notification server (freedesktop Desktop Notifications spec 1.2)
// with its own connection to the session bus: what the console sends travels
// through the bus daemon to it, as to GNOME Shell or Plasma.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        received.append(
            {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {u"body"_qs}; }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Gatehouse tests"_qs;
        version = u"1"_qs;
        specVersion = u"1.2"_qs;
        return u"test-notifications"_qs;
    }
};

const QString kService = u"org.freedesktop.Notifications"_qs;

} // namespace

// The console's desktop notifications reach a real org.freedesktop.Notifications
// service on the session bus (run under dbus-run-session, so the test owns the
// bus and the name), with the summary and body a person would read.
class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    NotificationServer m_server;
    QDBusConnection m_serverBus{u"unused"_qs};

    static Grant grant(GrantState state, const QString &subject, const QString &requestedBy,
                       const QDateTime &now, qint64 secondsLeft)
    {
        Grant g;
        g.id = u"g-%1-%2"_qs.arg(subject, requestedBy);
        g.subjectKind = SubjectKind::User;
        g.subject = subject;
        g.service = u"ledger"_qs;
        g.requestedBy = requestedBy;
        g.state = state;
        g.startsAt = now.addSecs(-60);
        g.expiresAt = now.addSecs(secondsLeft);
        g.reason = u"month-end close"_qs;
        return g;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test under dbus-run-session");
        m_serverBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notification-server"_qs);
        QVERIFY(m_serverBus.isConnected());
        QVERIFY(m_serverBus.registerObject(u"/org/freedesktop/Notifications"_qs, &m_server,
                                           QDBusConnection::ExportAllSlots));
        QVERIFY2(m_serverBus.registerService(kService),
                 "org.freedesktop.Notifications is taken: run under dbus-run-session");
        // The console's connection sees the service on the bus, owned by another connection.
        const auto owner = QDBusConnection::sessionBus().interface()->serviceOwner(kService);
        QVERIFY(owner.isValid());
        QVERIFY(owner.value() != QDBusConnection::sessionBus().baseService());
    }
    void init() { m_server.received.clear(); }
    void cleanupTestCase()
    {
        m_serverBus.unregisterService(kService);
        QDBusConnection::disconnectFromBus(u"notification-server"_qs);
    }

    void grantAboutToExpireIsShown()
    {
        DesktopNotifier notifier;
        QSignalSpy notified(&notifier, &DesktopNotifier::notified);
        GrantWatcher watcher(&notifier);
        watcher.setMe(u"alice"_qs, {});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Grant g = grant(GrantState::Active, u"alice"_qs, u"erin"_qs, now, 120);
        watcher.check({g}, now);

        QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 1, 15000);
        const auto &n = m_server.received.first();
        QCOMPARE(n.appName, u"Gatehouse"_qs);
        QVERIFY2(n.summary.startsWith(u"Access to ledger ends in "_qs), qPrintable(n.summary));
        QCOMPARE(n.body, u"Your access to ledger expires at %1."_qs.arg(
                             g.expiresAt.toLocalTime().time().toString()));
        QCOMPARE(n.replacesId, 0u);
        QCOMPARE(n.expireTimeout, -1); // the server's default
        QCOMPARE(n.hints.value(u"desktop-entry"_qs).toString(), u"io.gatehouse.Gatehouse"_qs);
        // What the console says it showed is what the server got.
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), n.summary);
        QCOMPARE(notified.first().at(1).toString(), n.body);
    }

    void requestWaitingForMeIsShown()
    {
        DesktopNotifier notifier;
        GrantWatcher watcher(&notifier);
        watcher.setMe(u"alice"_qs, {});
        watcher.setOwnedServices({u"ledger"_qs});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        watcher.check({grant(GrantState::Pending, u"bob"_qs, u"bob"_qs, now, 3600)}, now);

        QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 1, 15000);
        const auto &n = m_server.received.first();
        QCOMPARE(n.summary, u"bob asks for access to ledger"_qs);
        QVERIFY2(n.body.startsWith(u"bob for "_qs), qPrintable(n.body));
        QVERIFY2(n.body.endsWith(u": “month-end close”. Open Gatehouse to approve or deny."_qs),
                 qPrintable(n.body));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
