#include "ApiClient.h"
#include "ConsoleController.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "MainWindow.h"
#include "ReviewDecisionDialog.h"
#include "ReviewsController.h"
#include "ReviewsModel.h"
#include "ReviewsView.h"
#include "Screenshots.h"
#include "TestEnvironment.h"
#include "session/BrowserLauncher.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace gatehouse;
using namespace gatehouse::test;

// An access review as alice (owner of payments) sees it in the console,
// offscreen, against a real gatehoused and the dev IdP: the badge and the
// notification when erin opens a campaign, Keep and Revoke asking for a
// reason, and the revoked grant gone from the grants list.
class TestReviewsWindow : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ConsoleController> m_console;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_notified;
    QStringList m_grants; // bob's and carol's long grants on payments
    QString m_campaign;

    QByteArray token(const QString &user)
    {
        QString error;
        const auto r = m_idp.signIn(user, u"api"_qs, &error);
        return r.value(u"access_token").toString().toLatin1();
    }

    QString grant(const QByteArray &alice, const QString &subject, const QString &reason)
    {
        const auto r = m_api.post(u"/v1/grants"_qs, alice,
                                  {{u"subject"_qs, subject},
                                   {u"service"_qs, u"payments"_qs},
                                   {u"methods"_qs, QJsonArray{u"GET"_qs, u"HEAD"_qs}},
                                   {u"path_prefixes"_qs, QJsonArray{u"/v1/charges"_qs}},
                                   {u"duration"_qs, u"4h"_qs},
                                   {u"reason"_qs, reason}});
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }

    Profile profile() const
    {
        Profile p;
        p.name = u"Demo"_qs;
        p.controlPlaneUrl = m_gatehoused.url();
        p.issuer = m_idp.issuer();
        return p;
    }

    ReviewsController *reviews() const { return m_console->reviews(); }

    int rowOf(const QString &subject) const
    {
        ReviewsModel *model = reviews()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->itemAt(row)->subject == subject)
                return row;
        return -1;
    }

    // Pending items on alice's services, as the control plane counts them.
    int pendingForAlice()
    {
        return m_api.get(u"/v1/reviews"_qs, token(u"alice"_qs))
            .json()
            .value(u"pending_for_me"_qs)
            .toInt();
    }

    // Each test starts signed in with the campaign's four items on screen,
    // whichever ran before it.
    void signedInWithItems(const QByteArray &user = "alice")
    {
        Session *session = m_console->session();
        if (session->isSignedIn() && session->user().subject != QString::fromLatin1(user)) {
            bool done = false;
            session->signOut([&](const Error &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
        if (!session->isSignedIn()) {
            qputenv("GATEHOUSE_DEV_USER", user); // who the dev IdP's browser signs in
            session->signIn();
            QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), 20000);
        }
        QCOMPARE(session->user().subject, QString::fromLatin1(user));
        QTRY_COMPARE_WITH_TIMEOUT(reviews()->model()->rowCount(), 4, 10000);
    }

    QString decisionOf(const QString &subject) const
    {
        const int row = rowOf(subject);
        return row < 0 ? QString() : toString(reviews()->model()->itemAt(row)->decision);
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
        m_api.setBase(m_gatehoused.url());
        const QByteArray alice = token(u"alice"_qs);
        m_grants << grant(alice, u"bob"_qs, u"quarter-end reconciliation"_qs)
                 << grant(alice, u"carol"_qs, u"audit sampling for Q4"_qs);
        QVERIFY(!m_grants.contains(QString()));

        m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.conf"_qs));
        QVERIFY(m_store->save(profile()).isNull());
        m_console =
            std::make_unique<ConsoleController>(profile(), m_store.get(), &m_nam, QString());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            reviews()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_notified =
            std::make_unique<QSignalSpy>(m_console->notifier(), &DesktopNotifier::notified);
        m_console->setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        m_console->window()->resize(1200, 700);
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->session()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->session()->isSignedIn(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_console->graphJson().value(u"services").toArray().size(), 20,
                                  10000);
        // Nothing is due yet: no badge, no notification.
        QVERIFY(!reviews()->badge()->isVisibleTo(m_console->window()));

        const auto opened =
            m_api.post(u"/v1/reviews"_qs, token(u"erin"_qs),
                       {{u"name"_qs, u"Q4 payments review"_qs},
                        {u"period"_qs, u"%1-Q%2"_qs.arg(QDate::currentDate().year())
                                           .arg((QDate::currentDate().month() - 1) / 3 + 1)},
                        {u"due_at"_qs, formatTime(QDateTime::currentDateTimeUtc().addDays(14))},
                        {u"services"_qs, QJsonArray{u"payments"_qs, u"invoicing"_qs}},
                        {u"min_grant_duration"_qs, u"2h"_qs}});
        QVERIFY2(opened.status == 201, opened.body.constData());
        m_campaign = opened.json().value(u"id").toString();
    }

    // The campaign reaches alice within a poll: a badge with the count in
    // the status bar, the tab's title, and one desktop notification.
    void reviewsDueShowAndNotify()
    {
        signedInWithItems();
        // payments: 1 standing permission and 2 grants; invoicing: 1 standing
        // (4 pending until another test decides some).
        const int pending = pendingForAlice();
        QVERIFY(pending > 0);
        QTRY_COMPARE_WITH_TIMEOUT(reviews()->model()->pendingCount(), pending, 5000);
        QToolButton *badge = reviews()->badge();
        QVERIFY(badge->isVisibleTo(m_console->window()));
        QCOMPARE(badge->text(), u"Reviews due (%1)"_qs.arg(pending));
        QTabWidget *tabs = m_console->window()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(reviews()->view())), u"Reviews (%1)"_qs.arg(pending));
        QTRY_VERIFY_WITH_TIMEOUT(!m_notified->isEmpty(), 5000);
        // The first came when all four were new.
        QCOMPARE(m_notified->first().at(0).toString(), u"Access reviews due (4)"_qs);
        QVERIFY(m_notified->first().at(1).toString().contains(u"Q4 payments review"_qs));
        // Another fetch with nothing new notifies nobody again.
        const qsizetype told = m_notified->size();
        QSignalSpy updated(reviews(), &ReviewsController::reviewsUpdated);
        reviews()->refresh();
        QVERIFY(updated.wait(5000));
        QCOMPARE(m_notified->size(), told);
        badge->click();
        QCOMPARE(tabs->currentWidget(), reviews()->view());
        QVERIFY(reviews()
                    ->view()
                    ->findChild<QLabel *>(u"reviewsSummary"_qs)
                    ->text()
                    .contains(u"%1 item(s) wait for your decision"_qs.arg(pending)));
    }

    // The reason dialog: a recap, the verb enabled only with a reason, and
    // Cancel the default so Enter never revokes.
    void theReasonDialogIsSafe()
    {
        signedInWithItems();
        const int row = rowOf(u"bob"_qs);
        QVERIFY(row >= 0);
        const ReviewCampaign *campaign = nullptr;
        const ReviewItem item = *reviews()->model()->itemAt(row, &campaign);
        ReviewDecisionDialog dialog(*campaign, item, ReviewDecision::Revoke, m_console->window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.verbButton()->isEnabled());
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.verbButton()->isDefault());
        QTest::keyClicks(dialog.reasonEdit(), u"   "_qs);
        QVERIFY(!dialog.verbButton()->isEnabled());
        dialog.reasonEdit()->setPlainText(u"bob moved to the search team"_qs);
        QVERIFY(dialog.verbButton()->isEnabled());
        QCOMPARE(dialog.verbButton()->text(), u"Re&voke access"_qs);
        QVERIFY(dialog.findChild<QLabel *>(u"reviewDecisionEffect"_qs)
                    ->text()
                    .contains(u"revoked at once"_qs));
        saveScreenshot(&dialog, u"review-revoke-dialog"_qs);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Keep and Revoke from the tab: each asks for a reason, the decision is
    // recorded and shown, and a revoked grant ends in the grants list.
    void keepAndRevokeFromTheTab()
    {
        signedInWithItems();
        QCOMPARE(decisionOf(u"carol"_qs), u"pending"_qs);
        QCOMPARE(decisionOf(u"bob"_qs), u"pending"_qs);
        ReviewsView *view = reviews()->view();
        m_console->window()->tabs()->setCurrentWidget(view);
        auto *keep = view->findChild<QPushButton *>(u"reviewsKeep"_qs);
        auto *revoke = view->findChild<QPushButton *>(u"reviewsRevoke"_qs);
        QVERIFY(!keep->isEnabled() && !revoke->isEnabled()); // nothing selected
        QList<ReviewDecision> asked;
        std::optional<ReviewDecisionRequest> answer;
        view->setAskReason([&](const ReviewCampaign &, const ReviewItem &, ReviewDecision d) {
            asked << d;
            return answer;
        });

        // Cancelled: nothing is sent.
        view->table()->selectRow(rowOf(u"carol"_qs));
        QVERIFY(keep->isEnabled() && revoke->isEnabled());
        QSignalSpy sent(view, &ReviewsView::decisionRequested);
        keep->click();
        QVERIFY(asked == QList<ReviewDecision>{ReviewDecision::Keep});
        QCOMPARE(sent.size(), 0);
        QCOMPARE(decisionOf(u"carol"_qs), u"pending"_qs);

        answer = ReviewDecisionRequest{ReviewDecision::Keep, u"carol samples payments for Q4"_qs};
        keep->click();
        QTRY_COMPARE_WITH_TIMEOUT(decisionOf(u"carol"_qs), u"keep"_qs, 5000);

        answer = ReviewDecisionRequest{ReviewDecision::Revoke, u"bob moved to search"_qs};
        view->table()->selectRow(rowOf(u"bob"_qs));
        revoke->click();
        QTRY_COMPARE_WITH_TIMEOUT(decisionOf(u"bob"_qs), u"revoke"_qs, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_console->grantsModel()->grants().cbegin(),
                                             m_console->grantsModel()->grants().cend(),
                                             [&](const Grant &g) {
                                                 return g.id == m_grants.first() &&
                                                        g.state == GrantState::Revoked;
                                             }),
                                 5000);
        QCOMPARE(reviews()->model()->pendingCount(), 2);
        QCOMPARE(reviews()->badge()->text(), u"Reviews due (2)"_qs);
        // A decided row cannot be decided again.
        view->table()->selectRow(rowOf(u"bob"_qs));
        QVERIFY(!keep->isEnabled() && !revoke->isEnabled());
        view->table()->selectRow(rowOf(u"api-gateway"_qs));
        saveScreenshot(m_console->window(), u"review-in-progress"_qs);
    }

    // The same review in German, from what the control plane answers.
    void germanReview()
    {
        QTranslator translator;
        QVERIFY(
            translator.load(QString::fromLatin1(kBinaryDir) + u"/translations/gatehouse_de.qm"_qs));
        QCoreApplication::installTranslator(&translator);
        // Qt's own strings (Cancel) as the console loads them.
        QTranslator qt;
        if (qt.load(QLocale(QLocale::German), u"qtbase"_qs, u"_"_qs,
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        {
            ReviewsModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            ReviewsView view(&model);
            view.resize(1100, 380);
            const auto list = m_api.get(u"/v1/reviews"_qs, token(u"alice"_qs)).json();
            QList<ReviewCampaign> campaigns;
            for (const QJsonValue &v : list.value(u"items").toArray())
                campaigns << ReviewCampaign::fromJson(v.toObject()).value();
            model.setCampaigns(campaigns);
            QCOMPARE(model.rowCount(), 4);
            QCOMPARE(model.pendingCount(), list.value(u"pending_for_me"_qs).toInt());
            QCOMPARE(model.headerData(ReviewsModel::DecisionColumn, Qt::Horizontal).toString(),
                     u"Entscheidung"_qs);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.table()->selectRow(0);
            saveScreenshot(&view, u"review-in-progress-de"_qs);

            const ReviewCampaign *campaign = nullptr;
            const ReviewItem *item = model.itemAt(0, &campaign);
            ReviewDecisionDialog dialog(*campaign, *item, ReviewDecision::Keep, &view);
            dialog.reasonEdit()->setPlainText(u"Bereitschaft für payments bis März"_qs);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            saveScreenshot(&dialog, u"review-keep-dialog-de"_qs);
        }
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::removeTranslator(&translator);
    }

    // erin (an admin, owner of nothing) sees every item and may decide
    // them, but is not asked: no badge, no notification for her.
    void anAdminSeesButIsNotAsked()
    {
        signedInWithItems("erin");
        QSignalSpy updated(reviews(), &ReviewsController::reviewsUpdated);
        const qsizetype told = m_notified->size();
        reviews()->refresh();
        QVERIFY(updated.wait(5000));
        QCOMPARE(reviews()->pendingForMe(), 0);
        QVERIFY(!reviews()->badge()->isVisibleTo(m_console->window()));
        QTabWidget *tabs = m_console->window()->tabs();
        QCOMPARE(tabs->tabText(tabs->indexOf(reviews()->view())), u"Reviews"_qs);
        QCOMPARE(m_notified->size(), told);
        signedInWithItems(); // alice again, for whatever runs next
    }

    // Signed out: the last user's reviews leave the screen.
    void signOutClearsReviews()
    {
        signedInWithItems();
        bool done = false;
        m_console->session()->signOut([&](const Error &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reviews()->model()->rowCount(), 0, 5000);
        QVERIFY(!reviews()->badge()->isVisibleTo(m_console->window()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_console.reset();
    }
};

QTEST_MAIN(TestReviewsWindow)
#include "tst_reviewswindow.moc"
