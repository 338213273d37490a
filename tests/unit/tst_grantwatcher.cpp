#include "notify/DesktopNotifier.h"
#include "notify/GrantWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

// What earns a desktop notification, once: your grant about to expire, and a
// request waiting for your approval.
class TestGrantWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notifies_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("requestedBy");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("secondsLeft");
        QTest::addColumn<QString>("expected"); // summary prefix; empty: no notification
        const int active = int(GrantState::Active);
        const int pending = int(GrantState::Pending);
        QTest::newRow("mine, expiring") << u"alice"_qs << u"user"_qs << u"erin"_qs << u"ledger"_qs
                                        << active << 120 << u"Access to ledger ends"_qs;
        QTest::newRow("my group, expiring")
            << u"payments-team"_qs << u"group"_qs << u"erin"_qs << u"ledger"_qs << active << 60
            << u"Access to ledger ends"_qs;
        QTest::newRow("granted by me, expiring")
            << u"bob"_qs << u"user"_qs << u"alice"_qs << u"payments"_qs << active << 240
            << u"Access to payments ends"_qs;
        QTest::newRow("mine, far off") << u"alice"_qs << u"user"_qs << u"erin"_qs << u"ledger"_qs
                                       << active << 3600 << QString();
        QTest::newRow("someone else's")
            << u"carol"_qs << u"user"_qs << u"erin"_qs << u"ledger"_qs << active << 60 << QString();
        QTest::newRow("request on my service")
            << u"bob"_qs << u"user"_qs << u"bob"_qs << u"payments"_qs << pending << 3600
            << u"bob asks for access to payments"_qs;
        QTest::newRow("request on another service")
            << u"bob"_qs << u"user"_qs << u"bob"_qs << u"metrics"_qs << pending << 3600
            << QString();
        QTest::newRow("my own request") << u"alice"_qs << u"user"_qs << u"alice"_qs
                                        << u"payments"_qs << pending << 3600 << QString();
    }
    void notifies()
    {
        QFETCH(QString, subject);
        QFETCH(QString, kind);
        QFETCH(QString, requestedBy);
        QFETCH(QString, service);
        QFETCH(int, state);
        QFETCH(int, secondsLeft);
        QFETCH(QString, expected);
        DesktopNotifier notifier;
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        GrantWatcher watcher(&notifier);
        watcher.setMe(u"alice"_qs, {u"payments-team"_qs});
        watcher.setOwnedServices({u"payments"_qs, u"ledger"_qs});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Grant g;
        g.id = u"g1"_qs;
        parseSubjectKind(kind, &g.subjectKind);
        g.subject = subject;
        g.service = service;
        g.requestedBy = requestedBy;
        g.state = GrantState(state);
        g.startsAt = now.addSecs(-10);
        g.expiresAt = now.addSecs(secondsLeft);
        g.reason = u"testing"_qs;
        watcher.check({g}, now);
        watcher.check({g}, now.addSecs(5)); // once only
        if (expected.isEmpty()) {
            QCOMPARE(spy.count(), 0);
        } else {
            QCOMPARE(spy.count(), 1);
            QVERIFY2(spy.first().first().toString().startsWith(expected),
                     qPrintable(spy.first().first().toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestGrantWatcher)
#include "tst_grantwatcher.moc"
