#pragma once

#include "reviews/Review.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace gatehouse {

class ReviewsModel;

// Access reviews waiting for the signed-in owner: every item of the open
// campaigns on their services, with Keep… and Revoke… (each asks for a
// reason first). Errors from the control plane appear under the buttons.
class ReviewsView : public QWidget
{
    Q_OBJECT
public:
    // Asks for the decision's reason; returns nullopt when cancelled (tests
    // replace it).
    using AskReason = std::function<std::optional<ReviewDecisionRequest>(
        const ReviewCampaign &, const ReviewItem &, ReviewDecision)>;

    explicit ReviewsView(ReviewsModel *model, QWidget *parent = nullptr);

    void setAskReason(AskReason ask) { m_ask = std::move(ask); }
    void setReadOnly(bool readOnly, const QString &why = {});
    void showError(const QString &text);
    void clearError();
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void decisionRequested(const QString &campaignId, const QString &itemId,
                           const gatehouse::ReviewDecisionRequest &request);

private:
    void updateState();
    void decide(ReviewDecision decision);

    ReviewsModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_keep;
    QPushButton *m_revoke;
    QLabel *m_error;
    QLabel *m_readOnlyNote;
    AskReason m_ask;
    bool m_readOnly = false;
};

} // namespace gatehouse
