#include "GraphDetails.h"

#include "GraphStyle.h"
#include "TimeLeft.h"

#include <QCoreApplication>
#include <QScrollBar>
#include <QUrl>

namespace gatehouse::graph {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The kind of a node as the reader's language says it.
QString kindText(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Service:
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "service");
    case NodeKind::User:
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "user");
    case NodeKind::Group:
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "group");
    case NodeKind::Agent:
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "agent");
    }
    return {};
}

QString sensitivityText(const QString &level)
{
    if (level == u"low")
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "low");
    if (level == u"medium")
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "medium");
    if (level == u"high")
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "high");
    return level;
}

QString sourceText(const QString &source)
{
    if (source == u"mesh")
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "mesh policy");
    if (source == u"config")
        return QCoreApplication::translate("gatehouse::graph::GraphDetails", "configuration");
    return source;
}

QString link(const AccessGraph &graph, const QString &id)
{
    const Node *n = graph.node(id);
    const QString name = n ? n->name : id;
    const QString kind = n ? kindText(n->kind) : QString();
    return u"<a href=\"node:%1\">%2</a> <span style=\"color:#5f6368\">%3</span>"_qs.arg(
        esc(id), esc(name), esc(kind));
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"color:#5f6368; padding-right:10px\">%1</td><td>%2</td></tr>"_qs.arg(
        esc(label), valueHtml);
}

QString scope(const Edge &e)
{
    const QString methods = e.methods.isEmpty() ? u"*"_qs : e.methods.join(u", "_qs);
    const QString paths = e.paths.isEmpty() ? u"/"_qs : e.paths.join(u", "_qs);
    return esc(methods + u" "_qs + paths);
}

} // namespace

GraphDetails::GraphDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"graphDetails"_qs);
    setOpenLinks(false);
    setAccessibleName(tr("Selected node details"));
    setPlaceholderText(tr("Select a node to see who can reach it and what it can reach."));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"node")
            Q_EMIT nodeActivated(url.path());
        else if (url.scheme() == u"log")
            Q_EMIT accessLogRequested(url.path());
        else if (url.scheme() == u"history")
            Q_EMIT grantHistoryRequested(url.path());
    });
}

void GraphDetails::showNode(const AccessGraph &graph, const QString &id, const QDateTime &now)
{
    m_id = id;
    const Node *node = graph.node(id);
    if (!node) {
        clear();
        return;
    }
    QString html = u"<h3 style=\"margin-bottom:2px\">%1</h3>"_qs.arg(esc(node->name));
    if (!node->meshWide)
        html += u"<p><a href=\"log:%1\">%2</a></p>"_qs.arg(
            esc(id), esc(node->isService() ? tr("Show access log (last hour)")
                                           : tr("Show this caller's requests (last hour)")));
    if (node->isService()) {
        html += serviceHtml(graph, *node);
        html += u"<h4>"_qs + esc(tr("Who can reach it")) + u"</h4>"_qs;
        html += accessHtml(graph, graph.edgesTo(id), true, now);
    } else {
        const QString kind =
            node->meshWide ? tr("every service of mesh %1").arg(node->name) : kindText(node->kind);
        html += u"<p style=\"color:#5f6368\">%1</p>"_qs.arg(esc(kind));
    }
    if (!graph.edgesFrom(id).isEmpty() || !node->isService()) {
        html += u"<h4>"_qs + esc(tr("What it can reach")) + u"</h4>"_qs;
        html += accessHtml(graph, graph.edgesFrom(id), false, now);
    }
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

QString GraphDetails::serviceHtml(const AccessGraph &, const Node &n) const
{
    QString html;
    if (!n.description.isEmpty())
        html += u"<p>%1</p>"_qs.arg(esc(n.description));
    html += u"<table cellspacing=\"2\">"_qs;
    html += row(tr("Owners"),
                esc(n.owners.join(u", "_qs)) +
                    (n.ownedByMe ? u" <b>("_qs + esc(tr("you")) + u")</b>"_qs : QString()));
    html += row(tr("Team"), esc(n.team));
    html += row(tr("Edge hosts"), esc(n.edgeHosts.join(u", "_qs)));
    html += row(tr("Kuma"), esc(tr("mesh %1, service %2").arg(n.mesh, n.kumaService)));
    const style::Health health = style::healthOf(n.health);
    html += row(tr("Health"), esc(n.health.isEmpty()
                                      ? style::healthText(health)
                                      : style::healthText(health) + u" ("_qs + n.health + u")"_qs));
    html += row(tr("Longest grant"),
                esc(n.maxGrantSeconds > 0 ? timeLeftText(n.maxGrantSeconds) : tr("not set")));
    QString approval = n.approval == u"owner" ? tr("an owner approves") : tr("granted at once");
    if (n.ticketRequired)
        approval += u", "_qs + tr("ticket required");
    html += row(tr("Approval"), esc(approval));
    html += row(tr("Sensitivity"), esc(sensitivityText(n.sensitivity)));
    if (n.source == u"kuma")
        html += row(tr("Catalog"), esc(tr("known to the mesh only")));
    return html + u"</table>"_qs;
}

QString GraphDetails::accessHtml(const AccessGraph &graph, const QList<int> &edges, bool incoming,
                                 const QDateTime &now) const
{
    QString standing, grants, pending;
    for (int i : edges) {
        const Edge &e = graph.edges().at(i);
        const QString who = link(graph, incoming ? e.from : e.to);
        switch (e.kind) {
        case EdgeKind::Standing:
            standing +=
                u"<li>%1 — %2 <i>(%3)</i></li>"_qs.arg(who, scope(e), esc(sourceText(e.source)));
            break;
        case EdgeKind::Grant: {
            const qint64 left = now.secsTo(e.expiresAt);
            const QString time = left > 0 ? tr("%1 left").arg(timeLeftText(left)) : tr("expired");
            grants +=
                u"<li>%1 — %2 · <b>%3</b><br/><i>%4</i> · <a href=\"history:%5\">%6</a></li>"_qs
                    .arg(who, scope(e), esc(time), esc(tr("reason: %1").arg(e.reason)),
                         esc(e.grantId), esc(tr("History…")));
            break;
        }
        case EdgeKind::Pending:
            pending += u"<li>%1 — %2%3<br/><i>%4</i></li>"_qs.arg(
                who, scope(e),
                e.requestedSeconds > 0 ? u" · <b>"_qs +
                                             esc(QCoreApplication::translate(
                                                     "gatehouse::graph::GraphView", "requested %1")
                                                     .arg(timeLeftText(e.requestedSeconds))) +
                                             u"</b>"_qs
                                       : QString(),
                esc(tr("requested by %1, review by %2")
                        .arg(e.requestedBy, e.reviewBy.toLocalTime().toString(Qt::ISODate))));
            break;
        }
    }
    QString html;
    auto section = [&html](const QString &title, const QString &items) {
        if (!items.isEmpty())
            html += u"<p><b>%1</b></p><ul style=\"margin-top:0\">%2</ul>"_qs.arg(esc(title), items);
    };
    section(tr("Standing"), standing);
    section(tr("Temporary grants"), grants);
    section(tr("Pending requests"), pending);
    if (html.isEmpty())
        html = u"<p style=\"color:#5f6368\">%1</p>"_qs.arg(esc(tr("Nothing.")));
    return html;
}

} // namespace gatehouse::graph
