#pragma once

#include "Service.h"
#include "grants/GrantRequest.h"
#include "grants/Principal.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace gatehouse {

// Grant (or request) temporary access: who, to which service, what scope, for
// how long, starting when, why. Says before submitting whether the grant takes
// effect at once or needs another owner's approval (the same rules the control
// plane applies, from core/), refuses a duration past the service's cap and a
// missing reason, and shows the control plane's errors next to the field they
// name. Stays open until the control plane acknowledged.
class GrantDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QList<Service> services;
        QStringList ownedServices;
        QStringList knownSubjects; // "user:bob", "group:oncall", "agent:…", "service:…"
        Principal me;
        QString preselectedService;
    };

    explicit GrantDialog(const Context &context, QWidget *parent = nullptr);

    // The request the form describes (typed; its JSON is GrantRequest::toJson).
    GrantRequest request() const;
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    // The control plane refused: `fields` maps API field names to messages.
    void showServerError(const QString &message, const QHash<QString, QString> &fields);
    void setBusy(bool busy);
    QString validationProblem() const; // empty when the form can be sent

Q_SIGNALS:
    void submitRequested(const gatehouse::GrantRequest &request, const QByteArray &idempotencyKey);

private:
    struct Problem
    {
        QString field; // the API field it concerns
        QString message;
    };
    Problem problem() const;
    void buildForm();
    void updateCompleter();
    void validate();
    const Service *selectedService() const;
    std::chrono::seconds duration() const;
    QDateTime startsAt() const;

    Context m_context;
    QByteArray m_idempotencyKey;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_service = nullptr;
    QCheckBox *m_anyMethod = nullptr;
    QList<QCheckBox *> m_methods;
    QLineEdit *m_paths = nullptr;
    QComboBox *m_duration = nullptr;
    QLabel *m_cap = nullptr;
    QRadioButton *m_startNow = nullptr;
    QDateTimeEdit *m_startAt = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_fieldErrors;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace gatehouse
