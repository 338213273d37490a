#pragma once

#include "LegendKind.h"

#include <QWidget>

namespace gatehouse::graph {

// The key to everything the graph draws, in a corner of the graph view:
// the kinds of node, the health dot in words, the edge styles and the
// marks (selection, find matches). Entries come in groups that wrap into
// as many columns as the width allows.
class GraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GraphLegend(QWidget *parent = nullptr);

    struct Entry
    {
        LegendKind kind;
        QString text;
    };
    QList<LegendKind> kinds() const;
    QString text(LegendKind kind) const;
    // Lays the groups out within this width; the height follows.
    void fitWidth(int maxWidth);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Group
    {
        QString title;
        QList<Entry> entries;
        QPoint origin; // laid out by fitWidth()
        int width = 0;
    };
    void retranslate();
    void paintSample(QPainter &p, LegendKind kind, const QRectF &box) const;

    QList<Group> m_groups;
    int m_maxWidth = 600;
};

} // namespace gatehouse::graph
