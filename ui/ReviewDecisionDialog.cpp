#include "ReviewDecisionDialog.h"

#include "ReviewsModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gatehouse {

ReviewDecisionDialog::ReviewDecisionDialog(const ReviewCampaign &campaign, const ReviewItem &item,
                                           ReviewDecision decision, QWidget *parent)
    : QDialog(parent)
    , m_decision(decision)
{
    setObjectName(u"reviewDecisionDialog"_qs);
    const bool keep = decision == ReviewDecision::Keep;
    const bool standing = item.kind == ReviewItemKind::Standing;
    setWindowTitle(keep ? tr("Keep access") : tr("Revoke access"));

    auto *recap = new QFormLayout;
    recap->addRow(tr("Review:"), new QLabel(campaign.name));
    recap->addRow(tr("Who:"), new QLabel(ReviewsModel::holderText(item)));
    recap->addRow(tr("Service:"), new QLabel(item.service));
    recap->addRow(tr("Access:"), new QLabel(ReviewsModel::accessText(item)));
    recap->addRow(
        tr("Kind:"),
        new QLabel(standing ? tr("Standing permission (gatehoused configuration)")
                            : tr("Grant until %1").arg(ReviewsModel::longTime(item.expiresAt))));

    auto *effect = new QLabel(
        keep ? tr("The access stays as it is. Your reason is recorded in the audit trail.")
        : standing
            ? tr("Standing permissions are set in gatehoused's configuration: this records a "
                 "request to remove it, which an administrator carries out there. Access "
                 "stays until then.")
            : tr("The grant is revoked at once: the edge and the mesh refuse it from now on. "
                 "Your reason is recorded in the audit trail."));
    effect->setObjectName(u"reviewDecisionEffect"_qs);
    effect->setWordWrap(true);

    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(u"reviewDecisionReason"_qs);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(keep ? tr("Why does this access stay? (required)")
                                      : tr("Why does this access go? (required)"));
    m_reason->setMaximumHeight(90);
    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"reviewDecisionCancel"_qs);
    m_verb = buttons->addButton(keep ? tr("&Keep access") : tr("Re&voke access"),
                                QDialogButtonBox::AcceptRole);
    m_verb->setObjectName(u"reviewDecisionVerb"_qs);
    m_verb->setEnabled(false);
    m_verb->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        m_verb->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() &&
                           m_reason->toPlainText().size() <= 500);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(recap);
    layout->addWidget(effect);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

ReviewDecisionRequest ReviewDecisionDialog::request() const
{
    return {m_decision, m_reason->toPlainText().trimmed()};
}

} // namespace gatehouse
