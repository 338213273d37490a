#include "AccessLogModel.h"
#include "AccessLogView.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "cache/AccessLogCache.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
// Lines of the last hour, newest last: what an on-call engineer finds cached.
QList<AccessLogEntry> recentLines(const QDateTime &now)
{
    struct Spec
    {
        int minutesAgo;
        const char16_t *caller;
        const char16_t *service;
        const char16_t *method;
        const char16_t *path;
        int status;
        bool allowed;
        const char16_t *grant;
        const char16_t *reason;
    };
    const Spec specs[] = {
        {50, u"carol", u"ledger", u"GET", u"/v1/entries", 200, true, u"", u"standing: auditors"},
        {40, u"bob", u"payments", u"GET", u"/v1/charges", 200, true, u"42", u"grant 42"},
        {30, u"bob", u"payments", u"POST", u"/v1/charges", 403, false, u"",
         u"no grant covers POST; bob's grant 42 allows GET only"},
        {20, u"bob", u"payments", u"GET", u"/v1/charges/7", 503, true, u"42", u"grant 42"},
        {10, u"mallory", u"payments", u"GET", u"/v1/refunds", 403, false, u"",
         u"no grant for mallory on payments"},
        {5, u"alice", u"ledger", u"GET", u"/v1/balances", 200, true, u"", u"standing: owner"},
    };
    QList<AccessLogEntry> lines;
    int n = 0;
    for (const Spec &s : specs) {
        AccessLogEntry e;
        e.id = u"line-%1"_qs.arg(++n);
        e.loggedAt = now.addSecs(-60 * s.minutesAgo);
        e.loggedAt = QDateTime::fromMSecsSinceEpoch(e.loggedAt.toMSecsSinceEpoch(), Qt::UTC);
        e.method = QString::fromUtf16(s.method);
        e.service = QString::fromUtf16(s.service);
        e.host = e.service + u".localhost"_qs;
        e.path = QString::fromUtf16(s.path);
        e.status = s.status;
        e.durationUs = 1200 * n;
        e.size = 512 * n;
        e.remoteIp = u"192.0.2.%1"_qs.arg(n);
        e.subject = QString::fromUtf16(s.caller);
        e.userId = e.subject;
        e.hasDecision = true;
        e.allowed = s.allowed;
        e.grantId = QString::fromUtf16(s.grant);
        e.reason = QString::fromUtf16(s.reason);
        e.decisionId = u"d-%1"_qs.arg(n);
        lines.append(e);
    }
    lines[4].flagged = true; // mallory sent an identity header of his own
    lines[4].flagReason = u"X-Gatehouse-User: [\"bob\"] (decided: mallory)"_qs;
    return lines;
}

// The view over a cache file, wired the way the console wires it.
struct Harness
{
    QTemporaryDir dir;
    AccessLogCache cache{dir.filePath(u"cache.sqlite"_qs)};
    AccessLogModel model;
    AccessLogView view{&model};

    bool start()
    {
        if (!cache.open().isNull())
            return false;
        if (!cache.store(u"p"_qs, recentLines(QDateTime::currentDateTimeUtc()), u"c"_qs).isNull())
            return false;
        QObject::connect(&view, &AccessLogView::queryChanged, &view, [this] { apply(); });
        apply();
        view.resize(1100, 560);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
    void apply()
    {
        AccessLogCache::Query query;
        query.filter = view.filter();
        query.since = view.since(QDateTime::currentDateTimeUtc());
        model.setSource([this, query](const AccessLogEntry *after, int limit) {
            AccessLogCache::Query q = query;
            q.limit = limit;
            if (after)
                q.after = AccessLogCache::Key{after->loggedAt.toMSecsSinceEpoch(), after->id};
            return cache.page(u"p"_qs, q);
        });
    }
    template<typename T> T *child(const QString &name) { return view.findChild<T *>(name); }
    void filter(const QString &text)
    {
        auto *edit = child<QLineEdit>(u"logFilter"_qs);
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    int rowOf(const QString &id)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.entry(r)->id == id)
                return r;
        return -1;
    }
};
} // namespace

