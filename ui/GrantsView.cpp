#include "GrantsView.h"

#include "DurationText.h"
#include "GrantStateDelegate.h"
#include "GrantsFilterModel.h"
#include "GrantsModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gatehouse {

GrantsView::GrantsView(GrantsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new GrantsFilterModel(this))
{
    setObjectName(u"grantsView"_qs);
    m_filter->setSourceModel(model);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    const auto toggle = [&](const QString &text, const QString &name, bool on) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setChecked(on);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        connect(b, &QToolButton::toggled, this, [this] {
            QSet<GrantState> states;
            if (m_showActive->isChecked())
                states << GrantState::Active;
            if (m_showPending->isChecked())
                states << GrantState::Pending;
            if (m_showEnded->isChecked())
                states << GrantState::Expired << GrantState::Revoked << GrantState::Denied
                       << GrantState::Lapsed;
            m_filter->setStates(states);
        });
        return b;
    };
    m_showActive = toggle(tr("Active"), u"showActive"_qs, true);
    m_showPending = toggle(tr("Pending"), u"showPending"_qs, true);
    m_showEnded = toggle(tr("Ended"), u"showEnded"_qs, false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"grantSearch"_qs);
    m_search->setPlaceholderText(tr("Filter by who, service, reason, ticket…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &GrantsFilterModel::setText);
    m_new = new QPushButton(tr("&New grant…"), this);
    m_new->setObjectName(u"newGrantButton"_qs);
    m_new->setToolTip(tr("Grant or request access (Ctrl+N)"));
    bar->addWidget(m_new);
    connect(m_new, &QPushButton::clicked, this, &GrantsView::newGrantRequested);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"grantsTable"_qs);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(GrantsModel::StateColumn, new GrantStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GrantsModel::TimeLeftColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GrantsModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name, const QString &action) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        actions->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, action] { act(action); });
        return b;
    };
    m_approve = button(tr("&Approve"), u"approveButton"_qs, u"approve"_qs);
    m_deny = button(tr("&Deny…"), u"denyButton"_qs, u"deny"_qs);
    m_revoke = button(tr("&Revoke…"), u"revokeButton"_qs, u"revoke"_qs);
    m_extend = button(tr("E&xtend…"), u"extendButton"_qs, u"extend"_qs);
    m_history = new QPushButton(tr("Histor&y…"), this); // Alt+H is Help
    m_history->setObjectName(u"grantHistoryButton"_qs);
    m_history->setToolTip(tr("Everything that happened to this grant, from the audit chain"));
    actions->addWidget(m_history);
    m_historyAction = new QAction(tr("Histor&y…"), this);
    m_historyAction->setObjectName(u"grantHistoryAction"_qs);
    m_table->addAction(m_historyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto history = [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            Q_EMIT historyRequested(id);
    };
    connect(m_history, &QPushButton::clicked, this, history);
    connect(m_historyAction, &QAction::triggered, this, history);
    actions->addStretch();
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(u"grantsReadOnly"_qs);
    m_readOnlyNote->hide();
    actions->addWidget(m_readOnlyNote);
    layout->addLayout(actions);
    m_error = new QLabel(this);
    m_error->setObjectName(u"grantsError"_qs);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b42318;"_qs);
    m_error->hide();
    layout->addWidget(m_error);

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };
    m_askExpiry = [this](const Grant &g) { return defaultAskExpiry(g); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GrantsView::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GrantsView::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &GrantsView::updateActions);
    updateActions();
}

QString GrantsView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(GrantsModel::GrantIdRole).toString();
}

void GrantsView::selectGrant(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

void GrantsView::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_new->setEnabled(!readOnly);
    m_readOnlyNote->setText(why);
    m_readOnlyNote->setVisible(readOnly && !why.isEmpty());
    updateActions();
}

void GrantsView::updateActions()
{
    const Grant *g = m_model->grantById(selectedId());
    const bool pending = g && g->state == GrantState::Pending;
    const bool active = g && g->state == GrantState::Active;
    // The control plane decides who may; the buttons only offer what fits the state.
    m_approve->setEnabled(!m_readOnly && pending && g->requestedBy != m_me);
    m_deny->setEnabled(!m_readOnly && pending && g->requestedBy != m_me);
    m_revoke->setEnabled(!m_readOnly && (active || pending));
    m_history->setEnabled(g != nullptr);
    m_historyAction->setEnabled(g != nullptr);
    m_revoke->setText(pending && g->requestedBy == m_me ? tr("&Withdraw…") : tr("&Revoke…"));
    m_extend->setEnabled(!m_readOnly && active);
}

void GrantsView::showActionError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void GrantsView::clearActionError()
{
    showActionError({});
}

void GrantsView::act(const QString &action)
{
    const Grant *g = m_model->grantById(selectedId());
    if (!g)
        return;
    const QString id = g->id;
    const QString who = g->subject;
    const QString service = g->service;
    if (action == u"revoke") {
        if (!m_confirm(tr("Revoke access?"),
                       tr("%1 loses access to %2 now. This cannot be undone.").arg(who, service)))
            return;
    } else if (action == u"deny") {
        if (!m_confirm(tr("Deny the request?"),
                       tr("%1 will not get access to %2.").arg(who, service)))
            return;
    }
    QDateTime newExpiry;
    if (action == u"extend") {
        newExpiry = m_askExpiry(*g);
        if (!newExpiry.isValid())
            return;
    }
    clearActionError();
    Q_EMIT actionRequested(id, action, newExpiry);
}

QDateTime GrantsView::defaultAskExpiry(const Grant &g)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Extend access"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Extend %1's access to %2 by:").arg(g.subject, g.service), &dialog));
    auto *choice = new QComboBox(&dialog);
    for (int minutes : {15, 30, 60, 120, 240, 480})
        choice->addItem(formatDuration(std::chrono::minutes(minutes)), minutes * 60);
    layout->addWidget(choice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return g.expiresAt.addSecs(choice->currentData().toLongLong());
}

} // namespace gatehouse
