#include "AccessLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace gatehouse;

namespace {
const QDateTime kStart = QDateTime::fromString(u"2026-12-07T16:00:00.000Z"_qs, Qt::ISODateWithMs);

// A log of `n` lines, newest first, served in windows the way the cache
// serves them; counts what was asked for.
struct FakeLog
{
    QList<AccessLogEntry> lines;
    int calls = 0;
    int largestWindow = 0;

    explicit FakeLog(int n)
    {
        for (int i = n - 1; i >= 0; --i) {
            AccessLogEntry e;
            e.id = u"line-%1"_qs.arg(i, 5, 10, QChar(u'0'));
            e.loggedAt = kStart.addMSecs(i);
            e.method = u"GET"_qs;
            e.host = u"payments.localhost"_qs;
            e.path = u"/v1/charges/%1"_qs.arg(i);
            e.status = i % 10 == 0 ? 503 : 200;
            e.durationUs = 1500;
            e.size = 2048;
            e.remoteIp = u"10.0.0.1"_qs;
            e.userId = u"bob"_qs;
            e.hasDecision = true;
            e.subject = u"bob"_qs;
            e.service = u"payments"_qs;
            e.allowed = i % 3 != 0;
            e.grantId = e.allowed ? u"42"_qs : QString();
            e.reason = e.allowed ? u"grant 42"_qs : u"no grant covers GET"_qs;
            e.flagged = i == 7;
            lines.append(e);
        }
    }
    AccessLogModel::PageSource source()
    {
        return [this](const AccessLogEntry *after, int limit) -> Result<QList<AccessLogEntry>> {
            ++calls;
            largestWindow = std::max(largestWindow, limit);
            qsizetype start = 0;
            if (after) {
                while (start < lines.size() && lines.at(start).id != after->id)
                    ++start;
                ++start;
            }
            return lines.mid(start, limit);
        };
    }
};
} // namespace

// The access-log table: windows read on demand, under the model tester.
class TestAccessLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWindowsOnDemandNeverTheWholeLog()
    {
        FakeLog log(1000);
        AccessLogModel model;
        model.setPageSize(100);
        model.setSource(log.source());
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(log.largestWindow, 100);
        QCOMPARE(model.index(0, AccessLogModel::PathColumn).data().toString(),
                 u"/v1/charges/999"_qs);
        QCOMPARE(model.index(199, AccessLogModel::PathColumn).data().toString(),
                 u"/v1/charges/800"_qs);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(log.calls, 11); // ten full windows and the empty one that ends it
    }

    void passesTheModelTesterWhileFetchingAndReloading()
    {
        FakeLog log(450);
        AccessLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setSource(log.source());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        model.reload();
        QVERIFY(model.rowCount() < 450);
        model.setSource({});
        QCOMPARE(model.rowCount(), 0);
    }

    void anEmptyLogHasNoRowsAndNothingToFetch()
    {
        FakeLog log(0);
        AccessLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(log.source());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void aFailedReadIsReportedAndEndsTheList()
    {
        AccessLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource([](const AccessLogEntry *, int) -> Result<QList<AccessLogEntry>> {
            return Error{u"cache.error"_qs, u"The local cache could not be read."_qs, {}};
        });
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.lastError().code, u"cache.error"_qs);
    }

    void columnsShowWhatWasLogged_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        // Row r is line 999 - r.
        QTest::newRow("caller") << 0 << int(AccessLogModel::CallerColumn) << u"bob"_qs;
        QTest::newRow("service") << 0 << int(AccessLogModel::ServiceColumn) << u"payments"_qs;
        QTest::newRow("method") << 0 << int(AccessLogModel::MethodColumn) << u"GET"_qs;
        QTest::newRow("status 5xx") << 9 << int(AccessLogModel::StatusColumn) << u"503"_qs;
        QTest::newRow("denied") << 0 << int(AccessLogModel::DecisionColumn) << u"deny"_qs;
        QTest::newRow("allowed") << 1 << int(AccessLogModel::DecisionColumn) << u"allow"_qs;
        QTest::newRow("grant") << 1 << int(AccessLogModel::GrantColumn) << u"42"_qs;
        QTest::newRow("duration") << 0 << int(AccessLogModel::DurationColumn) << u"1.5 ms"_qs;
        QTest::newRow("bytes") << 0 << int(AccessLogModel::BytesColumn) << u"2048"_qs;
        QTest::newRow("client ip") << 0 << int(AccessLogModel::ClientIpColumn) << u"10.0.0.1"_qs;
        QTest::newRow("forged flag")
            << 992 << int(AccessLogModel::FlagsColumn) << u"forged identity header"_qs;
        QTest::newRow("no flag") << 0 << int(AccessLogModel::FlagsColumn) << QString();
    }
    void columnsShowWhatWasLogged()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        FakeLog log(1000);
        AccessLogModel model;
        model.setPageSize(1000);
        model.setSource(log.source());
        QCOMPARE(model.index(row, column).data().toString(), text);
    }

    void grantNoteSaysWhoAndUntilWhen_data()
    {
        QTest::addColumn<QString>("approvedBy");
        QTest::addColumn<int>("expiresInSeconds");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<QString>("note");
        QTest::newRow("approved, running")
            << u"alice"_qs << 600 << false
            << u"approved by alice, expires 2026-12-07 16:10:00 UTC"_qs;
        QTest::newRow("owner's own grant, ended")
            << QString() << -60 << false
            << u"granted by bob, expired at 2026-12-07 15:59:00 UTC"_qs;
        QTest::newRow("revoked") << u"alice"_qs << 600 << true
                                 << u"approved by alice, revoked by carol at 2026-12-07 "
                                    u"15:30:00 UTC"_qs;
    }
    void grantNoteSaysWhoAndUntilWhen()
    {
        QFETCH(QString, approvedBy);
        QFETCH(int, expiresInSeconds);
        QFETCH(bool, revoked);
        QFETCH(QString, note);
        Grant g;
        g.id = u"42"_qs;
        g.requestedBy = u"bob"_qs;
        g.approvedBy = approvedBy;
        g.expiresAt = kStart.addSecs(expiresInSeconds);
        if (revoked) {
            g.revokedBy = u"carol"_qs;
            g.revokedAt = kStart.addSecs(-1800);
        }
        QCOMPARE(AccessLogModel::grantNote(g, kStart), note);
    }

    void headersNameEveryColumn()
    {
        AccessLogModel model;
        for (int c = 0; c < AccessLogModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessLogModel)
#include "tst_accesslogmodel.moc"
