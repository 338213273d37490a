#include "AuditModel.h"
#include "AuditView.h"
#include "EndpointStatusModel.h"
#include "EvidenceDialog.h"
#include "GrantsModel.h"
#include "GrantsView.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Screenshots.h"
#include "SessionPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUrl>

using namespace gatehouse;

// Alt+letter must reach one thing only. Issue 14 found Alt+G on both the
// Graph tab and the Grants menu, and Alt+R on the Grants tab and Revoke.
// These tests walk everything with a mnemonic that is on screen at once —
// menu titles, tabs, buttons, labels with a buddy — in each page and each
// sign-in state, then every menu and the dialogs, and list any letter used
// twice. Qt's own QKeySequence::mnemonic() reads the letter.
class TestMnemonics : public QObject
{
    Q_OBJECT

    static QString letter(const QString &text)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText).toLower();
    }

    static void add(QMultiHash<QString, QString> &seen, const QString &text, const QString &what)
    {
        const QString key = letter(text);
        if (!key.isEmpty())
            seen.insert(key, what + u" \u201c"_qs + text + u"\u201d"_qs);
    }

    static QString clashes(const QMultiHash<QString, QString> &seen)
    {
        QStringList out;
        for (const QString &key : seen.uniqueKeys())
            if (seen.count(key) > 1)
                out.append(key + u": "_qs + QStringList(seen.values(key)).join(u", "_qs));
        return out.join(u"; "_qs);
    }

    // Everything a press of Alt+letter could reach in this window now.
    static QMultiHash<QString, QString> onScreen(QWidget *window)
    {
        QMultiHash<QString, QString> seen;
        if (auto *main = qobject_cast<QMainWindow *>(window))
            for (QAction *a : main->menuBar()->actions())
                if (a->isVisible())
                    add(seen, a->text(), u"menu"_qs);
        for (QTabBar *bar : window->findChildren<QTabBar *>())
            if (bar->isVisible())
                for (int i = 0; i < bar->count(); ++i)
                    add(seen, bar->tabText(i), u"tab"_qs);
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
            if (b->isVisible())
                add(seen, b->text(), u"button"_qs);
        for (QLabel *l : window->findChildren<QLabel *>())
            if (l->isVisible() && l->buddy())
                add(seen, l->text(), u"label"_qs);
        return seen;
    }

    static void checkMenu(QMenu *menu)
    {
        QMultiHash<QString, QString> seen;
        for (QAction *a : menu->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            add(seen, a->text(), u"item"_qs);
            if (a->menu())
                checkMenu(a->menu());
        }
        QVERIFY2(clashes(seen).isEmpty(),
                 qPrintable(menu->title() + u" menu: "_qs + clashes(seen)));
    }

    struct Window
    {
        EndpointStatusModel endpoints;
        GrantsModel grants;
        AuditModel audit;
        std::unique_ptr<MainWindow> window;
        Window()
        {
            Profile profile;
            profile.name = u"demo"_qs;
            window = std::make_unique<MainWindow>(profile, &endpoints);
            window->setPage(MainWindow::GraphPage, new graph::GraphPage);
            window->setPage(MainWindow::GrantsPage, new GrantsView(&grants));
            window->setPage(MainWindow::AuditPage, new AuditView(&audit));
            window->tabs()->setTabEnabled(MainWindow::AuditPage, true);
            window->show();
        }
    };

private Q_SLOTS:
    void noLetterTwiceOnScreen_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("session");
        const char *pages[] = {"graph", "grants", "log", "audit", "connection"};
        const char *sessions[] = {"signed out", "waiting for browser", "signed in"};
        for (int p = 0; p < 5; ++p)
            for (int s = 0; s < 3; ++s)
                QTest::addRow("%s, %s", pages[p], sessions[s]) << p << s;
    }

    void noLetterTwiceOnScreen()
    {
        QFETCH(int, page);
        QFETCH(int, session);
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        SessionPanel *panel = w.window->sessionPanel();
        if (session == 0)
            panel->showSignedOut();
        else if (session == 1)
            panel->showWaitingForBrowser(QUrl(u"http://127.0.0.1:1/authorize"_qs));
        else
            panel->showSignedIn(u"Alice"_qs, u"alice@example.com"_qs, {},
                                QDateTime::currentDateTimeUtc().addSecs(3600));
        w.window->tabs()->setTabEnabled(page, true);
        w.window->showPage(MainWindow::Page(page));
        const auto seen = onScreen(w.window.get());
        QVERIFY2(clashes(seen).isEmpty(), qPrintable(clashes(seen)));
    }

    void noLetterTwiceInAMenu()
    {
        Window w;
        for (int page = 0; page < 5; ++page) {
            w.window->tabs()->setTabEnabled(page, true);
            w.window->showPage(MainWindow::Page(page));
            for (QAction *a : w.window->menuBar()->actions())
                if (a->menu())
                    checkMenu(a->menu());
        }
    }

    void viewMenuListsEveryGraphKey()
    {
        Window w;
        w.window->showPage(MainWindow::GraphPage);
        auto *page = qobject_cast<graph::GraphPage *>(w.window->tabs()->widget(0));
        QMenu *view = w.window->findChild<QMenu *>(u"viewMenu"_qs);
        QVERIFY(view);
        const QList<QAction *> listed = view->actions();
        QVERIFY(page->actions().size() >= 10);
        for (QAction *a : page->actions()) {
            QVERIFY2(listed.contains(a) && a->isVisible(), qPrintable(a->text()));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
        }
        view->popup(QPoint(0, 0));
        QVERIFY(QTest::qWaitForWindowExposed(view));
        gatehouse::test::saveScreenshot(view, u"view-menu-graph-keys"_qs);
        view->close();
        // Away from the graph they are not offered.
        w.window->showPage(MainWindow::ConnectionPage);
        for (QAction *a : page->actions())
            QVERIFY(!a->isVisible());
    }

    void noLetterTwiceInADialog_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::newRow("first profile") << u"profile-first"_qs;
        QTest::newRow("edit profile") << u"profile-edit"_qs;
        QTest::newRow("evidence") << u"evidence"_qs;
    }

    void noLetterTwiceInADialog()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QDialog> d;
        if (dialog == u"evidence")
            d = std::make_unique<EvidenceDialog>(QStringList{u"payments"_qs}, u"/tmp"_qs);
        else
            d = std::make_unique<ProfileDialog>(Profile(),
                                                dialog == u"profile-edit"
                                                    ? ProfileDialog::Purpose::Edit
                                                    : ProfileDialog::Purpose::FirstStart,
                                                QStringList());
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const auto seen = onScreen(d.get());
        QVERIFY2(!seen.isEmpty(), "no mnemonics at all?");
        QVERIFY2(clashes(seen).isEmpty(), qPrintable(clashes(seen)));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
