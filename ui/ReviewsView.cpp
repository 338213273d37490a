#include "ReviewsView.h"

#include "ReviewDecisionDialog.h"
#include "ReviewsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse {

ReviewsView::ReviewsView(ReviewsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"reviewsView"_qs);
    m_summary = new QLabel;
    m_summary->setObjectName(u"reviewsSummary"_qs);
    m_summary->setWordWrap(true);

    m_table = new QTableView;
    m_table->setObjectName(u"reviewsTable"_qs);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true); // the reason
    m_table->setWordWrap(false);

    m_keep = new QPushButton(tr("&Keep…"));
    m_keep->setObjectName(u"reviewsKeep"_qs);
    m_keep->setToolTip(tr("Keep this access, with a reason"));
    m_revoke = new QPushButton(tr("Re&voke…"));
    m_revoke->setObjectName(u"reviewsRevoke"_qs);
    m_revoke->setToolTip(tr("Revoke this access, with a reason"));
    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(u"reviewsReadOnly"_qs);
    m_readOnlyNote->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_readOnlyNote);
    buttons->addStretch();

    m_error = new QLabel;
    m_error->setObjectName(u"reviewsError"_qs);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_qs);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    m_ask = [this](const ReviewCampaign &campaign, const ReviewItem &item,
                   ReviewDecision decision) -> std::optional<ReviewDecisionRequest> {
        ReviewDecisionDialog dialog(campaign, item, decision, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.request();
    };
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Keep); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { decide(ReviewDecision::Revoke); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewsView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ReviewsView::updateState);
    updateState();
}

void ReviewsView::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyNote->setText(why);
    m_readOnlyNote->setVisible(readOnly && !why.isEmpty());
    updateState();
}

void ReviewsView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ReviewsView::clearError()
{
    m_error->clear();
    m_error->hide();
}

void ReviewsView::updateState()
{
    const int pending = m_model->pendingCount();
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No access reviews are open for the services you own."));
    else if (pending == 0)
        m_summary->setText(tr("Every item is decided. Thank you."));
    else
        m_summary->setText(
            tr("%n item(s) wait for your decision: keep or revoke each, with a reason. Due %1.",
               nullptr, pending)
                .arg(ReviewsModel::longTime(m_model->nextDue())));
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool pendingSelected =
        !rows.isEmpty() && rows.first().data(ReviewsModel::PendingRole).toBool();
    m_keep->setEnabled(pendingSelected && !m_readOnly);
    m_revoke->setEnabled(pendingSelected && !m_readOnly);
}

void ReviewsView::decide(ReviewDecision decision)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ReviewCampaign *campaign = nullptr;
    const ReviewItem *item = m_model->itemAt(rows.first().row(), &campaign);
    if (!item || !item->isPending())
        return;
    // Copies: the list may be replaced while the dialog is open.
    const ReviewCampaign c = *campaign;
    const ReviewItem i = *item;
    const auto request = m_ask(c, i, decision);
    if (!request)
        return;
    clearError();
    Q_EMIT decisionRequested(c.id, i.id, *request);
}

} // namespace gatehouse
