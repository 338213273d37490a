#include "AccessLogTestConsole.h"

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::test::accesslog;

// Exporting the access log: CSV and JSON Lines read back by Python, the File
// menu's dialog, progress, cancel and failure.
class TestAccessLogExport : public QObject
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

    // Lines logged in the same millisecond as a window's last one are all
    // written once, whatever the window.
    void linesOfOneMillisecondAreWrittenOnce_data()
    {
        QTest::addColumn<int>("window");
        for (int w : {1, 2, 3, 5, 2000})
            QTest::addRow("window %d", w) << w;
    }
    void linesOfOneMillisecondAreWrittenOnce()
    {
        QFETCH(int, window);
        QTemporaryDir dir;
        AccessLogCache cache(dir.filePath(u"ties.sqlite"_qs));
        QVERIFY(cache.open().isNull());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'765'000'000'000LL, Qt::UTC);
        QList<AccessLogEntry> stored;
        QStringList expected; // newest first; in one millisecond, by id descending
        for (int i = 0; i < 9; ++i) {
            AccessLogEntry e = lines(at.addSecs(3600)).value(i % 8);
            e.id = u"tie-%1"_qs.arg(i);
            e.loggedAt = at.addMSecs(i < 2 ? 5 : i < 7 ? 0 : -5); // 2, 5 and 2 lines per ms
            stored.append(e);
        }
        QVERIFY(cache.store(u"p"_qs, stored, u"c"_qs).isNull());
        expected = {u"tie-1"_qs, u"tie-0"_qs, u"tie-6"_qs, u"tie-5"_qs, u"tie-4"_qs,
                    u"tie-3"_qs, u"tie-2"_qs, u"tie-8"_qs, u"tie-7"_qs};
        const QString path = dir.filePath(u"ties.jsonl"_qs);
        const auto written =
            AccessLogExport::write(cache, u"p"_qs, AccessLogCache::Query{},
                                   AccessLogExport::Format::JsonLines, path, {}, window);
        QVERIFY(written);
        QCOMPARE(written.value(), qint64(9));
        QCOMPARE(python(u"import json,sys\n"
                        "print(' '.join(json.loads(l)['id'] for l in open(sys.argv[1])))"_qs,
                        path),
                 expected.join(u' '));
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
        int windows = 0; // that brought lines
        qint64 before = 0;
        const auto result = AccessLogExport::write(
            cache, c.profile.name, AccessLogCache::Query{}, AccessLogExport::Format::Csv, path,
            [&windows, &before](qint64 written, qint64 total) {
                windows += written > before;
                before = written;
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
};

QTEST_MAIN(TestAccessLogExport)
#include "tst_accesslogexport.moc"
