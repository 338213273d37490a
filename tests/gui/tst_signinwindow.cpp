#include "ConsoleController.h"
#include "DevIdp.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Screenshots.h"
#include "SessionPanel.h"
#include "TestEnvironment.h"
#include "session/BrowserLauncher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using Mode = SessionPanel::Mode;

// The sign-in as a person sees it, offscreen, against the real dev IdP: the
// first-start setup dialog, waiting for the browser, an error, signed in and
// signed out. Screenshots land in build/screenshots/.
class TestSignInWindow : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    static bool noKeychain() { return qEnvironmentVariableIntValue("GATEHOUSE_TEST_NO_KEYCHAIN"); }

    static QString text(QWidget *root, const QString &name)
    {
        auto *label = root->findChild<QLabel *>(name);
        return label && label->isVisibleTo(root) ? label->text() : QString();
    }

    static void click(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QPushButton *>(name);
        QVERIFY2(button && button->isVisibleTo(root), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    Profile profile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.issuer = m_idp.issuer();
        p.controlPlaneUrl = QUrl(u"http://127.0.0.1:1"_qs);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the console cache stays out of ~/.cache
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        qunsetenv("GATEHOUSE_DEV_DENY");
    }

    void setupDialogChecksAsYouType()
    {
        if (noKeychain())
            QSKIP("runs with a keychain only");
        Profile demo;
        demo.name = u"Demo"_qs;
        demo.controlPlaneUrl = QUrl(u"http://127.0.0.1:47102"_qs);
        demo.issuer = QUrl(u"http://127.0.0.1:47101"_qs);
        ProfileDialog dialog(demo, ProfileDialog::Purpose::FirstStart, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        saveScreenshot(&dialog, u"setup-dialog"_qs);

        auto *issuer = dialog.findChild<QLineEdit *>(u"profileIssuer"_qs);
        issuer->setText(u"http://login.example.com"_qs);
        QVERIFY(!ok->isEnabled());
        QVERIFY(text(&dialog, u"profileProblem"_qs).contains(u"https"_qs));
        saveScreenshot(&dialog, u"setup-dialog-insecure-issuer"_qs);
        issuer->setText(u"https://login.example.com"_qs);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.profile().issuer, QUrl(u"https://login.example.com"_qs));
    }

    void profileDialogChoosesHowTheApiTokenIsIssued()
    {
        Profile demo = profile(u"Entra"_qs);
        demo.issuer = QUrl(u"https://login.example.com"_qs);
        ProfileDialog dialog(demo, ProfileDialog::Purpose::Edit, {});
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *mode = dialog.findChild<QComboBox *>(u"profileTokenMode"_qs);
        auto *scope = dialog.findChild<QLineEdit *>(u"profileApiScope"_qs);
        auto *resource = dialog.findChild<QLineEdit *>(u"profileResource"_qs);
        QVERIFY(mode && scope && resource);
        QVERIFY(ok->isEnabled() && resource->isEnabled() && !scope->isEnabled());

        // Entra: an audience scope, which must be named before the profile is usable.
        mode->setCurrentIndex(mode->findData(int(ApiTokenMode::AudienceScope)));
        QVERIFY(scope->isEnabled() && !resource->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY(text(&dialog, u"profileProblem"_qs).contains(u".default"_qs));
        scope->setText(u"api://gatehouse/.default"_qs);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.profile().apiTokenMode == ApiTokenMode::AudienceScope);
        QCOMPARE(dialog.profile().apiScope, u"api://gatehouse/.default"_qs);
        QVERIFY(dialog.profile().resourceParameter().isEmpty());

        // Okta custom authorization server: the sign-in's own token, nothing to name.
        mode->setCurrentIndex(mode->findData(int(ApiTokenMode::CodeExchangeToken)));
        QVERIFY(ok->isEnabled() && !scope->isEnabled() && !resource->isEnabled());
        QVERIFY(dialog.profile().apiTokenMode == ApiTokenMode::CodeExchangeToken);
    }

    void signInWaitErrorSignedInSignOut()
    {
        if (noKeychain())
            QSKIP("runs with a keychain only");
        ProfileStore store(m_dir.filePath(u"profiles.conf"_qs));
        QVERIFY(store.save(profile(u"Demo"_qs)).isNull());
        ConsoleController console(*store.current(), &store, &m_nam, {});
        MainWindow *w = console.window();
        QString mode = u"nothing"_qs;
        console.setBrowserLauncher([&](const QUrl &url) -> Error {
            if (mode == u"nothing")
                return {};
            qputenv("GATEHOUSE_DEV_DENY", mode == u"deny" ? "1" : "0");
            return makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly)(url);
        });
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->sessionPanel()->mode(), Mode::SignedOut);
        QCOMPARE(text(w, u"identityLabel"_qs), u"Not signed in"_qs);

        // 1. Waiting for the browser (no browser answers).
        click(w, u"signInButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(w->sessionPanel()->mode(), Mode::WaitingForBrowser, 10000);
        QVERIFY(text(w, u"sessionTitle"_qs).contains(u"browser"_qs));
        saveScreenshot(w, u"signin-waiting"_qs);
        click(w, u"cancelSignInButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(w->sessionPanel()->mode(), Mode::SignedOut, 10000);

        // 2. The user declines at the IdP: one plain sentence.
        mode = u"deny"_qs;
        click(w, u"signInButton"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(text(w, u"sessionError"_qs).contains(u"declined"_qs), 20000);
        QCOMPARE(w->sessionPanel()->mode(), Mode::SignedOut);
        saveScreenshot(w, u"signin-error"_qs);

        // 3. Signed in: who, which groups, until when.
        mode = u"allow"_qs;
        click(w, u"signInButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(w->sessionPanel()->mode(), Mode::SignedIn, 20000);
        QVERIFY(text(w, u"sessionTitle"_qs).contains(u"Alice Adams <alice@example.test>"_qs));
        QVERIFY(text(w, u"sessionDetails"_qs).contains(u"payments-team"_qs));
        QVERIFY(text(w, u"sessionDetails"_qs).contains(u"Session ends"_qs));
        QCOMPARE(text(w, u"identityLabel"_qs), u"Signed in as Alice Adams"_qs);
        QVERIFY(text(w, u"keychainNotice"_qs).isEmpty());
        saveScreenshot(w, u"signed-in"_qs);

        // 4. Signing out.
        click(w, u"signOutButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(w->sessionPanel()->mode(), Mode::SignedOut, 10000);
        QCOMPARE(text(w, u"identityLabel"_qs), u"Not signed in"_qs);
        QVERIFY(text(w, u"sessionError"_qs).isEmpty());
        qunsetenv("GATEHOUSE_DEV_DENY");
    }

    void withoutKeychainTheSessionStaysInMemory()
    {
        if (!noKeychain())
            QSKIP("runs without a secret service only");
        ProfileStore store(m_dir.filePath(u"profiles.conf"_qs));
        QVERIFY(store.save(profile(u"Demo"_qs)).isNull());
        ConsoleController console(*store.current(), &store, &m_nam, {});
        console.setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        MainWindow *w = console.window();
        console.show();
        console.restoreSession();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_VERIFY_WITH_TIMEOUT(!text(w, u"keychainNotice"_qs).isEmpty(), 20000);
        click(w, u"signInButton"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(w->sessionPanel()->mode(), Mode::SignedIn, 20000);
        QVERIFY(text(w, u"keychainNotice"_qs).contains(u"nothing is saved"_qs));
        saveScreenshot(w, u"signed-in-no-keychain"_qs);
    }
};

QTEST_MAIN(TestSignInWindow)
#include "tst_signinwindow.moc"
