#include "GrantsFilterModel.h"
#include "GrantsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace gatehouse;

namespace {
Grant grant(const QString &id, const QString &subject, const QString &service, GrantState state,
            const QDateTime &now, int secondsLeft)
{
    Grant g;
    g.id = id;
    g.subject = subject;
    g.service = service;
    g.methods = {u"GET"_qs};
    g.pathPrefixes = {u"/"_qs};
    g.state = state;
    g.startsAt = now.addSecs(-60);
    g.expiresAt = now.addSecs(secondsLeft);
    g.reason = u"incident "_qs + id;
    g.requestedBy = u"alice"_qs;
    return g;
}
} // namespace

class TestGrantsModel : public QObject
{
    Q_OBJECT
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    QList<Grant> sample() const
    {
        return {grant(u"g1"_qs, u"bob"_qs, u"payments"_qs, GrantState::Active, m_now, 90),
                grant(u"g2"_qs, u"carol"_qs, u"ledger"_qs, GrantState::Pending, m_now, 3600),
                grant(u"g3"_qs, u"dave"_qs, u"payments"_qs, GrantState::Expired, m_now, -10),
                grant(u"g4"_qs, u"bob"_qs, u"ledger"_qs, GrantState::Revoked, m_now, 100)};
    }

private Q_SLOTS:
    void modelAndProxyPassTheTester()
    {
        GrantsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        GrantsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        model.setGrants(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(filter.rowCount(), 2); // active and pending by default
        model.setGrants(sample());      // same ids: updated in place
        auto fewer = sample();
        fewer.removeFirst();
        model.setGrants(fewer);
        QCOMPARE(model.rowCount(), 3);
        model.setGrants({});
        QCOMPARE(filter.rowCount(), 0);
    }

    // A grant returned by a change goes in at once: new ones first, changed
    // ones in place (the filter follows: a revoked grant leaves the default view).
    void oneReturnedGrantUpdatesItsRow()
    {
        GrantsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        GrantsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        model.setGrants(sample());
        const Grant fresh =
            grant(u"g5"_qs, u"erin"_qs, u"payments"_qs, GrantState::Active, m_now, 60);
        model.setGrant(fresh);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data(GrantsModel::GrantIdRole).toString(), u"g5"_qs);
        QCOMPARE(filter.rowCount(), 3);
        Grant revoked = fresh;
        revoked.state = GrantState::Revoked;
        model.setGrant(revoked);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.grantById(u"g5"_qs)->state == GrantState::Revoked);
        QCOMPARE(filter.rowCount(), 2);
    }

    void countdownMovesWithTheClock()
    {
        GrantsModel model;
        model.setNow(m_now);
        model.setGrants(sample());
        const QModelIndex left = model.index(0, GrantsModel::TimeLeftColumn);
        QCOMPARE(left.data().toString(), u"1m30s"_qs);
        model.setNow(m_now.addSecs(60));
        QCOMPARE(left.data().toString(), u"30s"_qs);
        QCOMPARE(model.index(1, GrantsModel::TimeLeftColumn).data().toString(), QString());
        QCOMPARE(model.index(0, GrantsModel::StateColumn).data().toString(), u"Active"_qs);
        QCOMPARE(model.index(0, GrantsModel::ScopeColumn).data().toString(), u"GET"_qs);
    }

    void filters_data()
    {
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        const auto s = [](std::initializer_list<GrantState> l) {
            QList<int> out;
            for (GrantState g : l)
                out.append(int(g));
            return out;
        };
        QTest::newRow("default") << s({GrantState::Active, GrantState::Pending}) << QString()
                                 << QStringList{u"g1"_qs, u"g2"_qs};
        QTest::newRow("ended") << s({GrantState::Expired, GrantState::Revoked}) << QString()
                               << QStringList{u"g3"_qs, u"g4"_qs};
        QTest::newRow("text: subject") << s({GrantState::Active, GrantState::Pending,
                                             GrantState::Expired, GrantState::Revoked})
                                       << u"BOB"_qs << QStringList{u"g1"_qs, u"g4"_qs};
        QTest::newRow("text: service") << s({GrantState::Active, GrantState::Pending})
                                       << u"ledger"_qs << QStringList{u"g2"_qs};
        QTest::newRow("text: reason")
            << s({GrantState::Expired}) << u"incident g3"_qs << QStringList{u"g3"_qs};
        QTest::newRow("nothing") << s({GrantState::Active}) << u"zzz"_qs << QStringList{};
    }
    void filters()
    {
        QFETCH(QList<int>, states);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        GrantsModel model;
        model.setGrants(sample());
        GrantsFilterModel filter;
        filter.setSourceModel(&model);
        QSet<GrantState> set;
        for (int st : states)
            set.insert(GrantState(st));
        filter.setStates(set);
        filter.setText(text);
        QStringList shown;
        for (int r = 0; r < filter.rowCount(); ++r)
            shown.append(filter.index(r, 0).data(GrantsModel::GrantIdRole).toString());
        shown.sort();
        QCOMPARE(shown, ids);
    }
};

QTEST_GUILESS_MAIN(TestGrantsModel)
#include "tst_grantsmodel.moc"
