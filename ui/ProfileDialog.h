#pragma once

#include "Profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gatehouse {

// Adds or edits a profile: where the control plane is, which identity provider
// signs people in, and as which client. Checks as you type (https, or http on
// loopback only) and says what is wrong next to the buttons; OK stays disabled
// until the profile is usable.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { FirstStart, Add, Edit };

    ProfileDialog(const Profile &initial, Purpose purpose, const QStringList &takenNames,
                  QWidget *parent = nullptr);

    Profile profile() const;

private:
    void validate();

    QStringList m_takenNames;
    Profile m_initial;
    QLineEdit *m_name;
    QLineEdit *m_controlPlane;
    QLineEdit *m_issuer;
    QLineEdit *m_clientId;
    QLineEdit *m_scopes;
    QComboBox *m_tokenMode;
    QLineEdit *m_resource;
    QLineEdit *m_apiScope;
    QSpinBox *m_logDays;
    QSpinBox *m_logLines; // in thousands
    QLineEdit *m_auditKey;
    QLineEdit *m_auditCheckpoints;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace gatehouse
