#include "GraphOverlays.h"

#include "GraphStyle.h"

#include <QPainter>

namespace gatehouse::graph {

FocusChip::FocusChip(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"graphFocusChip"_qs);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus); // Esc on the graph does the same
    setAutoRaise(false);
    setStyleSheet(u"QToolButton { background: #e8f0fe; color: #174ea6; border: 1px solid #aecbfa;"
                  " border-radius: 11px; padding: 2px 10px; font-weight: bold; }"
                  "QToolButton:hover { background: #d2e3fc; }"_qs);
    hide();
}

void FocusChip::showFor(const QString &name)
{
    setText(tr("Focused on %1 \u2014 Esc").arg(name));
    setToolTip(tr("Only %1 and what is one step away are shown. Click or press Esc to see the "
                  "whole graph.")
                   .arg(name));
    setAccessibleName(text());
    adjustSize();
    show();
    raise();
}

FocusFrame::FocusFrame(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"graphFocusFrame"_qs);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

QColor FocusFrame::color()
{
    return style::selectionColor();
}

void FocusFrame::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(QPen(color(), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

} // namespace gatehouse::graph
