#include "ApiClient.h"
#include "AuditModel.h"
#include "AuditView.h"
#include "ConsoleController.h"
#include "DevIdp.h"
#include "EvidenceDialog.h"
#include "GatehousedFixture.h"
#include "GrantHistoryDialog.h"
#include "GrantsView.h"
#include "GraphDetails.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "Screenshots.h"
#include "TestEnvironment.h"
#include "cache/AuditSync.h"
#include "session/BrowserLauncher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
QString runShell(const QString &script, int *exitCode = nullptr)
{
    QProcess p;
    p.start(u"sh"_qs, {u"-c"_qs, script});
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

// The Audit tab as an auditor (carol) sees it, offscreen, against a real
// gatehoused whose chain holds real grants: verified against a key pinned
// from openssl's reading of the signing key, broken after a record was
// changed in the real SQLite store, filtered, and one grant's history.
class TestAuditWindow : public QObject
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
    QString m_fingerprint;
    QString m_ledgerGrant;   // requested, approved, extended, revoked
    QString m_paymentsGrant; // granted at once, expired
    qint64 m_chainEnd = 0;

    QByteArray token(const QString &user)
    {
        QString error;
        const auto r = m_idp.signIn(user, u"api"_qs, &error);
        if (r.isEmpty())
            qWarning() << "sign-in failed for" << user << error;
        return r.value(u"access_token").toString().toLatin1();
    }

    Profile profile() const
    {
        Profile p;
        p.name = u"Audit"_qs;
        p.controlPlaneUrl = m_gatehoused.url();
        p.issuer = m_idp.issuer();
        p.auditKey = m_fingerprint;
        return p;
    }

    AuditView *view() const { return m_console->auditView(); }
    QString verdict() const
    {
        return view()->findChild<QLabel *>(u"auditTrust"_qs)->property("verdict").toString();
    }
    QString trustText() const { return view()->findChild<QLabel *>(u"auditTrust"_qs)->text(); }
    QList<QString> column(int c) const
    {
        QList<QString> out;
        AuditModel *m = m_console->auditModel();
        for (int r = 0; r < m->rowCount(); ++r)
            out.append(m->index(r, c).data().toString());
        return out;
    }
    void verifyAgain()
    {
        view()->findChild<QLabel *>(u"auditTrust"_qs)->setProperty("verdict", QString());
        QTest::mouseClick(view()->findChild<QPushButton *>(u"auditVerify"_qs), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!verdict().isEmpty(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ConsoleCache::defaultPath());
        qputenv("GATEHOUSE_DEV_USER", "carol"); // in the auditors group
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_gatehoused.start(m_idp.issuer(),
                                    u"[testing]\nadjustable_clock = true\n\n"_qs + demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());

        // The key an auditor pins, as openssl reads it from the signing key:
        // the SHA-256 of its public key's DER.
        int code = -1;
        m_fingerprint = runShell(u"openssl pkey -in '%1' -pubout -outform DER | sha256sum | "
                                 u"cut -d' ' -f1"_qs.arg(m_gatehoused.signingKeyPath()),
                                 &code);
        QCOMPARE(code, 0);
        QCOMPARE(m_fingerprint.size(), 64);

        // A grant's whole life on ledger: bob asks, alice approves and
        // extends it, erin (an admin) revokes it.
        const QByteArray alice = token(u"alice"_qs);
        const QByteArray bob = token(u"bob"_qs);
        const QByteArray erin = token(u"erin"_qs);
        const auto requested = m_api.post(u"/v1/grants"_qs, bob,
                                          {{u"subject"_qs, u"bob"_qs},
                                           {u"service"_qs, u"ledger"_qs},
                                           {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                           {u"duration"_qs, u"1h"_qs},
                                           {u"reason"_qs, u"INC-81: reconcile the batch"_qs}});
        QCOMPARE(requested.status, 201);
        m_ledgerGrant = requested.json().value(u"id").toString();
        const QString path = u"/v1/grants/"_qs + m_ledgerGrant;
        QCOMPARE(m_api.post(path + u"/approve"_qs, alice, {}).status, 200);
        const QDateTime end = QDateTime::fromString(
            m_api.get(path, alice).json().value(u"expires_at").toString(), Qt::ISODateWithMs);
        const auto extended =
            m_api.post(path + u"/extend"_qs, alice,
                       {{u"expires_at"_qs, end.addSecs(1800).toString(Qt::ISODateWithMs)}});
        QVERIFY2(extended.status == 200, extended.body.constData());
        QCOMPARE(m_api.post(path + u"/revoke"_qs, erin, {}).status, 200);

        // One granted at once on payments that runs out (gatehoused's test clock).
        const auto granted = m_api.post(u"/v1/grants"_qs, alice,
                                        {{u"subject"_qs, u"bob"_qs},
                                         {u"service"_qs, u"payments"_qs},
                                         {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                         {u"duration"_qs, u"1h"_qs},
                                         {u"reason"_qs, u"INC-82: read-only look"_qs}});
        QCOMPARE(granted.status, 201);
        m_paymentsGrant = granted.json().value(u"id").toString();
        QCOMPARE(
            m_api.post(u"/v1/testing/clock"_qs, erin, {{u"advance_ms"_qs, 3601 * 1000}}).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api.get(u"/v1/grants/"_qs + m_paymentsGrant, alice).json().value(u"state").toString(),
            u"expired"_qs, 20000);
        m_chainEnd = qint64(
            m_api.get(u"/v1/audit/head"_qs, token(u"carol"_qs)).json().value(u"seq").toDouble());
        QVERIFY(m_chainEnd >= 6);

        m_store = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.conf"_qs));
        QVERIFY(m_store->save(profile()).isNull());
        m_console =
            std::make_unique<ConsoleController>(profile(), m_store.get(), &m_nam, QString());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_console->auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_console->setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        m_console->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->session()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->session()->isSignedIn(), 20000);
        m_console->window()->showPage(MainWindow::AuditPage);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), u"verified"_qs, 20000);
    }

    void verifiedChainSaysWhatWasChecked()
    {
        QVERIFY(m_console->window()->tabs()->isTabEnabled(MainWindow::AuditPage));
        const QString text = trustText();
        QVERIFY2(text.contains(u"Chain from seq 1 to %1 intact"_qs.arg(m_chainEnd)),
                 qPrintable(text));
        QVERIFY2(text.contains(m_fingerprint), qPrintable(text));
        QVERIFY2(text.contains(u"which matches this profile's pinned key"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"no checkpoints given"_qs), qPrintable(text));
        // Newest first, every record of the chain.
        view()->setPeriod(AuditView::Period::All);
        view()->setFilterText({});
        QCOMPARE(m_console->auditModel()->rowCount(), int(m_chainEnd));
        QCOMPARE(column(AuditModel::SeqColumn).first(), QString::number(m_chainEnd));
        QVERIFY(!view()->findChild<QLabel *>(u"auditAccess"_qs)->isVisibleTo(view()));
        view()->selectSeq(2);
        saveScreenshot(m_console->window(), u"audit-verified"_qs);
    }

    void filterNarrowsTheChain()
    {
        view()->setPeriod(AuditView::Period::All);
        view()->setFilterText(u"grant = %1"_qs.arg(m_ledgerGrant));
        QCOMPARE(column(AuditModel::ActionColumn),
                 (QList<QString>{u"grant.revoked"_qs, u"grant.extended"_qs, u"grant.approved"_qs,
                                 u"grant.created"_qs}));
        view()->setFilterText(u"actor = alice and action ~ approv"_qs);
        QCOMPARE(column(AuditModel::GrantColumn), QList<QString>{m_ledgerGrant});
        view()->setFilterText(u"actor = erin or action = grant.expired"_qs);
        QCOMPARE(column(AuditModel::ActionColumn),
                 (QList<QString>{u"grant.expired"_qs, u"grant.revoked"_qs}));
        view()->setFilterText(u"INC-82"_qs); // free text: the reason
        QVERIFY(!column(AuditModel::ReasonColumn).isEmpty());
        for (const QString &reason : column(AuditModel::ReasonColumn))
            QVERIFY(reason.contains(u"INC-82"_qs));
        // A mistake says where it is and keeps the last good filter.
        const int before = m_console->auditModel()->rowCount();
        view()->filterEdit()->setText(u"actor ="_qs);
        QTest::keyClick(view()->filterEdit(), Qt::Key_Return);
        auto *error = view()->findChild<QLabel *>(u"auditFilterError"_qs);
        QVERIFY(error->isVisibleTo(view()));
        QVERIFY2(error->text().contains(u"Missing value"_qs), qPrintable(error->text()));
        QCOMPARE(m_console->auditModel()->rowCount(), before);
        // Today only (the expiry happened an hour later by gatehoused's clock).
        view()->setFilterText({});
        view()->setCustomPeriod(QDateTime::currentDateTime().addYears(-1),
                                QDateTime::currentDateTime().addYears(-1).addDays(1));
        QCOMPARE(m_console->auditModel()->rowCount(), 0);
        view()->setPeriod(AuditView::Period::LastDay);
        QVERIFY(m_console->auditModel()->rowCount() >= int(m_chainEnd) - 1);
        view()->setPeriod(AuditView::Period::All);
    }

    void grantHistoryFromTheGrantsTab()
    {
        m_console->window()->showPage(MainWindow::GrantsPage);
        GrantsView *grants = m_console->grantsView();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->grantsModel()->grantById(m_ledgerGrant), 10000);
        auto *ended = grants->findChild<QToolButton *>(u"showEnded"_qs);
        if (ended && !ended->isChecked())
            ended->click();
        grants->selectGrant(m_ledgerGrant);
        QCOMPARE(grants->selectedId(), m_ledgerGrant);
        auto *history = grants->findChild<QPushButton *>(u"grantHistoryButton"_qs);
        QVERIFY(history->isEnabled());
        saveScreenshot(m_console->window(), u"audit-grants-history-button"_qs);
        history->click();
        auto *dialog = m_console->window()->findChild<GrantHistoryDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTreeWidget *events = dialog->events();
        QCOMPARE(events->topLevelItemCount(), 4);
        const auto cell = [&](int row, int column) {
            return events->topLevelItem(row)->text(column);
        };
        QCOMPARE(cell(0, GrantHistoryDialog::WhatColumn), u"Requested"_qs);
        QCOMPARE(cell(0, GrantHistoryDialog::WhoColumn), u"bob"_qs);
        QVERIFY2(cell(0, GrantHistoryDialog::WhyColumn).contains(u"INC-81: reconcile the batch"_qs),
                 qPrintable(cell(0, GrantHistoryDialog::WhyColumn)));
        QCOMPARE(cell(1, GrantHistoryDialog::WhatColumn), u"Approved"_qs);
        QCOMPARE(cell(1, GrantHistoryDialog::WhoColumn), u"alice"_qs);
        QCOMPARE(cell(2, GrantHistoryDialog::WhatColumn), u"Extended"_qs);
        QVERIFY(cell(2, GrantHistoryDialog::WhyColumn).startsWith(u"until "_qs));
        QCOMPARE(cell(3, GrantHistoryDialog::WhatColumn), u"Revoked"_qs);
        QCOMPARE(cell(3, GrantHistoryDialog::WhoColumn), u"erin"_qs);
        auto *summary = dialog->findChild<QLabel *>(u"grantHistorySummary"_qs);
        QVERIFY2(summary->text().contains(u"intact"_qs), qPrintable(summary->text()));
        saveScreenshot(dialog, u"audit-grant-history"_qs);

        // "Show in Audit tab": the same records, filtered on the grant.
        dialog->findChild<QPushButton *>(u"grantHistoryShowInAudit"_qs)->click();
        QCOMPARE(m_console->window()->tabs()->currentIndex(), int(MainWindow::AuditPage));
        QCOMPARE(view()->filterEdit()->text(), u"grant = \"%1\""_qs.arg(m_ledgerGrant));
        QCOMPARE(m_console->auditModel()->rowCount(), 4);
        view()->setFilterText({});
    }

    void expiredGrantHistoryFromTheContextMenu()
    {
        m_console->window()->showPage(MainWindow::GrantsPage);
        GrantsView *grants = m_console->grantsView();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->grantsModel()->grantById(m_paymentsGrant), 10000);
        grants->selectGrant(m_paymentsGrant);
        auto *action = grants->findChild<QAction *>(u"grantHistoryAction"_qs);
        QVERIFY(action && action->isEnabled());
        QVERIFY(grants->table()->actions().contains(action));
        action->trigger();
        GrantHistoryDialog *dialog = nullptr;
        for (auto *d : m_console->window()->findChildren<GrantHistoryDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(dialog->events()->topLevelItemCount(), 2);
        QCOMPARE(dialog->events()->topLevelItem(0)->text(GrantHistoryDialog::WhatColumn),
                 u"Requested and active at once"_qs);
        QCOMPARE(dialog->events()->topLevelItem(1)->text(GrantHistoryDialog::WhatColumn),
                 u"Expired"_qs);
        QCOMPARE(dialog->events()->topLevelItem(1)->text(GrantHistoryDialog::WhoColumn),
                 u"gatehoused"_qs);
        QVERIFY(dialog->events()
                    ->topLevelItem(1)
                    ->text(GrantHistoryDialog::WhyColumn)
                    .startsWith(u"its window ended at"_qs));
        dialog->close();
    }

    void changedRecordBreaksTheChain()
    {
        m_console->window()->showPage(MainWindow::AuditPage);
        view()->setPeriod(AuditView::Period::All);
        view()->setFilterText({});
        // Who approved the ledger grant is rewritten in the store, gatehoused stopped.
        QCOMPARE(m_gatehoused.process().stop(), 0);
        const QString db = m_gatehoused.storePath();
        const QString where =
            u"WHERE action = 'grant.approved' AND object_id = '%1'"_qs.arg(m_ledgerGrant);
        const qint64 seq =
            runShell(u"sqlite3 '%1' \"SELECT seq FROM audit_log %2\""_qs.arg(db, where))
                .toLongLong();
        QVERIFY(seq > 1);
        int code = -1;
        runShell(u"sqlite3 '%1' \"UPDATE audit_log SET actor = 'mallory' %2\""_qs.arg(db, where),
                 &code);
        QCOMPARE(code, 0);
        QCOMPARE(runShell(u"sqlite3 '%1' \"SELECT actor FROM audit_log %2\""_qs.arg(db, where)),
                 u"mallory"_qs);
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));

        verifyAgain();
        QCOMPARE(verdict(), u"broken"_qs);
        const QString text = trustText();
        QVERIFY2(text.contains(u"Chain broken at seq %1"_qs.arg(seq)), qPrintable(text));
        // The first bad record is selected and shown.
        const QModelIndexList selected = view()->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AuditModel::SeqRole).toLongLong(), seq);
        QCOMPARE(m_console->auditModel()
                     ->index(selected.first().row(), AuditModel::ActorColumn)
                     .data()
                     .toString(),
                 u"mallory"_qs);
        QVERIFY(selected.first().data(AuditModel::BrokenRole).toBool());
        saveScreenshot(m_console->window(), u"audit-broken"_qs);

        // Put back, the chain verifies again.
        QCOMPARE(m_gatehoused.process().stop(), 0);
        runShell(u"sqlite3 '%1' \"UPDATE audit_log SET actor = 'alice' %2\""_qs.arg(db, where),
                 &code);
        QCOMPARE(code, 0);
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));
        verifyAgain();
        QCOMPARE(verdict(), u"verified"_qs);
    }

    void cachedChainVerifiesOffline()
    {
        // Signed out, the tab still shows and verifies what was synced.
        QCOMPARE(m_gatehoused.process().stop(), 0);
        m_console->auditVerification()->start(profile());
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->auditVerification()->isRunning(), 10000);
        QCOMPARE(verdict(), u"verified"_qs);
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));
    }

    void checkpointsShippedToTheAuditorAgree()
    {
        // gatehoused wrote a signed checkpoint each time it stopped above;
        // given a copy of its folder, the verdict names the last one.
        QVERIFY(QFile::exists(m_gatehoused.checkpointDir() + u"/checkpoints"_qs));
        const QString copy = m_dir.filePath(u"shipped-checkpoints"_qs);
        QDir().mkpath(copy);
        QFile::remove(copy + u"/checkpoints"_qs);
        QVERIFY(QFile::copy(m_gatehoused.checkpointDir() + u"/checkpoints"_qs,
                            copy + u"/checkpoints"_qs));
        const QString lastLine =
            runShell(u"tail -n1 '%1/checkpoints' | cut -d' ' -f1"_qs.arg(copy));
        Profile p = profile();
        p.auditCheckpoints = copy;
        m_console->auditVerification()->start(p);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->auditVerification()->isRunning(), 10000);
        QTRY_COMPARE(verdict(), u"verified"_qs);
        QVERIFY2(trustText().contains(u"last checkpoint at"_qs), qPrintable(trustText()));
        QVERIFY2(trustText().contains(u"(seq %1)"_qs.arg(lastLine)), qPrintable(trustText()));
        m_console->auditVerification()->start(profile());
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->auditVerification()->isRunning(), 10000);
    }

    void pinnedKeyOfAnotherServerIsNamed()
    {
        Profile other = profile();
        other.auditKey = QString(64, u'a');
        m_console->auditVerification()->start(other);
        QTRY_VERIFY_WITH_TIMEOUT(!m_console->auditVerification()->isRunning(), 10000);
        QTRY_COMPARE(verdict(), u"broken"_qs);
        QVERIFY2(trustText().contains(u"not signed by this profile's pinned key"_qs),
                 qPrintable(trustText()));
        Profile none = profile();
        none.auditKey.clear();
        m_console->auditVerification()->start(none);
        QTRY_COMPARE(verdict(), u"unpinned"_qs);
        QVERIFY2(trustText().contains(u"no key pinned: only internal consistency checked"_qs),
                 qPrintable(trustText()));
        QVERIFY(trustText().contains(u"href=\"pin\""_qs));
        m_console->auditVerification()->start(profile());
        QTRY_COMPARE(verdict(), u"verified"_qs);
    }

    void evidenceExportFromTheFileMenu()
    {
        auto *action = m_console->window()->findChild<QAction *>(u"exportEvidenceAction"_qs);
        QVERIFY(action);
        QVERIFY(
            m_console->window()->findChild<QMenu *>(u"fileMenu"_qs)->actions().contains(action));
        action->trigger();
        EvidenceDialog *dialog = nullptr;
        for (auto *d : m_console->window()->findChildren<EvidenceDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString quarter = u"%1-Q%2"_qs.arg(today.year()).arg((today.month() - 1) / 3 + 1);
        QCOMPARE(dialog->choice().period, quarter); // the current quarter first
        auto *exportButton = dialog->findChild<QPushButton *>(u"evidenceExport"_qs);
        QVERIFY(!exportButton->isEnabled()); // no reason yet
        dialog->setPurpose(u"SOC 2 fieldwork"_qs);
        const QString out = m_dir.filePath(u"evidence-"_qs + quarter);
        dialog->setOutDir(out);
        QVERIFY(exportButton->isEnabled());
        exportButton->click();
        auto *result = dialog->findChild<QLabel *>(u"evidenceResult"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisibleTo(dialog), 60000);
        QVERIFY2(result->property("ok").toBool(), qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"Verified"_qs), qPrintable(result->text()));
        QVERIFY(result->text().contains(m_fingerprint));
        QVERIFY(QFile::exists(out + u"/manifest.sha256"_qs));
        saveScreenshot(dialog, u"evidence-export"_qs);
        // The pack verifies with the command line too, given the key openssl read.
        QProcess verify;
        verify.start(gatehousePath(),
                     {u"evidence"_qs, u"verify"_qs, out, u"--key"_qs, m_fingerprint});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardOutput().constData());
        dialog->close();
    }

    void nonAuditorIsToldWhy()
    {
        // bob is neither auditor nor admin: the control plane refuses, the tab says so.
        Profile p = profile();
        p.name = u"AsBob"_qs;
        QVERIFY(m_store->save(p).isNull());
        qputenv("GATEHOUSE_DEV_USER", "bob");
        ConsoleController bobs(p, m_store.get(), &m_nam, QString());
        bobs.setBrowserLauncher(
            makeBrowserLauncher(DevIdp::browserCommand(), BrowserMode::PrintOnly));
        bobs.show();
        bobs.session()->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(bobs.session()->isSignedIn(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!bobs.auditView()->accessProblem().isEmpty(), 20000);
        bobs.window()->showPage(MainWindow::AuditPage);
        saveScreenshot(bobs.window(), u"audit-not-auditor"_qs);
        const QString why = bobs.auditView()->accessProblem();
        QVERIFY2(why.contains(u"Only auditors and admins can read the audit"_qs), qPrintable(why));
        QCOMPARE(bobs.auditModel()->rowCount(), 0);
        // His grant's history says the same instead of an empty list.
        QTRY_VERIFY_WITH_TIMEOUT(bobs.grantsModel()->grantById(m_ledgerGrant), 10000);
        GrantHistoryDialog *dialog = bobs.openGrantHistory(m_ledgerGrant);
        QCOMPARE(dialog->events()->topLevelItemCount(), 0);
        const QString summary = dialog->findChild<QLabel *>(u"grantHistorySummary"_qs)->text();
        QVERIFY2(summary.contains(u"Only auditors and admins"_qs), qPrintable(summary));
        dialog->close();
        qputenv("GATEHOUSE_DEV_USER", "carol");
    }

    void signedOutInEveryLanguageReadsTheCache_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("intact"); // how the verdict starts
        QTest::newRow("de") << u"de"_qs << u"Kette von Seq 1 bis"_qs;
        QTest::newRow("fr") << u"fr"_qs << u"Chaîne intacte de seq 1"_qs;
        QTest::newRow("ja") << u"ja"_qs << u"seq 1 から"_qs;
    }
    void signedOutInEveryLanguageReadsTheCache()
    {
        // A console that never signed in shows and verifies what was synced
        // before, in the user's language.
        QFETCH(QString, language);
        QFETCH(QString, intact);
        QTranslator translator;
        QVERIFY(translator.load(QString::fromLatin1(kBinaryDir) + u"/translations/gatehouse_"_qs +
                                language + u".qm"_qs));
        QCoreApplication::installTranslator(&translator);
        {
            ConsoleController offline(profile(), m_store.get(), &m_nam, QString());
            QVERIFY(!offline.session()->isSignedIn());
            offline.window()->showPage(MainWindow::AuditPage);
            offline.window()->show();
            QVERIFY(QTest::qWaitForWindowExposed(offline.window()));
            auto *trust = offline.auditView()->findChild<QLabel *>(u"auditTrust"_qs);
            QTRY_COMPARE_WITH_TIMEOUT(trust->property("verdict").toString(), u"verified"_qs, 10000);
            QVERIFY2(trust->text().contains(intact), qPrintable(trust->text()));
            QVERIFY(trust->text().contains(m_fingerprint));
            QVERIFY(offline.auditModel()->rowCount() >= int(m_chainEnd));
            offline.auditView()->selectSeq(3);
            saveScreenshot(offline.window(), u"audit-verified-"_qs + language);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void grantHistoryFromTheGraphDetails()
    {
        // An active grant shows in the graph's details with a History… link.
        const auto granted = m_api.post(u"/v1/grants"_qs, token(u"alice"_qs),
                                        {{u"subject"_qs, u"dave"_qs},
                                         {u"service"_qs, u"payments"_qs},
                                         {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                         {u"duration"_qs, u"1h"_qs},
                                         {u"reason"_qs, u"INC-83: on-call look"_qs}});
        QCOMPARE(granted.status, 201);
        const QString id = granted.json().value(u"id").toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_console->grantsModel()->grantById(id), 10000);
        m_console->window()->showPage(MainWindow::GraphPage);
        m_console->graphPage()->selectNode(u"service:payments"_qs);
        auto *details = m_console->graphPage()->findChild<graph::GraphDetails *>();
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->toHtml().contains(u"history:"_qs + id), 10000);
        // The record reaches the console's cache with the grant list.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_console->auditModel()->rowCount() > 0 &&
                m_console->auditModel()->index(0, AuditModel::GrantColumn).data().toString() == id,
            10000);
        Q_EMIT details->anchorClicked(QUrl(u"history:"_qs + id));
        GrantHistoryDialog *dialog = nullptr;
        for (auto *d : m_console->window()->findChildren<GrantHistoryDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"History of grant %1"_qs.arg(id));
        QCOMPARE(dialog->events()->topLevelItemCount(), 1);
        QVERIFY(dialog->events()
                    ->topLevelItem(0)
                    ->text(GrantHistoryDialog::WhyColumn)
                    .contains(u"INC-83"_qs));
        dialog->close();
        m_console->window()->showPage(MainWindow::AuditPage);
    }

    void profileDialogPinsTheKey()
    {
        ProfileDialog dialog(profile(), ProfileDialog::Purpose::Edit, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *key = dialog.findChild<QLineEdit *>(u"profileAuditKey"_qs);
        QCOMPARE(key->text(), m_fingerprint);
        auto *problem = dialog.findChild<QLabel *>(u"profileProblem"_qs);
        QVERIFY(problem->text().isEmpty());
        saveScreenshot(&dialog, u"audit-profile-dialog"_qs);
        key->setText(u"not-a-key"_qs);
        QVERIFY2(problem->text().startsWith(u"Audit key:"_qs), qPrintable(problem->text()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        key->setText(m_fingerprint.toUpper());
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(dialog.profile().auditKey, m_fingerprint.toUpper());
        // Saved and read back.
        Profile p = profile();
        p.auditCheckpoints = u"/mnt/shipped/checkpoints"_qs;
        QVERIFY(m_store->save(p).isNull());
        const auto back = m_store->find(p.name);
        QVERIFY(back);
        QCOMPARE(back->auditKey, m_fingerprint);
        QCOMPARE(back->auditCheckpoints, p.auditCheckpoints);
        QVERIFY(m_store->save(profile()).isNull());
    }

    void removedTailIsNamed()
    {
        // The newest record is deleted from the store (and the store's head
        // moved back to the one before), gatehoused stopped: the records the
        // console synced earlier show the chain lost its end.
        m_console->window()->showPage(MainWindow::AuditPage);
        verifyAgain();
        QCOMPARE(verdict(), u"verified"_qs);
        QCOMPARE(m_gatehoused.process().stop(), 0);
        const QString db = m_gatehoused.storePath();
        const qint64 last =
            runShell(u"sqlite3 '%1' \"SELECT max(seq) FROM audit_log\""_qs.arg(db)).toLongLong();
        QVERIFY(last > 2);
        int code = -1;
        runShell(u"sqlite3 '%1' \"DELETE FROM audit_log WHERE seq = %2; UPDATE audit_head SET "
                 u"seq = %3, hash = (SELECT hash FROM audit_log WHERE seq = %3)\""_qs.arg(db)
                     .arg(last)
                     .arg(last - 1),
                 &code);
        QCOMPARE(code, 0);
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));
        verifyAgain();
        QCOMPARE(verdict(), u"broken"_qs);
        QVERIFY2(trustText().contains(u"Chain broken at seq %1"_qs.arg(last)),
                 qPrintable(trustText()));
        QVERIFY2(trustText().contains(u"the end of the chain was removed"_qs),
                 qPrintable(trustText()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_console.reset();
    }
};

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"
