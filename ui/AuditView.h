#pragma once

#include "audit/AuditFilter.h"
#include "audit/ChainVerifier.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace gatehouse {

class AuditModel;

// The Audit tab: the verdict on the chain in words at the top (intact from
// seq A to B, signed by the pinned key, last checkpoint; or the first bad
// record, selected), a filter in the expression family of the other tabs, a
// period, the records newest first, and the selected one's before and after.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    enum class Period { All, LastDay, LastWeek, LastMonth, Quarter, Custom };
    Q_ENUM(Period)

    explicit AuditView(AuditModel *model, QWidget *parent = nullptr);

    AuditFilter filter() const { return m_filter; }
    Period period() const;
    void setPeriod(Period period);
    // [since, until); invalid ends are open.
    QDateTime since() const;
    QDateTime until() const;
    void setCustomPeriod(const QDateTime &from, const QDateTime &to);
    void setFilterText(const QString &text);
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTableView *table() const { return m_table; }

    void showVerifying(qint64 checked);
    void showTrust(const TrustReport &report, const QString &problem);
    // Why nothing can be shown (the control plane refused), or empty.
    void showAccessProblem(const QString &text);
    QString accessProblem() const;
    void setStatusText(const QString &text);
    // Selects the record (loading windows until it is in); false when the
    // current filter and period hide it.
    bool selectSeq(qint64 seq);

Q_SIGNALS:
    void queryChanged();
    void verifyRequested();
    void pinKeyRequested();

private:
    void applyFilter();
    void showDetail();

    AuditModel *m_model;
    AuditFilter m_filter;
    QLabel *m_trust;
    QPushButton *m_verify;
    QLabel *m_access;
    QLineEdit *m_filterEdit;
    QLabel *m_filterError;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
};

} // namespace gatehouse
