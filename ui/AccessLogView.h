#pragma once

#include "logs/AccessLogFilter.h"

#include <QDateTime>
#include <QWidget>

#include <array>
#include <functional>

class QAction;
class QCompleter;
class QStringListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace gatehouse {

class AccessLogFacets;
class AccessLogHistogram;
class AccessLogModel;
struct AccessLogEntry;

// The Access log tab: a filter bar (expression, with its error inline at the
// column it points at), a time range and a live toggle, a histogram of the
// range (drag to narrow it), the table of requests, the detail of the selected
// one with its decision in words, and facets (top values, click to filter).
class AccessLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Last15Minutes, LastHour, LastDay, All, Custom };
    Q_ENUM(Range)

    // What is known of a grant ("approved by alice, expires …"), empty if nothing.
    using GrantNote = std::function<QString(const QString &grantId)>;
    // The values completion offers for a field besides the fixed ones
    // (callers and services the cache holds).
    using ValueSource = std::function<QStringList(AccessLogFilter::Field field)>;

    explicit AccessLogView(AccessLogModel *model, QWidget *parent = nullptr);

    void setGrantNote(GrantNote note) { m_grantNote = std::move(note); }
    // The grants the console knows of a subject on a service ("42: GET /v1/,
    // expired at …"), shown beside a denied request so it says since when.
    using RelatedGrants = std::function<QList<QPair<QString, QString>>(const QString &subject,
                                                                       const QString &service)>;
    void setRelatedGrants(RelatedGrants related) { m_relatedGrants = std::move(related); }
    void setValueSource(ValueSource source) { m_valueSource = std::move(source); }
    // Where the lines come from (synced, cached, offline) and how many match.
    void setStatusText(const QString &text, bool warning);
    AccessLogFilter filter() const { return m_filter; }
    Range range() const;
    // The first moment the range covers; invalid for "all".
    QDateTime since(const QDateTime &now) const;
    // The moment the range ends (exclusive); invalid when it runs up to now.
    QDateTime until() const;
    // Narrows to [from, to): a custom range, shown in the range box.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    // The histogram's bucket length for the range.
    qint64 bucketMs(const QDateTime &now) const;
    // Shows per-bucket counts (bucket start in ms, counts; sparse, oldest
    // first) over the range, with the empty buckets between them.
    void setHistogram(const QList<QPair<qint64, std::array<qint64, 3>>> &buckets,
                      const QDateTime &now);
    AccessLogHistogram *histogram() const { return m_histogram; }
    AccessLogFacets *facets() const { return m_facets; }
    // New lines are followed as they arrive.
    bool isLive() const;
    // Sets the filter text and applies it (as if typed and Enter pressed).
    void setFilterText(const QString &text);
    // Picks one of the preset ranges.
    void setRange(Range range);
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // Completion of field names, operators and values in the filter bar.
    QCompleter *completer() const { return m_completer; }
    // Offers what fits at the cursor (as typing does; Ctrl+Space).
    void showCompletions();
    QTableView *table() const { return m_table; }
    bool hasSelection() const;
    // Copies the selected request as one JSON object, as the API lists it (Ctrl+C).
    QAction *copyAction() const { return m_copy; }
    // Exports the current filter and range to CSV or JSON Lines (Ctrl+E).
    QAction *exportAction() const { return m_export; }

    // The detail of one line as rich text: every stored field.
    static QString detailHtml(const AccessLogEntry &entry, const QString &grantNote = {},
                              const QList<QPair<QString, QString>> &related = {});

Q_SIGNALS:
    // A valid filter was applied, or the range changed.
    void queryChanged();
    void refreshRequested();
    void liveChanged(bool live);
    void exportRequested();
    // Links in a request's detail: the grant in the Grants tab, the service in the graph.
    void grantLinkActivated(const QString &grantId);
    void serviceLinkActivated(const QString &service);

private:
    void applyFilter();
    void showDetail();
    void copySelected();
    void insertCompletion(const QString &completion);

    AccessLogModel *m_model;
    QLineEdit *m_filterEdit;
    QLabel *m_filterError;
    QComboBox *m_range;
    QPushButton *m_refresh;
    QToolButton *m_live;
    AccessLogHistogram *m_histogram;
    AccessLogFacets *m_facets;
    QDateTime m_customFrom;
    QDateTime m_customTo;
    int m_scrollBeforeInsert = -1; // the scroll bar's value while rows go in at the top
    QLabel *m_status;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QAction *m_copy;
    QAction *m_export;
    QToolButton *m_exportButton;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    int m_completionStart = 0;
    ValueSource m_valueSource;
    AccessLogFilter m_filter;
    GrantNote m_grantNote;
    RelatedGrants m_relatedGrants;
};

} // namespace gatehouse
