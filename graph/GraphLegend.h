#pragma once

#include <QWidget>

namespace gatehouse::graph {

// The key to the edge styles, in a corner of the graph view: standing
// access, a temporary grant, a pending request.
class GraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GraphLegend(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_texts;
};

} // namespace gatehouse::graph
