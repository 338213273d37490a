#pragma once

#include "reviews/Review.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse {

// Asks for the reason of one review decision, with a recap of what is
// decided. The verb button ("Keep access" / "Revoke access") is enabled
// once a reason is written; Cancel is the default, so Enter never revokes.
class ReviewDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDecisionDialog(const ReviewCampaign &campaign, const ReviewItem &item,
                         ReviewDecision decision, QWidget *parent = nullptr);

    ReviewDecisionRequest request() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *verbButton() const { return m_verb; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    ReviewDecision m_decision;
    QPlainTextEdit *m_reason;
    QPushButton *m_verb;
    QPushButton *m_cancel;
};

} // namespace gatehouse
