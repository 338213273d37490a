#include "notify/DesktopNotifier.h"
#include "notify/ReviewWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;

namespace {
ReviewCampaign open(const QString &id, const QStringList &services)
{
    ReviewCampaign c;
    c.id = id;
    c.name = u"Q4 review"_qs;
    c.dueAt = QDateTime(QDate(2026, 12, 22), QTime(9, 0), Qt::UTC);
    int n = 0;
    for (const QString &s : services) {
        ReviewItem i;
        i.id = QString::number(++n);
        i.service = s;
        i.subject = u"bob"_qs;
        c.items.append(i);
    }
    return c;
}
} // namespace

// One notification when review items on my services become due, counting
// only those; never twice for the same items.
class TestReviewWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notifiesOncePerNewItems()
    {
        DesktopNotifier notifier;
        QSignalSpy spy(&notifier, &DesktopNotifier::notified);
        ReviewWatcher watcher(&notifier);
        watcher.setOwnedServices({u"payments"_qs, u"ledger"_qs});

        watcher.check({open(u"a"_qs, {u"metrics"_qs})}); // not mine
        QCOMPARE(spy.size(), 0);
        const ReviewCampaign a = open(u"a"_qs, {u"payments"_qs, u"ledger"_qs, u"metrics"_qs});
        watcher.check({a});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"Access reviews due (2)"_qs);
        QVERIFY(spy.at(0).at(1).toString().contains(u"“Q4 review”"_qs));
        watcher.check({a}); // the next poll: nothing new
        QCOMPARE(spy.size(), 1);

        ReviewCampaign decided = open(u"b"_qs, {u"payments"_qs});
        decided.items[0].decision = ReviewDecision::Keep;
        ReviewCampaign closed = open(u"c"_qs, {u"payments"_qs});
        closed.state = ReviewCampaign::State::Closed;
        watcher.check({a, decided, closed});
        QCOMPARE(spy.size(), 1);

        watcher.check({a, open(u"d"_qs, {u"ledger"_qs})});
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), u"Access reviews due (1)"_qs);

        watcher.reset(); // signed out and in again: told again
        watcher.check({a});
        QCOMPARE(spy.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestReviewWatcher)
#include "tst_reviewwatcher.moc"
