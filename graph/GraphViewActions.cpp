#include "GraphLegend.h"
#include "GraphView.h"

#include <QAction>
#include <QKeyEvent>

namespace gatehouse::graph {

// Every key of the graph is an action: the View menu lists them (with their
// keys), and they work while the graph has the keyboard focus.
void GraphView::createActions()
{
    const auto add = [this](const QString &name, const QString &text,
                            const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
        return a;
    };
    add(u"graphZoomInAction"_qs, tr("Zoom &in"),
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)}, [this] { zoomIn(); });
    add(u"graphZoomOutAction"_qs, tr("Zoom ou&t"), {QKeySequence(Qt::Key_Minus)},
        [this] { zoomOut(); });
    add(u"graphFitAction"_qs, tr("&Fit the graph in view"),
        {QKeySequence(Qt::Key_F), QKeySequence(Qt::Key_Home)}, [this] { fitAll(); });
    add(u"graphNextAction"_qs, tr("&Next node"), {QKeySequence(Qt::Key_N)},
        [this] { selectNext(1); });
    add(u"graphPreviousAction"_qs, tr("&Previous node"), {QKeySequence(Qt::Key_P)},
        [this] { selectNext(-1); });
    add(u"graphFocusAction"_qs, tr("Focus on the &selected service"),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
        [this] { focusOn(m_state.selected); });
    add(u"graphLeaveFocusAction"_qs, tr("L&eave the focus"), {QKeySequence(Qt::Key_Escape)},
        [this] { clearFocus(); });
    add(u"graphNodeMenuAction"_qs, tr("Node &menu…"), {QKeySequence(Qt::Key_Menu)}, [this] {
        if (!m_state.selected.isEmpty())
            openNodeMenu(m_state.selected,
                         viewport()->mapToGlobal(nodeViewportPos(m_state.selected)));
    });
    QAction *legend = add(u"graphLegendAction"_qs, tr("Show the legen&d"),
                          {QKeySequence(Qt::Key_L)}, [this](bool on) { setLegendVisible(on); });
    legend->setCheckable(true);
    legend->setChecked(true);
    add(u"graphRelayoutAction"_qs, tr("Lay the graph out &again"), {QKeySequence(Qt::Key_R)},
        [this] { relayout(); });
    updateActions();
}

QAction *GraphView::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void GraphView::updateActions()
{
    const Node *selected = graph().node(m_state.selected);
    if (QAction *a = action(u"graphFocusAction"_qs))
        a->setEnabled(selected && selected->isService() && m_focused != m_state.selected);
    if (QAction *a = action(u"graphLeaveFocusAction"_qs))
        a->setEnabled(!m_focused.isEmpty());
    if (QAction *a = action(u"graphNodeMenuAction"_qs))
        a->setEnabled(selected && !selected->meshWide);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    // The same keys when the shortcut map did not see the event (no active
    // window): one place decides what a key does.
    const Qt::KeyboardModifiers mods =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods == Qt::NoModifier) {
        for (QAction *a : std::as_const(m_actions)) {
            if (!a->isEnabled())
                continue;
            for (const QKeySequence &key : a->shortcuts()) {
                if (key.count() == 1 && key[0].key() == Qt::Key(event->key())) {
                    a->trigger();
                    event->accept();
                    return;
                }
            }
        }
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace gatehouse::graph
