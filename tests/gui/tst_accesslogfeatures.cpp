#include "AccessLogTestConsole.h"

using namespace gatehouse;
using namespace gatehouse::test;
using namespace gatehouse::test::accesslog;

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
        const QString expired =
            grant41(c.grantsAt).expiresAt.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_qs);
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

    // Every shipped language: the tab's words translated, a screenshot of each.
    void translatedTab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("denied");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("screenshot");
        QTest::newRow("German") << u"de"_qs << u"Verweigert"_qs << u"Aufrufer"_qs
                                << u"accesslog-german"_qs;
        QTest::newRow("French") << u"fr"_qs << u"Refusé"_qs << u"Appelant"_qs
                                << u"accesslog-french"_qs;
        QTest::newRow("Japanese") << u"ja"_qs << u"拒否"_qs << u"呼び出し元"_qs
                                  << u"accesslog-japanese"_qs;
    }
    void translatedTab()
    {
        QFETCH(QString, language);
        QFETCH(QString, denied);
        QFETCH(QString, caller);
        QFETCH(QString, screenshot);
        QTranslator translator;
        QVERIFY(translator.load(QString::fromLatin1(kBinaryDir) + u"/translations/gatehouse_"_qs +
                                language + u".qm"_qs));
        QCoreApplication::installTranslator(&translator);
        {
            Console c;
            QVERIFY(c.start(0, 0));
            c.view()->setFilterText(u"service = payments"_qs);
            c.view()->table()->selectRow(c.rowOf(u"line-5"_qs));
            const QString detail = c.detail();
            QVERIFY2(detail.contains(denied), qPrintable(detail));
            QCOMPARE(c.model()->headerData(AccessLogModel::CallerColumn, Qt::Horizontal).toString(),
                     caller);
            saveScreenshot(c.console->window(), screenshot);
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestAccessLogFeatures)
#include "tst_accesslogfeatures.moc"
