#pragma once

#include "grants/Grant.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QAction;
class QPushButton;
class QTableView;
class QToolButton;

namespace gatehouse {

class GrantsFilterModel;
class GrantsModel;

// Grants with filters and live countdowns, and what can be done to them:
// approve or deny a pending request, revoke or extend active access. Every
// action that removes access asks first. Errors from the control plane appear
// under the buttons, naming the action and the grant.
class GrantsView : public QWidget
{
    Q_OBJECT
public:
    // Asks the person; returns true to go ahead (tests replace it).
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    // Asks for a new expiry; returns an invalid time to cancel.
    using AskExpiry = std::function<QDateTime(const Grant &grant)>;

    explicit GrantsView(GrantsModel *model, QWidget *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskExpiry(AskExpiry ask) { m_askExpiry = std::move(ask); }
    void setReadOnly(bool readOnly, const QString &why = {});
    void setMe(const QString &subject) { m_me = subject; }
    void showActionError(const QString &text);
    void clearActionError();
    QTableView *table() const { return m_table; }
    GrantsFilterModel *filter() const { return m_filter; }
    QString selectedId() const;
    void selectGrant(const QString &id);

Q_SIGNALS:
    void newGrantRequested();
    // The grant's whole history from the audit chain.
    void historyRequested(const QString &id);
    void actionRequested(const QString &id, const QString &action, const QDateTime &newExpiry);

private:
    void updateActions();
    void act(const QString &action);
    QDateTime defaultAskExpiry(const Grant &grant);

    GrantsModel *m_model;
    GrantsFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QToolButton *m_showActive;
    QToolButton *m_showPending;
    QToolButton *m_showEnded;
    QPushButton *m_new;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QPushButton *m_revoke;
    QPushButton *m_extend;
    QPushButton *m_history;
    QAction *m_historyAction;
    QLabel *m_error;
    QLabel *m_readOnlyNote;
    Confirm m_confirm;
    AskExpiry m_askExpiry;
    QString m_me;
    bool m_readOnly = false;
};

} // namespace gatehouse
