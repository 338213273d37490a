#pragma once

#include "logs/AccessLogFilter.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace gatehouse {

class AccessLogModel;
struct AccessLogEntry;

// The Access log tab: a filter bar (expression, with its error inline at the
// column it points at), a time range, the table of requests and the detail of
// the selected one, with its decision in words.
class AccessLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Last15Minutes, LastHour, LastDay, All };
    Q_ENUM(Range)

    // What is known of a grant ("approved by alice, expires …"), empty if nothing.
    using GrantNote = std::function<QString(const QString &grantId)>;

    explicit AccessLogView(AccessLogModel *model, QWidget *parent = nullptr);

    void setGrantNote(GrantNote note) { m_grantNote = std::move(note); }
    // Where the lines come from (synced, cached, offline) and how many match.
    void setStatusText(const QString &text, bool warning);
    AccessLogFilter filter() const { return m_filter; }
    Range range() const;
    // The first moment the range covers; invalid for "all".
    QDateTime since(const QDateTime &now) const;
    QTableView *table() const { return m_table; }
    bool hasSelection() const;
    // Copies the selected request as one JSON object, as the API lists it (Ctrl+C).
    QAction *copyAction() const { return m_copy; }

    // The detail of one line as rich text: every stored field.
    static QString detailHtml(const AccessLogEntry &entry, const QString &grantNote = {});

Q_SIGNALS:
    // A valid filter was applied, or the range changed.
    void queryChanged();
    void refreshRequested();

private:
    void applyFilter();
    void showDetail();
    void copySelected();

    AccessLogModel *m_model;
    QLineEdit *m_filterEdit;
    QLabel *m_filterError;
    QComboBox *m_range;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QAction *m_copy;
    AccessLogFilter m_filter;
    GrantNote m_grantNote;
};

} // namespace gatehouse
