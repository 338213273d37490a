#pragma once

#include "AccessGraph.h"
#include "GraphLayoutEngine.h"
#include "GraphScene.h"

#include <QGraphicsView>
#include <QTimer>

#include <functional>
#include <optional>

class QToolButton;

namespace gatehouse::graph {

class FocusChip;
class FocusFrame;
class GraphLayout;
class GraphLegend;

// The access graph on screen. Lays the graph out off the GUI thread, keeps
// grant countdowns live, and offers zoom (Ctrl+wheel, +/-), pan (drag,
// scrollbars), fit (F, Home), selection (click), focus on a service's
// neighbourhood (double-click or Enter; Escape leaves it), keyboard walk
// through nodes (N, P), highlight and hide; a node's context menu (right
// click, or the Menu key on the selected node) opens its access log.
// Every key is an action (graphActions()) so menus can list them.
//
// Text never gets smaller than style::kMinimumTextPixels when fitting: the
// view scrolls instead. Hidden nodes, and nodes outside the focus, leave
// the layout; a new grant or request keeps every node where it was.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Re-lays out only when nodes or edges came or went; otherwise updates
    // labels in place. layoutFinished() follows either way.
    void setGraph(const AccessGraph &graph);
    // Shows a graph with a layout computed elsewhere, synchronously.
    void showLayout(const AccessGraph &graph, const LayoutResult &layout);
    const AccessGraph &graph() const { return m_scene->graph(); }
    GraphScene *graphScene() const { return m_scene; }
    bool isLayoutPending() const { return m_pendingLayout; }
    QString lastEngine() const { return m_engine; }
    // The keys of the graph, for the View menu: zoom, fit, walk, focus,
    // legend, lay out again, the node menu.
    QList<QAction *> graphActions() const { return m_actions; }
    QAction *action(const QString &objectName) const;
    GraphLegend *legend() const { return m_legend; }
    // The tooltip an edge shows on hover (empty: no edge there).
    QString edgeToolTipAt(const QPoint &viewportPos) const;

    void setClock(Clock clock);
    // Shown in the middle of the view while there is no node to draw.
    void setEmptyText(const QString &text);
    QDateTime now() const { return m_clock(); }

    QString selectedNode() const { return m_state.selected; }
    QString focusedNode() const { return m_focused; }
    QSet<QString> highlighted() const { return m_state.highlighted; }
    QSet<QString> hiddenNodes() const { return m_state.hidden; }
    double zoom() const { return transform().m11(); }
    // The node's centre in viewport coordinates (for tests and tooltips).
    QPoint nodeViewportPos(const QString &id) const;
    bool isNodeVisible(const QString &id) const;
    bool isNodeDimmed(const QString &id) const;

public Q_SLOTS:
    void selectNode(const QString &id);
    void focusOn(const QString &serviceId);
    void clearFocus();
    void setHighlighted(const QSet<QString> &ids);
    void setHiddenNodes(const QSet<QString> &ids);
    void fitAll();
    void zoomIn();
    void zoomOut();
    void setZoom(double factor);
    void setLegendVisible(bool visible);
    // Lays the whole graph out afresh (new positions for everything).
    void relayout();

Q_SIGNALS:
    void nodeSelected(const QString &id);
    void focusChanged(const QString &id);
    void layoutFinished();
    // "Show access log" on a service's or a subject's context menu.
    void accessLogRequested(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void onLayout(const LayoutResult &result);
    void applyState();
    void tick();
    QString nodeAt(const QPoint &viewportPos) const;
    void announceFinished();
    void selectNext(int step);
    void createActions();
    void updateActions();
    void requestLayout(const AccessGraph &graph);
    void layoutVisibleNodes();
    void zoomChanged();
    double legendReserve() const;
    void updateSceneRect();
    void placeOverlays();
    void openNodeMenu(const QString &id, const QPoint &globalPos);

    GraphScene *m_scene;
    GraphLayout *m_layout;
    GraphLegend *m_legend;
    FocusChip *m_chip;
    QToolButton *m_legendButton;
    std::optional<bool> m_legendWanted; // unset: shown while it takes a third at most
    FocusFrame *m_frame;
    QList<QAction *> m_actions;
    PartialLayout m_partial; // the running layout's nodes and edges
    QSet<QString> m_leftOut; // left out of the layout shown (or running)
    QTimer m_countdown;
    Clock m_clock;
    VisualState m_state;
    QString m_focused;
    QString m_structure;
    AccessGraph m_waiting; // the graph whose layout is running
    QString m_engine;
    bool m_pendingLayout = false;
    bool m_fitOnNextLayout = true;
    bool m_autoFit = true; // fit on resize until the person zooms
    QString m_emptyText;
};

} // namespace gatehouse::graph
