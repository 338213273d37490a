#include "AccessLogFacets.h"
#include "AccessLogHistogram.h"
#include "AccessLogModel.h"
#include "AccessLogView.h"
#include "ConsoleController.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "cache/AccessLogCache.h"

#include <QAction>
#include <QBarSet>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

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

// The console on a profile whose cached lines are recentLines(), offline.
struct Console
{
    QTemporaryDir dir;
    Profile profile;
    ProfileStore store{dir.filePath(u"profiles.conf"_qs)};
    QNetworkAccessManager nam;
    std::unique_ptr<ConsoleController> console;

    bool start(const QString &name)
    {
        profile.name = name;
        profile.controlPlaneUrl = QUrl(u"http://127.0.0.1:9"_qs);
        profile.issuer = QUrl(u"http://127.0.0.1:9"_qs);
        {
            AccessLogCache cache(ConsoleCache::defaultPath());
            if (!cache.open().isNull() ||
                !cache.store(name, recentLines(QDateTime::currentDateTimeUtc()), u"c"_qs).isNull())
                return false;
        }
        console = std::make_unique<ConsoleController>(profile, &store, &nam, QString());
        console->window()->resize(1280, 760);
        console->show();
        if (!QTest::qWaitForWindowExposed(console->window()))
            return false;
        console->window()->showPage(MainWindow::LogPage);
        return true;
    }
    template<typename T> T *child(const QString &name)
    {
        return console->window()->findChild<T *>(name);
    }
    // The histogram's three series as "allowed/denied/5xx" sums.
    QString histogramSums()
    {
        auto *chart = child<AccessLogHistogram>(u"logHistogram"_qs)->chart();
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        if (!series)
            return {};
        QStringList sums;
        for (const char *name : {"histogramAllowed", "histogramDenied", "histogramServerErrors"})
            for (QBarSet *set : series->barSets())
                if (set->objectName() == QLatin1StringView(name))
                    sums.append(QString::number(qint64(set->sum())));
        return sums.join(u'/');
    }
    void filter(const QString &text)
    {
        auto *edit = child<QLineEdit>(u"logFilter"_qs);
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    // Clicks the facet item for `value` in the list `listName`; false if it is not shown.
    bool clickFacet(const QString &listName, const QString &value)
    {
        auto *list = child<QListWidget>(listName);
        for (int i = 0; list && i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toString() != value)
                continue;
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(i)).center());
            return true;
        }
        return false;
    }
    // The viewport position over the middle of the bar `minutesAgo` minutes back.
    QPoint barAt(int minutesAgo)
    {
        auto *h = child<AccessLogHistogram>(u"logHistogram"_qs);
        const qint64 at =
            QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toMSecsSinceEpoch();
        const double index = double(at - h->fromMs()) / double(h->bucketMs());
        const QRectF plot = h->chart()->plotArea();
        const QPointF inChart(plot.left() + plot.width() * index / h->barCount(),
                              plot.center().y());
        return h->mapFromScene(h->chart()->mapToScene(inChart));
    }
};

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
    // What the console does when lines arrived while the log is followed live.
    int follow()
    {
        AccessLogCache::Query query;
        query.filter = view.filter();
        query.since = view.since(QDateTime::currentDateTimeUtc());
        return model.insertNewer([this, query](const AccessLogEntry &newest, int limit) {
            AccessLogCache::Query q = query;
            q.limit = limit;
            q.newerThan = AccessLogCache::Key{newest.loggedAt.toMSecsSinceEpoch(), newest.id};
            return cache.page(u"p"_qs, q);
        });
    }
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

    // The stacked histogram counts exactly the lines the table shows, split
    // into allowed / denied / 5xx, for the filter and range in force.
    void histogramCountsTheTableRows_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("range");
        QTest::addColumn<QString>("sums"); // allowed/denied/5xx, worked out from recentLines()
        QTest::addColumn<int>("rows");
        const int day = int(AccessLogView::Range::LastDay);
        QTest::newRow("everything") << QString() << day << u"3/2/1"_qs << 6;
        QTest::newRow("bob") << u"user = bob"_qs << day << u"1/1/1"_qs << 3;
        QTest::newRow("denied") << u"decision = deny"_qs << day << u"0/2/0"_qs << 2;
        QTest::newRow("last 15 minutes")
            << QString() << int(AccessLogView::Range::Last15Minutes) << u"1/1/0"_qs << 2;
        QTest::newRow("all cached")
            << QString() << int(AccessLogView::Range::All) << u"3/2/1"_qs << 6;
    }
    void histogramCountsTheTableRows()
    {
        QFETCH(QString, filter);
        QFETCH(int, range);
        QFETCH(QString, sums);
        QFETCH(int, rows);
        Console c;
        QVERIFY(c.start(u"Histogram"_qs));
        c.child<QComboBox>(u"logRange"_qs)->setCurrentIndex(range);
        c.filter(filter);
        QCOMPARE(c.child<QTableView>(u"logTable"_qs)->model()->rowCount(), rows);
        QCOMPARE(c.histogramSums(), sums);
        if (filter.isEmpty() && range == int(AccessLogView::Range::LastDay))
            saveScreenshot(c.console->window(), u"accesslog-histogram-facets"_qs);
    }

    void draggingOverTheHistogramNarrowsTheRange()
    {
        Console c;
        QVERIFY(c.start(u"Drag"_qs));
        auto *range = c.child<QComboBox>(u"logRange"_qs);
        range->setCurrentIndex(int(AccessLogView::Range::LastHour));
        QCOMPARE(c.histogramSums(), u"3/2/1"_qs);
        auto *histogram = c.child<AccessLogHistogram>(u"logHistogram"_qs);
        QSignalSpy spans(histogram, &AccessLogHistogram::spanSelected);
        // From 35 to 15 minutes ago: bob's denied POST (30) and his 503 (20).
        QTest::mousePress(histogram->viewport(), Qt::LeftButton, {}, c.barAt(35));
        QTest::mouseRelease(histogram->viewport(), Qt::LeftButton, {}, c.barAt(15));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(range->currentData().value<AccessLogView::Range>(), AccessLogView::Range::Custom);
        QVERIFY2(range->currentText().contains(u'–'), qPrintable(range->currentText()));
        QCOMPARE(c.child<QTableView>(u"logTable"_qs)->model()->rowCount(), 2);
        QCOMPARE(c.histogramSums(), u"0/1/1"_qs);
        saveScreenshot(c.console->window(), u"accesslog-custom-range"_qs);
        // Back to a named range: the custom one leaves the list.
        range->setCurrentIndex(int(AccessLogView::Range::LastHour));
        QCOMPARE(range->findData(QVariant::fromValue(AccessLogView::Range::Custom)), -1);
        QCOMPARE(c.child<QTableView>(u"logTable"_qs)->model()->rowCount(), 6);
    }

    void facetsCountTheFilteredLines()
    {
        Console c;
        QVERIFY(c.start(u"Facets"_qs));
        c.filter(u"service = payments"_qs);
        const auto texts = [&](const QString &name) {
            QStringList items;
            auto *list = c.child<QListWidget>(name);
            for (int i = 0; i < list->count(); ++i)
                items.append(list->item(i)->text());
            return items;
        };
        QCOMPARE(texts(u"facetCallers"_qs), (QStringList{u"3 — bob"_qs, u"1 — mallory"_qs}));
        QCOMPARE(texts(u"facetServices"_qs), QStringList{u"4 — payments"_qs});
        QCOMPARE(texts(u"facetStatuses"_qs),
                 (QStringList{u"2 — 403"_qs, u"1 — 200"_qs, u"1 — 503"_qs}));
        QCOMPARE(texts(u"facetDenyReasons"_qs),
                 (QStringList{u"1 — no grant covers POST; bob's grant 42 allows GET only"_qs,
                              u"1 — no grant for mallory on payments"_qs}));
    }

    void clickingAFacetNarrowsTheFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("rows");
        QTest::newRow("service of the denied")
            << u"decision = deny"_qs << u"facetServices"_qs << u"payments"_qs
            << u"decision = deny and service = payments"_qs << 2;
        QTest::newRow("caller from nothing")
            << QString() << u"facetCallers"_qs << u"bob"_qs << u"user = bob"_qs << 3;
        QTest::newRow("status") << u"user = bob"_qs << u"facetStatuses"_qs << u"503"_qs
                                << u"user = bob and status = 503"_qs << 1;
        QTest::newRow("deny reason with an apostrophe")
            << QString() << u"facetDenyReasons"_qs
            << u"no grant covers POST; bob's grant 42 allows GET only"_qs
            << u"reason = \"no grant covers POST; bob's grant 42 allows GET only\""_qs << 1;
        QTest::newRow("applies to each or branch")
            << u"user = carol or user = alice"_qs << u"facetServices"_qs << u"ledger"_qs
            << u"user = carol and service = ledger or user = alice and service = ledger"_qs << 2;
    }
    void clickingAFacetNarrowsTheFilter()
    {
        QFETCH(QString, filter);
        QFETCH(QString, list);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(int, rows);
        Console c;
        QVERIFY(c.start(u"Facets"_qs));
        c.filter(filter);
        QVERIFY(c.clickFacet(list, value));
        QCOMPARE(c.child<QLineEdit>(u"logFilter"_qs)->text(), expected);
        QVERIFY(!c.child<QLabel>(u"logFilterError"_qs)->isVisible());
        QCOMPARE(c.child<QTableView>(u"logTable"_qs)->model()->rowCount(), rows);
        const QString sums = c.histogramSums();
        qint64 total = 0;
        for (const QString &n : sums.split(u'/'))
            total += n.toLongLong();
        QCOMPARE(total, rows);
    }

    void enterOnAFacetNarrowsTheFilter()
    {
        Console c;
        QVERIFY(c.start(u"Facets"_qs));
        auto *callers = c.child<QListWidget>(u"facetCallers"_qs);
        callers->setFocus();
        callers->setCurrentRow(0); // bob, 3
        QTest::keyClick(callers, Qt::Key_Return);
        QCOMPARE(c.child<QLineEdit>(u"logFilter"_qs)->text(), u"user = bob"_qs);
        QCOMPARE(c.child<QTableView>(u"logTable"_qs)->model()->rowCount(), 3);
    }

    // Followed live, lines that arrive go in above the one being read: it
    // stays selected and where it was on screen.
    void liveKeepsTheSelectionAndTheReadingPosition()
    {
        Harness h;
        QVERIFY(h.start());
        QList<AccessLogEntry> older;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 150; ++i) {
            AccessLogEntry e = recentLines(now).at(i % 6);
            e.id = u"old-%1"_qs.arg(i, 3, 10, QChar(u'0'));
            e.loggedAt = now.addSecs(-120 - i);
            older.append(e);
        }
        QVERIFY(h.cache.store(u"p"_qs, older, u"c"_qs).isNull());
        h.apply();
        auto *live = h.child<QToolButton>(u"logLive"_qs);
        QSignalSpy liveChanged(&h.view, &AccessLogView::liveChanged);
        live->click();
        QVERIFY(h.view.isLive());
        QCOMPARE(liveChanged.size(), 1);
        auto *table = h.child<QTableView>(u"logTable"_qs);
        const int row = h.rowOf(u"old-080"_qs);
        QVERIFY(row > 20);
        table->selectRow(row);
        table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        QVERIFY(table->verticalScrollBar()->value() > 0);
        const int yBefore = table->rowViewportPosition(row);

        QList<AccessLogEntry> arrived = recentLines(QDateTime::currentDateTimeUtc().addSecs(1));
        for (int i = 0; i < arrived.size(); ++i) {
            arrived[i].id = u"new-%1"_qs.arg(i);
            arrived[i].loggedAt = QDateTime::currentDateTimeUtc().addSecs(5 + i);
        }
        QVERIFY(h.cache.store(u"p"_qs, arrived, u"c2"_qs).isNull());
        QCOMPARE(h.follow(), 6);

        QCOMPARE(h.model.entry(0)->id, u"new-5"_qs); // newest first, at the top
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(h.model.entry(selected.first().row())->id, u"old-080"_qs);
        QCOMPARE(table->rowViewportPosition(selected.first().row()), yBefore);
        QVERIFY(h.child<QTextBrowser>(u"logDetail"_qs)->toPlainText().contains(u"old-080"_qs));
    }

    void liveAtTheTopShowsTheNewLines()
    {
        Harness h;
        QVERIFY(h.start());
        h.child<QToolButton>(u"logLive"_qs)->click();
        auto *table = h.child<QTableView>(u"logTable"_qs);
        table->selectRow(0);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        AccessLogEntry e = recentLines(QDateTime::currentDateTimeUtc()).at(3);
        e.id = u"new-1"_qs;
        e.loggedAt = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(h.cache.store(u"p"_qs, {e}, u"c2"_qs).isNull());
        QCOMPARE(h.follow(), 1);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QCOMPARE(table->rowAt(0), 0);
        QCOMPARE(h.model.entry(0)->id, u"new-1"_qs);
        QCOMPARE(h.model.entry(table->selectionModel()->selectedRows().first().row())->id,
                 u"line-6"_qs);  // the line selected before is still the one selected
        QCOMPARE(h.follow(), 0); // nothing newer
        saveScreenshot(&h.view, u"accesslog-live"_qs);
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
