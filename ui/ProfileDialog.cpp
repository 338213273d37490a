#include "ProfileDialog.h"

#include "audit/PinnedKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse {

ProfileDialog::ProfileDialog(const Profile &initial, Purpose purpose, const QStringList &takenNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_takenNames(takenNames)
    , m_initial(initial)
{
    setObjectName(u"profileDialog"_qs);
    setWindowTitle(purpose == Purpose::Edit ? tr("Edit profile") : tr("Connect Gatehouse"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(u"profileIntro"_qs);
    intro->setWordWrap(true);
    intro->setText(purpose == Purpose::FirstStart
                       ? tr("Welcome. Tell Gatehouse which control plane to manage and which "
                            "identity provider signs you in. The values below are those of the "
                            "demo stack on this computer.")
                       : tr("A profile names a control plane and the identity provider that "
                            "signs you in to it."));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto field = [&](const QString &label, const QString &value, const QString &name,
                           const QString &placeholder) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(360);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
        return edit;
    };
    m_name = field(tr("&Name:"), initial.name, u"profileName"_qs, tr("e.g. Production"));
    m_controlPlane = field(tr("&Control plane:"), initial.controlPlaneUrl.toString(),
                           u"profileControlPlane"_qs, u"https://gatehouse.example.com"_qs);
    m_issuer = field(tr("&Identity provider:"), initial.issuer.toString(), u"profileIssuer"_qs,
                     u"https://login.example.com"_qs);
    m_clientId = field(tr("Client I&D:"), initial.clientId, u"profileClientId"_qs, {});
    m_scopes = field(tr("Sc&opes:"), initial.scopes.join(u' '), u"profileScopes"_qs, {});
    // How the identity provider issues a token for the control plane's API.
    m_tokenMode = new QComboBox(this);
    m_tokenMode->setObjectName(u"profileTokenMode"_qs);
    m_tokenMode->addItem(tr("Resource indicator (RFC 8707)"),
                         QVariant::fromValue(int(ApiTokenMode::ResourceIndicator)));
    m_tokenMode->addItem(tr("Audience scope (Entra ID)"),
                         QVariant::fromValue(int(ApiTokenMode::AudienceScope)));
    m_tokenMode->addItem(tr("Sign-in token (fixed audience, e.g. Okta)"),
                         QVariant::fromValue(int(ApiTokenMode::CodeExchangeToken)));
    m_tokenMode->setCurrentIndex(m_tokenMode->findData(int(initial.apiTokenMode)));
    form->addRow(tr("API &token:"), m_tokenMode);
    m_resource = field(tr("API &resource:"), initial.apiResource, u"profileResource"_qs, {});
    m_apiScope = field(tr("API sco&pe:"), initial.apiScope, u"profileApiScope"_qs,
                       u"api://gatehouse/.default"_qs);
    connect(m_tokenMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::validate);
    // How much of the access log the console keeps for this profile.
    m_logDays = new QSpinBox(this);
    m_logDays->setObjectName(u"profileLogDays"_qs);
    m_logDays->setRange(0, 3650);
    m_logDays->setSpecialValueText(tr("no age limit"));
    m_logDays->setSuffix(tr(" days"));
    m_logDays->setValue(initial.accessLogDays);
    m_logLines = new QSpinBox(this);
    m_logLines->setObjectName(u"profileLogLines"_qs);
    m_logLines->setRange(0, 1'000'000);
    m_logLines->setSingleStep(100);
    m_logLines->setSpecialValueText(tr("no line limit"));
    m_logLines->setSuffix(tr(" thousand lines"));
    m_logLines->setGroupSeparatorShown(true);
    m_logLines->setValue(int((initial.accessLogMaxLines + 999) / 1000));
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_logDays);
    keep->addWidget(new QLabel(tr("at most"), this));
    keep->addWidget(m_logLines, 1);
    auto *keepLabel = new QLabel(tr("&Keep access log:"), this);
    keepLabel->setBuddy(m_logDays);
    form->addRow(keepLabel, keep);
    m_auditKey = field(tr("Pinned &audit key:"), initial.auditKey, u"profileAuditKey"_qs,
                       tr("SHA-256 fingerprint, or a PEM public key file"));
    m_auditKey->setToolTip(tr("The audit key you trust, from gatehoused audit public-key. The "
                              "Audit tab checks the chain's signatures against it."));
    m_auditCheckpoints =
        field(tr("Audit c&heckpoints:"), initial.auditCheckpoints, u"profileAuditCheckpoints"_qs,
              tr("optional: a copy of gatehoused's checkpoint folder"));
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"profileProblem"_qs);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b42318;"_qs);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Edit ? tr("&Save") : tr("Contin&ue"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Profile ProfileDialog::profile() const
{
    Profile p = m_initial;
    p.name = m_name->text().trimmed();
    p.controlPlaneUrl = QUrl(m_controlPlane->text().trimmed(), QUrl::StrictMode);
    p.issuer = QUrl(m_issuer->text().trimmed(), QUrl::StrictMode);
    p.clientId = m_clientId->text().trimmed();
    p.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    p.apiTokenMode = ApiTokenMode(m_tokenMode->currentData().toInt());
    p.apiResource = m_resource->text().trimmed();
    p.apiScope = m_apiScope->text().trimmed();
    p.accessLogDays = m_logDays->value();
    p.accessLogMaxLines = qint64(m_logLines->value()) * 1000;
    p.auditKey = m_auditKey->text().trimmed();
    p.auditCheckpoints = m_auditCheckpoints->text().trimmed();
    return p;
}

void ProfileDialog::validate()
{
    const Profile p = profile();
    m_resource->setEnabled(p.apiTokenMode == ApiTokenMode::ResourceIndicator);
    m_apiScope->setEnabled(p.apiTokenMode == ApiTokenMode::AudienceScope);
    QString problem;
    if (p.name.isEmpty())
        problem = tr("Give the profile a name.");
    else if (p.name != m_initial.name && m_takenNames.contains(p.name))
        problem = tr("A profile named %1 exists already.").arg(p.name);
    else if (Error e = p.validate(); !e.isNull())
        problem = e.message;
    else if (!p.scopes.contains(u"openid"_qs))
        problem = tr("The scopes must include openid.");
    else if (!p.auditKey.isEmpty())
        if (auto pin = PinnedKey::parse(p.auditKey); !pin)
            problem = tr("Audit key: %1").arg(pin.error().message);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace gatehouse
