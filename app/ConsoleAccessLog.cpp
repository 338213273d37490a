// The Access log tab's ties to the rest of the console: kind icons, value
// completion, export, retention, links to grants and the graph, and the
// graph's "Show access log".
#include "AccessLogExporter.h"
#include "AccessLogView.h"
#include "AppLogging.h"
#include "ConsoleController.h"
#include "GrantsView.h"
#include "GraphPage.h"
#include "KindGlyph.h"
#include "MainWindow.h"
#include "NodeItem.h"
#include "logs/AccessLogCompletion.h"

#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace gatehouse {

void ConsoleController::wireAccessLog()
{
    m_logModel.setKindIcons(graph::subjectKindIcons());
    m_logView->setValueSource([this](AccessLogFilter::Field field) {
        using Field = AccessLogFilter::Field;
        AccessLogCache::Facet facet;
        if (field == Field::User)
            facet = AccessLogCache::Facet::Caller;
        else if (field == Field::Service)
            facet = AccessLogCache::Facet::Service;
        else
            return QStringList();
        if (const auto known = m_completionValues.find(int(field));
            known != m_completionValues.end())
            return *known;
        AccessLogCache::Query all; // every cached line, not only the current filter's
        QStringList values;
        if (const auto top = m_logCache.facet(m_session->profile().name, all, facet, 200))
            for (const auto &c : top.value())
                values.append(c.value);
        values.sort(Qt::CaseInsensitive);
        m_completionValues.insert(int(field), values);
        return values;
    });
    // Beside a denied request: the grants this caller held on the service
    // (say, one that expired a minute before), newest first.
    m_logView->setRelatedGrants([this](const QString &subject, const QString &service) {
        QList<Grant> held;
        for (const Grant &g : m_grantsModel.grants())
            if (g.subject == subject && g.service == service)
                held.append(g);
        std::sort(held.begin(), held.end(),
                  [](const Grant &a, const Grant &b) { return a.createdAt > b.createdAt; });
        QList<QPair<QString, QString>> out;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Grant &g : held.mid(0, 3)) {
            const QString scope = g.methods.join(u", "_qs) + u' ' + g.pathPrefixes.join(u", "_qs);
            const QString note = AccessLogModel::grantNote(g, now);
            out.append({g.id, note.isEmpty() ? scope : scope + u", "_qs + note});
        }
        return out;
    });
    m_logExporter = new AccessLogExporter(&m_logCache, m_window.get(), this);
    m_window->addFileAction(m_logView->exportAction());
    connect(m_logView, &AccessLogView::exportRequested, this, [this] {
        m_window->showPage(MainWindow::LogPage);
        m_logExporter->ask(m_session->profile().name, m_logQuery);
    });
    connect(m_logExporter, &AccessLogExporter::finished, this,
            [this](const QString &message, bool) {
                m_window->statusBar()->showMessage(message, 15000);
            });
    connect(m_graphPage, &graph::GraphPage::accessLogRequested, this,
            &ConsoleController::showAccessLogFor);
    connect(m_logView, &AccessLogView::grantLinkActivated, this, [this](const QString &id) {
        m_window->showPage(MainWindow::GrantsPage);
        m_grantsView->selectGrant(id);
    });
    connect(m_logView, &AccessLogView::serviceLinkActivated, this, [this](const QString &name) {
        const QString id = u"service:"_qs + name;
        m_window->showPage(MainWindow::GraphPage);
        m_graphPage->selectNode(id);
        graph::GraphView *view = m_graphPage->view();
        if (auto *item = view->graphScene()->nodeItem(id))
            view->centerOn(item);
        view->setFocus(Qt::OtherFocusReason);
    });
}

void ConsoleController::showAccessLogFor(const QString &nodeId)
{
    const qsizetype colon = nodeId.indexOf(u':');
    const QString kind = nodeId.left(colon);
    const QString name = nodeId.mid(colon + 1);
    if (colon <= 0 || name.isEmpty() || kind == u"mesh")
        return;
    const QString field = kind == u"service" ? u"service"_qs : u"user"_qs;
    m_window->showPage(MainWindow::LogPage);
    m_logView->setRange(AccessLogView::Range::LastHour);
    m_logView->setFilterText(field + u" = "_qs + AccessLogCompletion::valueText(name));
    m_logView->table()->setFocus(Qt::OtherFocusReason);
}

void ConsoleController::pruneAccessLog()
{
    if (!m_logCache.isOpen())
        return;
    const Profile &p = m_session->profile();
    const QDateTime olderThan = p.accessLogDays > 0
                                    ? QDateTime::currentDateTimeUtc().addDays(-p.accessLogDays)
                                    : QDateTime();
    if (const auto pruned = m_logCache.prune(p.name, olderThan, p.accessLogMaxLines); !pruned)
        qCWarning(lcApp) << "access-log retention:" << pruned.error().logText();
    else if (pruned.value() > 0)
        qCInfo(lcApp) << "access-log retention dropped" << pruned.value() << "lines";
    m_completionValues.clear(); // lines came or went
    const auto kept = m_logCache.count(p.name, AccessLogCache::Query{});
    m_logCachedLines = kept ? kept.value() : -1;
}

} // namespace gatehouse
