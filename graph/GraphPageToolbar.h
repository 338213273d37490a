#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace gatehouse::graph {

// The row above the graph: the find/hide expression with its inline error,
// fit and zoom, and the two questions about the selected node.
class GraphPageToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPageToolbar(QWidget *parent = nullptr);

    QLineEdit *query() const { return m_query; }
    QComboBox *mode() const { return m_mode; }
    QToolButton *fit() const { return m_fit; }
    QToolButton *zoomIn() const { return m_zoomIn; }
    QToolButton *zoomOut() const { return m_zoomOut; }
    QPushButton *whoCanReach() const { return m_who; }
    QPushButton *whatCanReach() const { return m_what; }

    bool hideMode() const;
    void showError(const QString &message);
    void showStatus(const QString &message);

private:
    QLineEdit *m_query;
    QComboBox *m_mode;
    QToolButton *m_fit;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QPushButton *m_who;
    QPushButton *m_what;
    QLabel *m_error;
    QLabel *m_status;
};

} // namespace gatehouse::graph