// The Access log tab: filter bar with inline errors, time range, table and
// the detail of a request, and the console showing cached lines offline.
class TestAccessLogWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ConsoleCache::defaultPath() + QLatin1StringView(suffix));
    }

    void filterNarrowsTheTable_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << 6;
        QTest::newRow("bob's failures") << u"user = bob and status >= 500"_qs << 1;
        QTest::newRow("denied") << u"decision = deny"_qs << 2;
        QTest::newRow("payments") << u"service = payments"_qs << 4;
        QTest::newRow("path") << u"path ~ /v1/charges"_qs << 3;
        QTest::newRow("grant") << u"grant = 42"_qs << 2;
        QTest::newRow("free text") << u"refunds"_qs << 1;
    }
    void filterNarrowsTheTable()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        Harness h;
        QVERIFY(h.start());
        QSignalSpy changed(&h.view, &AccessLogView::queryChanged);
        h.filter(filter);
        QCOMPARE(h.child<QTableView>(u"logTable"_qs)->model()->rowCount(), rows);
        QVERIFY(!h.child<QLabel>(u"logFilterError"_qs)->isVisible());
        if (filter == u"user = bob and status >= 500")
            saveScreenshot(&h.view, u"accesslog-filtered"_qs);
    }

    void filterErrorPointsAtTheColumnAndKeepsTheRows()
    {
        Harness h;
        QVERIFY(h.start());
        h.filter(u"decision = deny"_qs);
        QCOMPARE(h.model.rowCount(), 2);
        QSignalSpy changed(&h.view, &AccessLogView::queryChanged);
        h.filter(u"user = bob and sttus >= 500"_qs);
        auto *error = h.child<QLabel>(u"logFilterError"_qs);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"sttus"_qs), qPrintable(error->text()));
        QCOMPARE(h.child<QLineEdit>(u"logFilter"_qs)->cursorPosition(), 15); // column 16
        QCOMPARE(changed.size(), 0);
        QCOMPARE(h.model.rowCount(), 2); // the last good filter still applies
        saveScreenshot(&h.view, u"accesslog-filter-error"_qs);
    }

    void rangeLimitsTheTable()
    {
        Harness h;
        QVERIFY(h.start());
        auto *range = h.child<QComboBox>(u"logRange"_qs);
        range->setCurrentIndex(int(AccessLogView::Range::Last15Minutes));
        QCOMPARE(h.model.rowCount(), 2); // 10 and 5 minutes ago
        range->setCurrentIndex(int(AccessLogView::Range::All));
        QCOMPARE(h.model.rowCount(), 6);
    }

    void detailShowsEveryFieldAndTheDecisionInWords_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QString>("screenshot");
        QTest::newRow("allowed by a grant")
            << u"line-2"_qs
            << QStringList{u"Allowed by grant 42: bob → payments GET /v1/charges"_qs,
                           u"192.0.2.2"_qs, u"d-2"_qs, u"2.4 ms"_qs, u"1024"_qs}
            << u"accesslog-detail-allowed"_qs;
        QTest::newRow("denied")
            << u"line-3"_qs
            << QStringList{u"Denied: no grant covers POST; bob's grant 42 allows GET only"_qs,
                           u"403"_qs}
            << u"accesslog-detail-denied"_qs;
        QTest::newRow("forged header")
            << u"line-5"_qs
            << QStringList{u"forged identity header"_qs, u"X-Gatehouse-User: [\"bob\"]"_qs,
                           u"Denied: no grant for mallory on payments"_qs}
            << u"accesslog-detail-forged"_qs;
    }
    void detailShowsEveryFieldAndTheDecisionInWords()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, shown);
        QFETCH(QString, screenshot);
        Harness h;
        QVERIFY(h.start());
        auto *table = h.child<QTableView>(u"logTable"_qs);
        const int row = h.rowOf(id);
        QVERIFY(row >= 0);
        table->selectRow(row);
        const QString text = h.child<QTextBrowser>(u"logDetail"_qs)->toPlainText();
        for (const QString &s : shown)
            QVERIFY2(text.contains(s), qPrintable(u"missing "_qs + s + u" in\n"_qs + text));
        saveScreenshot(&h.view, screenshot);
    }

    void copiesTheSelectedRequestAsJson()
    {
        Harness h;
        QVERIFY(h.start());
        QGuiApplication::clipboard()->clear();
        auto *table = h.child<QTableView>(u"logTable"_qs);
        table->selectRow(h.rowOf(u"line-5"_qs));
        auto *copy = h.view.findChild<QAction *>(u"copyLogLine"_qs);
        QVERIFY(copy);
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        copy->trigger();
        const QJsonObject copied =
            QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied.value(u"id").toString(), u"line-5"_qs);
        QCOMPARE(copied.value(u"path").toString(), u"/v1/refunds"_qs);
        QCOMPARE(copied.value(u"status").toInt(), 403);
        QCOMPARE(copied.value(u"flagged").toBool(), true);
        QCOMPARE(copied.value(u"decision").toObject().value(u"subject").toString(), u"mallory"_qs);
        QCOMPARE(copied.value(u"decision").toObject().value(u"allowed").toBool(), false);
    }

    // No control plane, not signed in: the tab opens on what the cache holds
    // for this profile, and says so.
    void consoleShowsCachedLinesOffline()
    {
        QTemporaryDir dir;
        Profile profile;
        profile.name = u"Offline"_qs;
        profile.controlPlaneUrl = QUrl(u"http://127.0.0.1:9"_qs);
        profile.issuer = QUrl(u"http://127.0.0.1:9"_qs);
        {
            AccessLogCache cache(ConsoleCache::defaultPath());
            QVERIFY(cache.open().isNull());
            QVERIFY(cache.store(profile.name, recentLines(QDateTime::currentDateTimeUtc()), u"c"_qs)
                        .isNull());
            QVERIFY(cache
                        .store(u"Other"_qs, recentLines(QDateTime::currentDateTimeUtc()).mid(0, 1),
                               u"c"_qs)
                        .isNull());
        }
        {
            // The grant behind bob's GETs, as the last grant list showed it.
            Grant g;
            g.id = u"42"_qs;
            g.subject = u"bob"_qs;
            g.service = u"payments"_qs;
            g.methods = QStringList{u"GET"_qs};
            g.pathPrefixes = QStringList{u"/"_qs};
            g.startsAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            g.expiresAt = QDateTime::fromString(u"2099-01-01T16:31:07.000Z"_qs, Qt::ISODateWithMs);
            g.createdAt = g.startsAt;
            g.reason = u"INC-81"_qs;
            g.requestedBy = u"bob"_qs;
            g.approvedBy = u"alice"_qs;
            g.state = GrantState::Active;
            ConsoleCache grants;
            QVERIFY(grants.open().isNull());
            QVERIFY(grants
                        .save(profile.name, u"grants"_qs,
                              QJsonObject{{u"items"_qs, QJsonArray{g.toJson()}}})
                        .isNull());
        }
        ProfileStore store(dir.filePath(u"profiles.conf"_qs));
        QNetworkAccessManager nam;
        ConsoleController console(profile, &store, &nam, QString());
        console.window()->resize(1200, 700);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(console.window()));
        QTabWidget *tabs = console.window()->tabs();
        QVERIFY(tabs->isTabEnabled(MainWindow::LogPage));
        console.window()->showPage(MainWindow::LogPage);
        auto *table = console.window()->findChild<QTableView *>(u"logTable"_qs);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 6);
        auto *status = console.window()->findChild<QLabel *>(u"logStatus"_qs);
        QVERIFY2(status->text().contains(u"cached requests only"_qs), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"6 request"_qs), qPrintable(status->text()));
        int row = 0;
        while (row < table->model()->rowCount() &&
               console.accessLogModel()->entry(row)->id != u"line-2")
            ++row;
        table->selectRow(row);
        const QString detail =
            console.window()->findChild<QTextBrowser *>(u"logDetail"_qs)->toPlainText();
        QVERIFY2(detail.contains(u"Allowed by grant 42: bob → payments GET /v1/charges, approved "
                                 u"by alice, expires 2099-01-01 16:31:07 UTC"_qs),
                 qPrintable(detail));
        saveScreenshot(console.window(), u"accesslog-console-offline"_qs);
    }
};

QTEST_MAIN(TestAccessLogWindow)
#include "tst_accesslogwindow.moc"
