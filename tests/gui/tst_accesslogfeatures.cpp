#include "AccessLogExporter.h"
#include "AccessLogModel.h"
#include "AccessLogView.h"
#include "ConsoleController.h"
#include "GrantsView.h"
#include "GraphDetails.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Screenshots.h"
#include "TestEnvironment.h"
#include "cache/AccessLogCache.h"
#include "cache/AccessLogExport.h"
#include "cache/ConsoleCache.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
// Lines of the last hour (newest last) with each kind of caller, one with
// text a spreadsheet would run as a formula, and two lines from days ago.
QList<AccessLogEntry> lines(const QDateTime &now)
{
    struct Spec
    {
        int minutesAgo;
        const char16_t *caller;
        const char16_t *kind;
        const char16_t *service;
        const char16_t *method;
        const char16_t *path;
        int status;
        bool allowed;
        const char16_t *grant;
        const char16_t *reason;
    };
    const Spec specs[] = {
        {3 * 24 * 60, u"carol", u"user", u"ledger", u"GET", u"/v1/old", 200, true, u"",
         u"standing: auditors"},
        {2 * 24 * 60, u"carol", u"user", u"ledger", u"GET", u"/v1/older", 200, true, u"",
         u"standing: auditors"},
        {50, u"oncall", u"group", u"ledger", u"GET", u"/v1/entries", 200, true, u"",
         u"standing: oncall"},
        {40, u"bob", u"user", u"payments", u"GET", u"/v1/charges", 200, true, u"42", u"grant 42"},
        {30, u"bob", u"user", u"payments", u"POST", u"/v1/charges", 403, false, u"",
         u"no grant covers POST; bob's grant 42 allows GET only"},
        {20, u"invoicing", u"service", u"payments", u"GET", u"=HYPERLINK(\"http://x\",\"a, b\")",
         503, true, u"", u"standing: mesh"},
        {10, u"deploy-bot", u"agent", u"payments", u"GET", u"/v1/refunds", 403, false, u"",
         u"no grant for deploy-bot on payments"},
        {5, u"alice", u"", u"ledger", u"GET", u"/v1/balances", 200, true, u"", u"-standing\nowner"},
    };
    QList<AccessLogEntry> out;
    int n = 0;
    for (const Spec &s : specs) {
        AccessLogEntry e;
        e.id = u"line-%1"_qs.arg(++n);
        const qint64 at = now.addSecs(-60 * s.minutesAgo).toMSecsSinceEpoch();
        e.loggedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        e.method = QString::fromUtf16(s.method);
        e.service = QString::fromUtf16(s.service);
        e.host = e.service + u".localhost"_qs;
        e.path = QString::fromUtf16(s.path);
        e.status = s.status;
        e.durationUs = 1200 * n;
        e.size = 512 * n;
        e.remoteIp = u"192.0.2.%1"_qs.arg(n);
        e.subject = QString::fromUtf16(s.caller);
        e.subjectKind = QString::fromUtf16(s.kind);
        e.userId = e.subject;
        e.hasDecision = true;
        e.allowed = s.allowed;
        e.grantId = QString::fromUtf16(s.grant);
        e.reason = QString::fromUtf16(s.reason);
        e.decisionId = u"d-%1"_qs.arg(n);
        out.append(e);
    }
    return out;
}

Grant grant42()
{
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
    return g;
}

// bob's earlier grant on payments, expired 35 minutes ago.
Grant grant41(const QDateTime &now)
{
    Grant g = grant42();
    g.id = u"41"_qs;
    g.createdAt = g.startsAt = now.addSecs(-2 * 3600);
    g.expiresAt = QDateTime::fromSecsSinceEpoch(now.addSecs(-35 * 60).toSecsSinceEpoch(), Qt::UTC);
    g.state = GrantState::Expired;
    return g;
}

// The console offline on a profile whose cache holds lines(), and grants 41 and 42.
struct Console
{
    QTemporaryDir dir;
    Profile profile;
    ProfileStore store{dir.filePath(u"profiles.conf"_qs)};
    QNetworkAccessManager nam;
    std::unique_ptr<ConsoleController> console;

