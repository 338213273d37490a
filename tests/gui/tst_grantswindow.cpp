#include "ApiClient.h"
#include "ConsoleController.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "GrantDialog.h"
#include "GrantsFilterModel.h"
#include "GrantsView.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "SessionPanel.h"
#include "TestEnvironment.h"
#include "session/BrowserLauncher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// Granting and revoking as a service owner sees it, offscreen, against a real
// gatehoused with the demo catalog and the real dev IdP.
class TestGrantsWindow : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConsoleController> m_console;

    static QString visibleText(QWidget *root, const QString &name)
    {
        auto *label = root->findChild<QLabel *>(name);
        return label && label->isVisibleTo(root) ? label->text() : QString();
    }

    static void typeDuration(QWidget *dialog, const QString &text)
    {
        QLineEdit *edit = dialog->findChild<QComboBox *>(u"duration"_qs)->lineEdit();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    Profile profile() const
    {
        Profile p;
        p.name = u"Demo"_qs;
        p.controlPlaneUrl = m_gatehoused.url();
        p.issuer = m_idp.issuer();
        return p;
    }

    const Grant *findGrant(const QString &subject, const QString &service) const
    {
        for (const Grant &g : m_console->grantsModel()->grants())
            if (g.subject == subject && g.service == service)
                return &g;
        return nullptr;
    }

    bool graphPageHasGrant(const QString &subject, const QString &service) const
    {
        const auto &edges = m_console->graphPage()->graph().edges();
        return std::any_of(edges.begin(), edges.end(), [&](const graph::Edge &e) {
            return e.kind == graph::EdgeKind::Grant && e.from == u"user:"_qs + subject &&
                   e.to == u"service:"_qs + service;
        });
    }

    bool graphHasGrant(const QString &subject, const QString &service) const
    {
        const QJsonArray grants = m_console->graphJson().value(u"grants").toArray();
        for (const auto &g : grants)
            if (g.toObject().value(u"subject").toString() == subject &&
                g.toObject().value(u"service").toString() == service &&
                g.toObject().value(u"state").toString() == u"active")
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ConsoleCache::defaultPath());
        qputenv("GATEHOUSE_DEV_USER", "alice");
        qunsetenv("GATEHOUSE_DEV_DENY");
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.conf"_qs));
        QVERIFY(m_store->save(profile()).isNull());
        m_console =
            std::make_unique<ConsoleController>(profile(), m_store.get(), &m_nam, QString());
        m_console->setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->session()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->session()->isSignedIn(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->graphJson().value(u"services").toArray().size(), 20,
                                  10000);
    }

    void demoGraphIsDrawn()
    {
        graph::GraphPage *page = m_console->graphPage();
        m_console->window()->showPage(MainWindow::GraphPage);
        QTRY_VERIFY_WITH_TIMEOUT(page->view()->isNodeVisible(u"service:payments"_qs), 10000);
        QVERIFY(page->view()->isNodeVisible(u"group:oncall"_qs));
        saveScreenshot(m_console->window(), u"console-graph"_qs);
        page->selectNode(u"service:payments"_qs);
        page->focusOnService(u"payments"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(!page->view()->isNodeVisible(u"service:metrics"_qs), 5000);
        saveScreenshot(m_console->window(), u"console-graph-focused"_qs);
        page->view()->clearFocus();
        m_console->window()->showPage(MainWindow::GrantsPage);
    }

    void dialogRefusesPastTheCapAndWithoutAReason()
    {
        GrantDialog *d = m_console->openGrantDialog(u"payments"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        auto *submit = d->findChild<QPushButton *>(u"submitGrant"_qs);
        d->findChild<QLineEdit *>(u"subject"_qs)->setText(u"bob"_qs);
        QVERIFY(!submit->isEnabled());
        QCOMPARE(visibleText(d, u"reasonError"_qs), u"Give a reason."_qs);

        d->findChild<QLineEdit *>(u"reason"_qs)->setText(u"investigating INC-42"_qs);
        typeDuration(d, u"9h"_qs);
        QVERIFY2(!submit->isEnabled(), qPrintable(d->validationProblem()));
        QVERIFY(visibleText(d, u"expires_atError"_qs).contains(u"at most 4h"_qs));
        QVERIFY(visibleText(d, u"durationCap"_qs).contains(u"4h"_qs));
        saveScreenshot(d, u"grant-dialog-over-cap"_qs);

        // Paths are held to the control plane's rule before sending, not a looser one.
        typeDuration(d, u"1h"_qs);
        QVERIFY(submit->isEnabled());
        auto *paths = d->findChild<QLineEdit *>(u"pathPrefixes"_qs);
        paths->setText(u"/v1/charges/*"_qs);
        QVERIFY(!submit->isEnabled());
        QVERIFY(visibleText(d, u"path_prefixesError"_qs).contains(u"wildcard"_qs));
        saveScreenshot(d, u"grant-dialog-bad-path"_qs);
        paths->setText(u"/v1/charges"_qs);
        QVERIFY(submit->isEnabled());
        d->close();
    }

    void aliceGrantsBobThenRevokes()
    {
        QSignalSpy notified(m_console->notifier(), &DesktopNotifier::notified);
        GrantDialog *d = m_console->openGrantDialog(u"payments"_qs);
        QPointer<GrantDialog> guard(d);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->findChild<QLineEdit *>(u"subject"_qs)->setText(u"bob"_qs);
        typeDuration(d, u"30s"_qs);
        d->findChild<QLineEdit *>(u"reason"_qs)->setText(u"debugging a failed charge"_qs);
        auto *submit = d->findChild<QPushButton *>(u"submitGrant"_qs);
        QVERIFY(submit->isEnabled());
        QVERIFY(visibleText(d, u"approvalPreview"_qs).contains(u"Takes effect at once"_qs));
        saveScreenshot(d, u"grant-dialog"_qs);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);

        // In the list and in the graph, counting down from 30 s.
        QTRY_VERIFY_WITH_TIMEOUT(findGrant(u"bob"_qs, u"payments"_qs), 3000);
        QVERIFY(findGrant(u"bob"_qs, u"payments"_qs)->state == GrantState::Active);
        QTRY_VERIFY_WITH_TIMEOUT(graphHasGrant(u"bob"_qs, u"payments"_qs), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(graphPageHasGrant(u"bob"_qs, u"payments"_qs), 3000);
        GrantsView *view = m_console->grantsView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->selectedId().isEmpty(), 3000);
        // Alice granted it and it ends within 5 minutes: she is told.
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 3000);
        QVERIFY(notified.first().first().toString().startsWith(u"Access to payments ends"_qs));
        saveScreenshot(m_console->window(), u"grants-view"_qs);

        view->setConfirm([](const QString &, const QString &) { return true; });
        view->selectGrant(findGrant(u"bob"_qs, u"payments"_qs)->id);
        auto *revoke = view->findChild<QPushButton *>(u"revokeButton"_qs);
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(findGrant(u"bob"_qs, u"payments"_qs)->state == GrantState::Revoked,
                                 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!graphHasGrant(u"bob"_qs, u"payments"_qs), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!graphPageHasGrant(u"bob"_qs, u"payments"_qs), 3000);
        // Gone from the default (active + pending) list.
        for (int r = 0; r < view->filter()->rowCount(); ++r)
            QVERIFY(view->filter()->index(r, 0).data(GrantsModel::GrantIdRole).toString() !=
                    findGrant(u"bob"_qs, u"payments"_qs)->id);
    }

    // A change's answer is the grant as it now is, and the console shows it
    // from there: with polling slowed to an hour, the new grant is in the list
    // and the graph by the time the dialog closes, and its revocation as soon
    // as the control plane answered. No poll ran in between (same version).
    void theAnswerShowsWithoutWaitingForAPoll()
    {
        ControlPlaneClient *client = m_console->client();
        client->setPollInterval(std::chrono::hours(1));
        const auto restore =
            qScopeGuard([client] { client->setPollInterval(std::chrono::seconds(1)); });
        const qint64 version = client->graphVersion();
        GrantDialog *d = m_console->openGrantDialog(u"payments"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->findChild<QLineEdit *>(u"subject"_qs)->setText(u"dave"_qs);
        d->findChild<QLineEdit *>(u"reason"_qs)->setText(u"replaying a webhook"_qs);
        bool listed = false, inGraph = false, drawn = false;
        connect(d, &QDialog::accepted, this, [&] {
            listed = findGrant(u"dave"_qs, u"payments"_qs) != nullptr;
            inGraph = graphHasGrant(u"dave"_qs, u"payments"_qs);
            drawn = graphPageHasGrant(u"dave"_qs, u"payments"_qs);
        });
        QSignalSpy accepted(d, &QDialog::accepted);
        QTest::mouseClick(d->findChild<QPushButton *>(u"submitGrant"_qs), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
        QVERIFY(listed);
        QVERIFY(inGraph);
        QVERIFY(drawn);
        const Grant *g = findGrant(u"dave"_qs, u"payments"_qs);
        QVERIFY(g->state == GrantState::Active);
        QCOMPARE(m_console->grantsView()->selectedId(), g->id);
        saveScreenshot(m_console->window(), u"grants-view-after-post"_qs);

        GrantsView *view = m_console->grantsView();
        view->setConfirm([](const QString &, const QString &) { return true; });
        QTest::mouseClick(view->findChild<QPushButton *>(u"revokeButton"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            findGrant(u"dave"_qs, u"payments"_qs)->state == GrantState::Revoked, 5000);
        QVERIFY(!graphHasGrant(u"dave"_qs, u"payments"_qs));
        QVERIFY(!graphPageHasGrant(u"dave"_qs, u"payments"_qs));
        QCOMPARE(client->graphVersion(), version);
    }

    void changesByOthersAppearWithinTwoSeconds()
    {
        // Bob asks for ledger through the API himself; alice's console shows it.
        QString error;
        const QJsonObject tokens = m_idp.signIn(u"bob"_qs, u"api"_qs, &error);
        QVERIFY2(!tokens.isEmpty(), qPrintable(error));
        QSignalSpy notified(m_console->notifier(), &DesktopNotifier::notified);
        QElapsedTimer timer;
        timer.start();
        const auto created =
            ApiClient(m_gatehoused.url())
                .post(u"/v1/grants"_qs, tokens.value(u"access_token").toString().toLatin1(),
                      {{u"subject_kind"_qs, u"user"_qs},
                       {u"subject"_qs, u"bob"_qs},
                       {u"service"_qs, u"ledger"_qs},
                       {u"methods"_qs, QJsonArray{u"GET"_qs}},
                       {u"path_prefixes"_qs, QJsonArray{u"/"_qs}},
                       {u"duration"_qs, u"1h"_qs},
                       {u"reason"_qs, u"reconciliation report"_qs}});
        QCOMPARE(created.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(findGrant(u"bob"_qs, u"ledger"_qs), 2000);
        qInfo("seen in the console %lld ms after the API acknowledged", qint64(timer.elapsed()));
        QVERIFY(findGrant(u"bob"_qs, u"ledger"_qs)->state == GrantState::Pending);
        // Alice owns ledger: the waiting request is announced.
        QTRY_VERIFY_WITH_TIMEOUT(notified.count() >= 1, 2000);
        QCOMPARE(notified.first().first().toString(), u"bob asks for access to ledger"_qs);
    }

    void offlineKeepsShowingTheCacheReadOnly()
    {
        m_gatehoused.process().kill();
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleText(m_console->window(), u"dataStatusLabel"_qs).startsWith(u"Offline"_qs),
            5000);
        auto *newGrant = m_console->grantsView()->findChild<QPushButton *>(u"newGrantButton"_qs);
        QVERIFY(!newGrant->isEnabled());
        QVERIFY(m_console->grantsModel()->rowCount() >= 2); // still shown
        saveScreenshot(m_console->window(), u"offline"_qs);

        // A dialog that was open when the control plane went away says so, and keeps the form.
        GrantDialog *d = m_console->openGrantDialog(u"ledger"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(d));
        d->findChild<QLineEdit *>(u"subject"_qs)->setText(u"carol"_qs);
        d->findChild<QLineEdit *>(u"reason"_qs)->setText(u"quarter close"_qs);
        QTest::mouseClick(d->findChild<QPushButton *>(u"submitGrant"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleText(d, u"grantError"_qs).contains(u"could not be reached"_qs), 15000);
        QVERIFY(d->isVisible());
        QCOMPARE(d->findChild<QLineEdit *>(u"reason"_qs)->text(), u"quarter close"_qs);
        QVERIFY(d->findChild<QPushButton *>(u"submitGrant"_qs)->isEnabled()); // can retry
        saveScreenshot(d, u"grant-dialog-offline"_qs);
        d->close();

        // A console started now opens at once with the cached graph and grants.
        ConsoleController second(profile(), m_store.get(), &m_nam, QString());
        QVERIFY(second.grantsModel()->rowCount() >= 2);
        QCOMPARE(second.graphJson().value(u"services").toArray().size(), 20);
        QVERIFY(visibleText(second.window(), u"dataStatusLabel"_qs).startsWith(u"From cache"_qs));
    }
};

QTEST_MAIN(TestGrantsWindow)
#include "tst_grantswindow.moc"
