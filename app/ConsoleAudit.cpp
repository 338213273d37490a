// The Audit tab's ties to the rest of the console: syncing the chain into the
// cache, verifying it against the profile's pinned key, the period and
// filter, and a grant's history from the Grants tab and the graph.
#include "AppLogging.h"
#include "AuditTrustText.h"
#include "AuditView.h"
#include "ConsoleController.h"
#include "GrantHistoryDialog.h"
#include "GrantsView.h"
#include "GraphPage.h"
#include "MainWindow.h"
#include "cache/AuditSync.h"

#include <QAction>
#include <QLocale>
#include <QTextDocumentFragment>

namespace gatehouse {

void ConsoleController::wireAudit()
{
    m_auditView = new AuditView(&m_auditModel);
    m_window->setPage(MainWindow::AuditPage, m_auditView);
    m_window->tabs()->setTabEnabled(MainWindow::AuditPage, true);
    connect(m_auditView, &AuditView::queryChanged, this, &ConsoleController::applyAuditQuery);
    connect(m_auditView, &AuditView::verifyRequested, this, &ConsoleController::verifyAudit);
    connect(m_auditView, &AuditView::pinKeyRequested, this, [this] { editProfile(false); });
    connect(&m_auditVerification, &AuditVerification::progress, m_auditView,
            &AuditView::showVerifying);
    connect(
        &m_auditVerification, &AuditVerification::finished, this,
        [this](const TrustReport &report, const QString &problem) {
            m_auditTrust =
                QTextDocumentFragment::fromHtml(AuditTrustText::of(report, problem)).toPlainText();
            m_auditView->showTrust(report, problem);
        });
    connect(m_grantsView, &GrantsView::historyRequested, this,
            [this](const QString &id) { openGrantHistory(id); });
    connect(m_graphPage, &graph::GraphPage::grantHistoryRequested, this,
            [this](const QString &id) { openGrantHistory(id); });
    auto *evidence = new QAction(tr("Export &evidence…"), m_window.get());
    evidence->setObjectName(u"exportEvidenceAction"_qs);
    evidence->setToolTip(tr("An evidence pack for a period that auditors verify offline"));
    connect(evidence, &QAction::triggered, this, [this] { openEvidenceDialog(); });
    m_window->addFileAction(evidence);
    // Every grant change is an audit record: the chain grows with the list.
    connect(this, &ConsoleController::grantsUpdated, this, [this] {
        if (m_session->isSignedIn() && m_auditSync)
            m_auditSync->syncNow();
    });
}

void ConsoleController::useAuditProfile(const Profile &profile)
{
    m_auditSync = new AuditSync(m_client.get(), &m_auditCache, profile.name, m_client.get());
    connect(m_auditSync, &AuditSync::synced, this, [this](int stored, bool full) {
        m_auditView->showAccessProblem({});
        m_auditView->setStatusText(
            tr("Audit chain synced %1; what was synced stays readable offline.")
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
        if (stored > 0 || full) {
            applyAuditQuery();
            m_auditVerification.start(m_session->profile());
        }
    });
    connect(m_auditSync, &AuditSync::failed, this, [this](const Error &error, int status) {
        if (status == 403)
            m_auditView->showAccessProblem(
                tr("The control plane does not show you the audit chain: %1 Ask to be added to "
                   "the auditors group.")
                    .arg(error.message));
        else
            m_auditView->setStatusText(
                tr("The audit chain could not be synced (%1); showing what was synced before.")
                    .arg(error.message));
        m_auditVerification.start(m_session->profile()); // what the cache holds
    });
    m_auditModel.setBrokenSeq(-1);
    applyAuditQuery();
    m_auditVerification.start(profile); // offline: what was synced before
}

void ConsoleController::applyAuditQuery()
{
    if (!m_auditView || !m_session)
        return;
    AuditCache::Query query;
    query.filter = m_auditView->filter();
    query.since = m_auditView->since();
    query.until = m_auditView->until();
    const QString profile = m_session->profile().name;
    m_auditModel.setSource([this, profile, query](qint64 beforeSeq, int limit) {
        AuditCache::Query q = query;
        q.beforeSeq = beforeSeq;
        q.limit = limit;
        return m_auditCache.page(profile, q);
    });
    const auto matching = m_auditCache.count(profile, query);
    if (matching)
        m_auditView->setStatusText(tr("%n record(s) match.", "", int(matching.value())));
}

void ConsoleController::verifyAudit()
{
    m_auditView->showVerifying(0);
    if (m_session->isSignedIn())
        m_auditSync->syncNow(true);
    else
        m_auditVerification.start(m_session->profile());
}

GrantHistoryDialog *ConsoleController::openGrantHistory(const QString &grantId)
{
    AuditCache::Query query;
    query.filter = AuditFilter::parse(u"grant = \"%1\""_qs.arg(grantId)).value();
    query.limit = 10000;
    auto records = m_auditCache.page(m_session->profile().name, query);
    QList<AuditRecord> oldestFirst;
    if (records)
        oldestFirst = QList<AuditRecord>(records->crbegin(), records->crend());
    // Why there may be nothing: the control plane refused the chain.
    const QString access = m_auditView->accessProblem();
    const QString trust = (access.isEmpty() ? m_auditTrust : access).toHtmlEscaped();
    auto *dialog = new GrantHistoryDialog(grantId, oldestFirst, trust, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantHistoryDialog::showInAuditRequested, this,
            &ConsoleController::showAuditForGrant);
    dialog->show();
    return dialog;
}

void ConsoleController::showAuditForGrant(const QString &grantId)
{
    m_window->showPage(MainWindow::AuditPage);
    m_auditView->setPeriod(AuditView::Period::All);
    m_auditView->setFilterText(u"grant = \"%1\""_qs.arg(grantId));
}

} // namespace gatehouse