    bool start(int days = 7, qint64 maxLines = 2'000'000)
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(ConsoleCache::defaultPath() + QLatin1StringView(suffix));
        profile.name = u"Features"_qs;
        profile.controlPlaneUrl = QUrl(u"http://127.0.0.1:9"_qs);
        profile.issuer = QUrl(u"http://127.0.0.1:9"_qs);
        profile.accessLogDays = days;
        profile.accessLogMaxLines = maxLines;
        {
            AccessLogCache cache(ConsoleCache::defaultPath());
            if (!cache.open().isNull() ||
                !cache.store(profile.name, lines(QDateTime::currentDateTimeUtc()), u"c"_qs)
                     .isNull())
                return false;
            ConsoleCache grants;
            if (!grants.open().isNull() ||
                !grants
                     .save(profile.name, u"grants"_qs,
                           QJsonObject{
                               {u"items"_qs,
                                QJsonArray{grant42().toJson(),
                                           grant41(QDateTime::currentDateTimeUtc()).toJson()}}})
                     .isNull())
                return false;
        }
        console = std::make_unique<ConsoleController>(profile, &store, &nam, QString());
        console->window()->resize(1280, 760);
        console->show();
        if (!QTest::qWaitForWindowExposed(console->window()))
            return false;
        console->window()->showPage(MainWindow::LogPage);
        view()->setRange(AccessLogView::Range::All);
        return true;
    }
    AccessLogView *view() { return console->accessLogView(); }
    AccessLogModel *model() { return console->accessLogModel(); }
    template<typename T> T *child(const QString &name)
    {
        return console->window()->findChild<T *>(name);
    }
    int rowOf(const QString &id)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->entry(r)->id == id)
                return r;
        return -1;
    }
    QString detail() { return child<QTextBrowser>(u"logDetail"_qs)->toPlainText(); }
    QStringList ids()
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out.append(model()->entry(r)->id);
        return out;
    }
    bool loadGraph()
    {
        QFile file(QString::fromLatin1(kSourceDir) + u"/tests/graph/data/demo-graph.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        graph::GraphPage *page = console->graphPage();
        QSignalSpy finished(page, &graph::GraphPage::layoutFinished);
        page->setGraph(
            graph::AccessGraph::fromGraphJson(QJsonDocument::fromJson(file.readAll()).object()));
        return finished.wait(20000);
    }
};

// Runs a Python script over a file: the independent reader of what we wrote.
QString python(const QString &script, const QString &path)
{
    QProcess p;
    p.start(u"python3"_qs, {u"-c"_qs, script, path});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return u"python failed: "_qs + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A screenshot of `window` with a popup (menu, completion list) drawn where
// it opened: a grab of the window alone leaves the popup out.
void saveWithPopup(QWidget *window, QWidget *popup, const QString &name)
{
    QCoreApplication::processEvents();
    QPixmap shot = window->grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    }
    const QString dir = QString::fromLatin1(kBinaryDir) + u"/screenshots"_qs;
    QDir().mkpath(dir);
    QVERIFY(shot.save(dir + u'/' + name + u".png"_qs));
}

QWidget *topLevel(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}
} // namespace

