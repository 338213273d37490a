#pragma once

#include "AccessGraph.h"
#include "GraphView.h"

#include <QTimer>
#include <QWidget>

namespace gatehouse::graph {

class GraphDetails;
class GraphPageToolbar;

// The graph page of the console: find/hide expression, fit and zoom, the
// two questions (who can reach this service, what can this subject reach),
// the graph itself and the details of the selected node.
class GraphPage : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPage(QWidget *parent = nullptr);

    // Keeps selection, focus and the expression across updates; lays out
    // again only when nodes or edges came or went.
    void setGraph(const AccessGraph &graph);
    const AccessGraph &graph() const { return m_graph; }
    GraphView *view() const { return m_view; }

    void focusOnService(const QString &name);
    void selectNode(const QString &id);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    void applyQuery();
    void askWhoCanReach();
    void askWhatCanReach();

Q_SIGNALS:
    // The scene for the latest graph is ready to paint.
    void layoutFinished();
    void nodeSelected(const QString &id);
    // From a node's context menu or the details: the access log filtered on it.
    void accessLogRequested(const QString &id);
    // From a grant in the details: its history from the audit chain.
    void grantHistoryRequested(const QString &grantId);

private:
    void onLayoutFinished();
    void onNodeSelected(const QString &id);
    void refreshDetails();
    void updateQuestionButtons();
    QString nameOf(const QString &id) const;

    AccessGraph m_graph;
    GraphPageToolbar *m_toolbar;
    GraphView *m_view;
    GraphDetails *m_details;
    QTimer m_queryDelay;
    QTimer m_refresh;
    QString m_wantSelected;
    QString m_wantFocus;
    bool m_readOnly = false;
};

} // namespace gatehouse::graph
