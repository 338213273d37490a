#pragma once

#include <QToolButton>
#include <QWidget>

namespace gatehouse::graph {

// "Focused on payments — Esc": shown at the top of the graph while it shows
// one service's neighbourhood; a click leaves the focus like Esc does.
class FocusChip : public QToolButton
{
    Q_OBJECT

public:
    explicit FocusChip(QWidget *parent = nullptr);
    void showFor(const QString &name);
};

// The frame around the graph while it has keyboard focus (the canvas draws
// no focus rectangle of its own). Lets every mouse event through.
class FocusFrame : public QWidget
{
    Q_OBJECT

public:
    explicit FocusFrame(QWidget *parent = nullptr);
    static QColor color();

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace gatehouse::graph