// The access-log tab's kind icons, export, completion, links, retention,
// shortcuts and the graph's way into it.
class TestAccessLogFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w) || qobject_cast<QMenu *>(w))
                w->close();
    }

    void callerColumnShowsItsKind_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("icon");
        QTest::addColumn<QString>("caller");
        QTest::newRow("person") << u"line-4"_qs << true << u"bob (person)"_qs;
        QTest::newRow("group") << u"line-3"_qs << true << u"oncall (group)"_qs;
        QTest::newRow("service") << u"line-6"_qs << true << u"invoicing (service)"_qs;
        QTest::newRow("agent") << u"line-7"_qs << true << u"deploy-bot (agent)"_qs;
        QTest::newRow("unknown kind") << u"line-8"_qs << false << u"\nalice\n"_qs;
    }
    void callerColumnShowsItsKind()
    {
        QFETCH(QString, id);
        QFETCH(bool, icon);
        QFETCH(QString, caller);
        Console c;
        QVERIFY(c.start(0, 0));
        const int row = c.rowOf(id);
        QVERIFY(row >= 0);
        const QVariant decoration =
            c.model()->index(row, AccessLogModel::CallerColumn).data(Qt::DecorationRole);
        QCOMPARE(!decoration.value<QIcon>().isNull(), icon);
        if (icon) // drawn, not a blank square: the glyph's white and the kind's colour
            QVERIFY(!decoration.value<QIcon>().pixmap(16).toImage().allGray());
        c.view()->table()->selectRow(row);
        const QString detail = c.detail() + u'\n';
        QVERIFY2(detail.contains(caller), qPrintable(detail));
        if (id == u"line-7")
            saveScreenshot(c.console->window(), u"accesslog-kind-icons"_qs);
    }

    void exportWritesTheFilteredView_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("window");
        QTest::newRow("csv, payments") << u"csv"_qs << u"service = payments"_qs << 2000;
        QTest::newRow("csv, everything, windows of 2") << u"csv"_qs << QString() << 2;
        QTest::newRow("json lines, denied") << u"jsonl"_qs << u"decision = deny"_qs << 2000;
        QTest::newRow("json lines, windows of 1") << u"jsonl"_qs << QString() << 1;
    }
    void exportWritesTheFilteredView()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, filter);
        QFETCH(int, window);
        Console c;
        QVERIFY(c.start(0, 0));
        c.view()->setFilterText(filter);
        const QStringList shown = c.ids();
        QVERIFY(!shown.isEmpty());
        const QString path = c.dir.filePath(u"out."_qs + suffix);
        AccessLogCache cache(ConsoleCache::defaultPath());
        QVERIFY(cache.open().isNull());
        AccessLogCache::Query query;
        query.filter = c.view()->filter();
        QList<qint64> steps;
        const auto written = AccessLogExport::write(
            cache, c.profile.name, query, AccessLogExport::formatFor(path), path,
            [&steps](qint64 done, qint64) {
                steps.append(done);
                return true;
            },
            window);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written.value(), qint64(shown.size()));
        QVERIFY(steps.size() >= shown.size() / window); // reported window by window
        if (suffix == u"csv") {
            // Python's csv module: the ids in order, and the formula cell made text.
            QCOMPARE(python(u"import csv,sys\n"
                            "rows=list(csv.DictReader(open(sys.argv[1],newline='',"
                            "encoding='utf-8')))\n"
                            "print(' '.join(r['id'] for r in rows))"_qs,
                            path),
                     shown.join(u' '));
            if (shown.contains(u"line-6"_qs))
                QCOMPARE(python(u"import csv,sys\n"
                                "rows=[r for r in csv.DictReader(open(sys.argv[1],newline='',"
                                "encoding='utf-8')) if r['id']=='line-6']\n"
                                "print(rows[0]['path']+'|'+rows[0]['caller_kind'])"_qs,
                                path),
                         u"'=HYPERLINK(\"http://x\",\"a, b\")|service"_qs);
            if (shown.contains(u"line-8"_qs))
                QCOMPARE(python(u"import csv,sys,json\n"
                                "rows=[r for r in csv.DictReader(open(sys.argv[1],newline='',"
                                "encoding='utf-8')) if r['id']=='line-8']\n"
                                "print(json.dumps(rows[0]['reason']))"_qs,
                                path),
                         u"\"'-standing\\nowner\""_qs);
        } else {
            // Python's json module, line by line: the API's objects.
            QCOMPARE(python(u"import json,sys\n"
                            "print(' '.join(json.loads(l)['id'] for l in open(sys.argv[1],"
                            "encoding='utf-8')))"_qs,
                            path),
                     shown.join(u' '));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray first = file.readLine().trimmed();
            const int row = c.rowOf(shown.first());
            QCOMPARE(QJsonDocument::fromJson(first).object(), c.model()->entry(row)->toJson());
        }
    }

    // Cancelled half way: the file that was there before is left as it was.
    void cancelledExportLeavesTheFileAlone()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        const QString path = c.dir.filePath(u"keep.csv"_qs);
        {
            QFile before(path);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("what was there\n");
        }
        AccessLogCache cache(ConsoleCache::defaultPath());
        QVERIFY(cache.open().isNull());
        int windows = 0;
        const auto result = AccessLogExport::write(
            cache, c.profile.name, AccessLogCache::Query{}, AccessLogExport::Format::Csv, path,
            [&windows](qint64 written, qint64 total) {
                if (written > 0)
                    ++windows;
                return written < total / 2;
            },
            2);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"export.cancelled"_qs);
        QCOMPARE(windows, 2);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("what was there\n"));
        QCOMPARE(QDir(c.dir.path()).entryList({u"keep.csv*"_qs}, QDir::Files | QDir::Hidden),
                 QStringList{u"keep.csv"_qs}); // no temporary file left behind
    }

    void exportFromTheFileMenuAsksWhereAndWrites()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        c.view()->setFilterText(u"service = payments"_qs);
        auto *file = c.child<QMenu>(u"fileMenu"_qs);
        QAction *action = nullptr;
        for (QAction *a : file->actions())
            if (a->objectName() == u"exportLogAction")
                action = a;
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+E"_qs));
        saveScreenshot(c.console->window(), u"accesslog-export-button"_qs);
        action->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QFileDialog *>(topLevel(u"exportLogDialog"_qs))));
        QVERIFY(dialog->nameFilters().join(u' ').contains(u"JSON Lines"_qs));
        QVERIFY(dialog->selectedFiles().value(0).endsWith(u".csv"_qs));
        dialog->resize(760, 460);
        saveScreenshot(dialog, u"accesslog-export-dialog"_qs);
        const QString path = c.dir.filePath(u"menu-export.csv"_qs);
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_qs);
        QVERIFY(name);
        name->setText(path); // typed, then Enter: as a person saves
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(python(u"import csv,sys\n"
                        "print(len(list(csv.DictReader(open(sys.argv[1],newline='')))))"_qs,
                        path),
                 QString::number(c.model()->rowCount()));
        QTRY_VERIFY(c.console->window()->statusBar()->currentMessage().contains(u"Exported 4"_qs));
    }

    // A large export shows how far it got, with a way to cancel it.
    void largeExportShowsItsProgress()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        AccessLogExporter *exporter = c.console->accessLogExporter();
        exporter->setShowProgressFrom(5); // the 8 cached lines count as large here
        QString label;
        bool cancellable = false;
        QTimer::singleShot(0, exporter, [&] {
            auto *dialog = qobject_cast<QProgressDialog *>(topLevel(u"exportLogProgress"_qs));
            if (!dialog)
                return;
            label = dialog->labelText();
            cancellable = dialog->findChild<QPushButton *>() != nullptr;
            dialog->resize(480, dialog->sizeHint().height());
            saveScreenshot(dialog, u"accesslog-export-progress"_qs);
        });
        const QString path = c.dir.filePath(u"large.jsonl"_qs);
        const auto result = exporter->exportTo(path, c.profile.name, AccessLogCache::Query{});
        QVERIFY(result);
        QCOMPARE(result.value(), qint64(8));
        QVERIFY2(label.startsWith(u"Exporting the access log"_qs), qPrintable(label));
        QVERIFY(cancellable);
        QVERIFY(!topLevel(u"exportLogProgress"_qs)); // gone when done
    }

    void exportFailureIsSaidPlainly()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        const QString path = c.dir.filePath(u"no-such-dir/out.csv"_qs);
        AccessLogCache::Query query;
        const auto result = c.console->accessLogExporter()->exportTo(path, c.profile.name, query);
        QVERIFY(!result);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = qobject_cast<QMessageBox *>(topLevel(u"exportLogError"_qs))));
        QVERIFY2(box->text().contains(u"Could not write"_qs) && box->text().contains(path),
                 qPrintable(box->text()));
        QVERIFY(!QFile::exists(path));
        saveScreenshot(box, u"accesslog-export-error"_qs);
    }

    void graphContextMenuOpensTheLog_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("service") << u"service:payments"_qs << u"service = payments"_qs << 4;
        QTest::newRow("user") << u"user:bob"_qs << u"user = bob"_qs << 2;
    }
    void graphContextMenuOpensTheLog()
    {
        QFETCH(QString, node);
        QFETCH(QString, filter);
        QFETCH(int, rows);
        Console c;
        QVERIFY(c.start(0, 0));
        QVERIFY(c.loadGraph());
        c.console->window()->showPage(MainWindow::GraphPage);
        graph::GraphView *view = c.console->graphPage()->view();
        QVERIFY(view->isNodeVisible(node));
        const QPoint at = view->nodeViewportPos(node);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(topLevel(u"graphContextMenu"_qs))));
        auto *show = menu->findChild<QAction *>(u"showAccessLogAction"_qs);
        QVERIFY(show);
        QCOMPARE(view->selectedNode(), node);
        if (node.startsWith(u"service"))
            saveWithPopup(c.console->window(), menu, u"graph-context-menu-access-log"_qs);
        show->trigger();
        menu->close();
        QCOMPARE(c.console->window()->tabs()->currentIndex(), int(MainWindow::LogPage));
        QCOMPARE(c.view()->filterEdit()->text(), filter);
        QCOMPARE(c.view()->range(), AccessLogView::Range::LastHour);
        QCOMPARE(c.model()->rowCount(), rows);
    }

    void graphContextMenuByKeyboard()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        QVERIFY(c.loadGraph());
        c.console->window()->showPage(MainWindow::GraphPage);
        graph::GraphView *view = c.console->graphPage()->view();
        view->selectNode(u"service:ledger"_qs);
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(), QPoint());
        QApplication::sendEvent(view, &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(topLevel(u"graphContextMenu"_qs))));
        QTest::keyClick(menu, Qt::Key_A); // the "&access log" mnemonic
        QTRY_COMPARE(c.console->window()->tabs()->currentIndex(), int(MainWindow::LogPage));
        QCOMPARE(c.view()->filterEdit()->text(), u"service = ledger"_qs);
    }

    void graphDetailsLinkOpensTheLog()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        QVERIFY(c.loadGraph());
        c.console->window()->showPage(MainWindow::GraphPage);
        c.console->graphPage()->selectNode(u"user:bob"_qs);
        auto *details = c.child<graph::GraphDetails>(u"graphDetails"_qs);
        QTRY_VERIFY(details->toHtml().contains(u"log:user:bob"_qs));
        QVERIFY(details->toPlainText().contains(u"Show this caller's requests (last hour)"_qs));
        saveScreenshot(c.console->graphPage(), u"graph-details-access-log-link"_qs);
        Q_EMIT details->anchorClicked(QUrl(u"log:user:bob"_qs));
        QCOMPARE(c.console->window()->tabs()->currentIndex(), int(MainWindow::LogPage));
        QCOMPARE(c.view()->filterEdit()->text(), u"user = bob"_qs);
        QCOMPARE(c.model()->rowCount(), 2);
    }

    void detailLinksToTheGrantAndTheService()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        QVERIFY(c.loadGraph());
        c.console->window()->showPage(MainWindow::LogPage);
        c.view()->table()->selectRow(c.rowOf(u"line-4"_qs));
        auto *detail = c.child<QTextBrowser>(u"logDetail"_qs);
        QVERIFY(detail->toHtml().contains(u"grant:42"_qs));
        QVERIFY2(c.detail().contains(u"approved by alice, expires 2099-01-01 16:31:07 UTC"_qs),
                 qPrintable(c.detail()));
        saveScreenshot(c.console->window(), u"accesslog-detail-allowed-links"_qs);
        Q_EMIT detail->anchorClicked(QUrl(u"grant:42"_qs));
        QCOMPARE(c.console->window()->tabs()->currentIndex(), int(MainWindow::GrantsPage));
        auto *grants = c.console->grantsView()->findChild<QTableView *>();
        QVERIFY(grants);
        const QModelIndexList selected = grants->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(c.console->grantsModel()->grants().value(0).id, u"42"_qs);

        c.console->window()->showPage(MainWindow::LogPage);
        Q_EMIT detail->anchorClicked(QUrl(u"service:payments"_qs));
        QCOMPARE(c.console->window()->tabs()->currentIndex(), int(MainWindow::GraphPage));
        QCOMPARE(c.console->graphPage()->view()->selectedNode(), u"service:payments"_qs);
    }

    void deniedDetailSaysWhy()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        c.view()->table()->selectRow(c.rowOf(u"line-5"_qs));
        QVERIFY2(c.detail().contains(u"Denied: no grant covers POST; bob's grant 42 allows GET "
                                     u"only"_qs),
                 qPrintable(c.detail()));
        // The grants bob held on payments, newest first, with since when 41 no longer counts.
        const QString expired = grant41(QDateTime::currentDateTimeUtc())
                                    .expiresAt.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_qs);
        const QString want = u"Grants of bob on payments\ngrant 42 (GET /, approved by alice, "
                             u"expires 2099-01-01 16:31:07 UTC)\ngrant 41 (GET /, approved by "
                             u"alice, expired at "_qs +
                             expired + u')';
        QVERIFY2(c.detail().contains(want), qPrintable(c.detail()));
        auto *detail = c.child<QTextBrowser>(u"logDetail"_qs);
        QVERIFY(detail->toHtml().contains(u"grant:41"_qs));
        detail->verticalScrollBar()->setValue(detail->verticalScrollBar()->maximum() / 2);
        saveScreenshot(detail, u"accesslog-detail-denied-grants"_qs);
        saveScreenshot(c.console->window(), u"accesslog-detail-denied-kind"_qs);
    }

    void completionOffersWhatFits_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QString>("notOffered");
        QTest::newRow("field names")
            << u"s"_qs << QStringList{u"service"_qs, u"status"_qs} << u"user"_qs;
        QTest::newRow("operators of status")
            << u"status "_qs << QStringList{u">="_qs, u"="_qs} << u"~"_qs;
        QTest::newRow("callers from the cache")
            << u"user = "_qs << QStringList{u"bob"_qs, u"deploy-bot"_qs, u"oncall"_qs}
            << u"payments"_qs;
        QTest::newRow("services from the cache")
            << u"user = bob and service = p"_qs << QStringList{u"payments"_qs} << u"ledger"_qs;
        QTest::newRow("status classes")
            << u"status >= "_qs << QStringList{u"5xx"_qs, u"4xx"_qs} << u"bob"_qs;
        QTest::newRow("decisions")
            << u"decision = "_qs << QStringList{u"allow"_qs, u"deny"_qs} << u"5xx"_qs;
        QTest::newRow("flags") << u"flag = "_qs << QStringList{u"forged"_qs, u"unknown-host"_qs}
                               << u"deny"_qs;
        QTest::newRow("methods") << u"method = P"_qs << QStringList{u"POST"_qs, u"PUT"_qs}
                                 << u"GET"_qs;
        QTest::newRow("and/or after a term")
            << u"decision = deny "_qs << QStringList{u"and"_qs, u"or"_qs} << u"user"_qs;
    }
    void completionOffersWhatFits()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, offered);
        QFETCH(QString, notOffered);
        Console c;
        QVERIFY(c.start(0, 0));
        QLineEdit *edit = c.view()->filterEdit();
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, typed);
        QCompleter *completer = c.view()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList shown;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            shown.append(completer->completionModel()->index(i, 0).data().toString());
        for (const QString &o : offered)
            QVERIFY2(shown.contains(o), qPrintable(o + u" not in "_qs + shown.join(u',')));
        QVERIFY2(!shown.contains(notOffered), qPrintable(shown.join(u',')));
        if (typed == u"user = ")
            saveWithPopup(c.console->window(), completer->popup(), u"accesslog-completion"_qs);
    }

    void completionIsKeyboardFriendly()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        QLineEdit *edit = c.view()->filterEdit();
        edit->setFocus();
        edit->clear();
        QCompleter *completer = c.view()->completer();
        const auto pick = [&](const QString &typed) {
            QTest::keyClicks(edit, typed);
            if (typed.isEmpty())
                QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
            QTRY_VERIFY(completer->popup()->isVisible());
            QTest::keyClick(completer->popup(), Qt::Key_Down);
            QTest::keyClick(completer->popup(), Qt::Key_Return);
            QTRY_VERIFY(!completer->popup()->isVisible());
        };
        pick(u"ser"_qs);
        QCOMPARE(edit->text(), u"service "_qs);
        pick(QString()); // the operators: "=" first
        QCOMPARE(edit->text(), u"service = "_qs);
        pick(u"pay"_qs);
        QCOMPARE(edit->text(), u"service = payments "_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(c.model()->rowCount(), 4);
        // Ctrl+Space offers completions without typing.
        edit->setText(u"service = payments "_qs);
        QTest::keyClick(edit, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), u"and"_qs);
    }

    void retentionKeepsWhatTheProfileSays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("maxLines");
        QTest::addColumn<int>("kept");
        QTest::addColumn<QString>("status");
        QTest::newRow("7 days") << 7 << qint64(2'000'000) << 8 << u"cache: 8 lines, 7 days kept"_qs;
        QTest::newRow("1 day") << 1 << qint64(2'000'000) << 6 << u"cache: 6 lines, 1 day kept"_qs;
        QTest::newRow("3 lines") << 0 << qint64(3) << 3
                                 << u"cache: 3 lines, kept without an age limit"_qs;
    }
    void retentionKeepsWhatTheProfileSays()
    {
        QFETCH(int, days);
        QFETCH(qint64, maxLines);
        QFETCH(int, kept);
        QFETCH(QString, status);
        Console c;
        QVERIFY(c.start(days, maxLines));
        QCOMPARE(c.model()->rowCount(), kept);
        QCOMPARE(c.console->cachedLogLines(), qint64(kept));
        const QString text = c.child<QLabel>(u"logStatus"_qs)->text();
        QVERIFY2(text.contains(status), qPrintable(text));
        if (maxLines == 3) // the newest are kept
            QCOMPARE(c.ids(), (QStringList{u"line-8"_qs, u"line-7"_qs, u"line-6"_qs}));
        // An independent count of the cache file.
        QProcess sqlite;
        sqlite.start(u"sqlite3"_qs,
                     {ConsoleCache::defaultPath(),
                      u"SELECT count(*) FROM access_log WHERE profile='Features'"_qs});
        QVERIFY(sqlite.waitForFinished(10000));
        if (sqlite.exitCode() == 0)
            QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray::number(kept));
        else
            qWarning("sqlite3 could not read the cache: %s", sqlite.readAllStandardError().data());
    }

    void profileDialogSetsRetention()
    {
        Profile initial;
        initial.name = u"Prod"_qs;
        initial.controlPlaneUrl = QUrl(u"https://gatehouse.example.com"_qs);
        initial.issuer = QUrl(u"https://login.example.com"_qs);
        ProfileDialog dialog(initial, ProfileDialog::Purpose::Edit, {});
        auto *days = dialog.findChild<QSpinBox *>(u"profileLogDays"_qs);
        auto *lines = dialog.findChild<QSpinBox *>(u"profileLogLines"_qs);
        QVERIFY(days && lines);
        QCOMPARE(days->value(), 7);
        QCOMPARE(lines->value(), 2000);
        days->setValue(30);
        lines->setValue(500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(&dialog, u"profile-dialog-retention"_qs);
        const Profile edited = dialog.profile();
        QCOMPARE(edited.accessLogDays, 30);
        QCOMPARE(edited.accessLogMaxLines, qint64(500'000));
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"profiles.conf"_qs));
        QVERIFY(store.save(edited).isNull());
        ProfileStore again(dir.filePath(u"profiles.conf"_qs));
        const auto loaded = again.find(u"Prod"_qs);
        QVERIFY(loaded);
        QCOMPARE(loaded->accessLogDays, 30);
        QCOMPARE(loaded->accessLogMaxLines, qint64(500'000));
    }

    void keysReachEveryControl()
    {
        Console c;
        QVERIFY(c.start(0, 0));
        QWidget *window = c.console->window();
        window->activateWindow();
        QTableView *table = c.view()->table();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Slash);
        QTRY_VERIFY(c.view()->filterEdit()->hasFocus());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(c.view()->filterEdit()->hasFocus());
        QTest::keyClick(c.view()->filterEdit(), Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(c.child<QComboBox>(u"logRange"_qs)->hasFocus());
        auto *live = c.child<QToolButton>(u"logLive"_qs);
        QVERIFY(!live->isChecked());
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(live->isChecked());
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!live->isChecked());
        QSignalSpy refresh(c.view(), &AccessLogView::refreshRequested);
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(refresh.size(), 1);
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(topLevel(u"exportLogDialog"_qs));
        topLevel(u"exportLogDialog"_qs)->close();
        // Tab walks filter → range → live → refresh → export → table.
        c.view()->filterEdit()->setFocus();
        QStringList order;
        QWidget *w = c.view()->filterEdit();
        for (int i = 0; i < 5; ++i) {
            w = w->nextInFocusChain();
            while (w->focusPolicy() == Qt::NoFocus || !w->isVisible())
                w = w->nextInFocusChain();
            order.append(w->objectName());
        }
        QCOMPARE(order, (QStringList{u"logRange"_qs, u"logLive"_qs, u"logRefresh"_qs,
                                     u"logExport"_qs, u"logTable"_qs}));
    }

    void germanScreenshot()
    {
        QTranslator german;
        QVERIFY(german.load(QString::fromLatin1(kBinaryDir) + u"/translations/gatehouse_de.qm"_qs));
        QCoreApplication::installTranslator(&german);
        {
            Console c;
            QVERIFY(c.start(0, 0));
            c.view()->setFilterText(u"service = payments"_qs);
            c.view()->table()->selectRow(c.rowOf(u"line-5"_qs));
            const QString detail = c.detail();
            QVERIFY2(detail.contains(u"Verweigert"_qs), qPrintable(detail));
            QCOMPARE(c.model()->headerData(AccessLogModel::CallerColumn, Qt::Horizontal).toString(),
                     u"Aufrufer"_qs);
            saveScreenshot(c.console->window(), u"accesslog-german"_qs);
        }
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestAccessLogFeatures)
#include "tst_accesslogfeatures.moc"
