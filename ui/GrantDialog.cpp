#include "GrantDialog.h"

#include "DurationText.h"
#include "grants/GrantRules.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

namespace gatehouse {

namespace {

const QStringList kMethods{u"GET"_qs,   u"HEAD"_qs,   u"POST"_qs,   u"PUT"_qs,
                           u"PATCH"_qs, u"DELETE"_qs, u"OPTIONS"_qs};
const QList<std::pair<SubjectKind, const char *>> kKinds{
    {SubjectKind::User, QT_TRANSLATE_NOOP("gatehouse::GrantDialog", "Person")},
    {SubjectKind::Group, QT_TRANSLATE_NOOP("gatehouse::GrantDialog", "Group")},
    {SubjectKind::Service, QT_TRANSLATE_NOOP("gatehouse::GrantDialog", "Service")},
    {SubjectKind::Agent, QT_TRANSLATE_NOOP("gatehouse::GrantDialog", "AI agent")}};
const QList<int> kPresetMinutes{15, 30, 60, 120, 240, 480, 1440, 4320};

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(u"color: #b42318;"_qs);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

GrantDialog::GrantDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_idempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setObjectName(u"grantDialog"_qs);
    setWindowTitle(tr("Grant access"));
    buildForm();
    validate();
}

void GrantDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto withError = [&](QWidget *field, const QString &apiField) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel *error = errorLabel(apiField + u"Error"_qs, box);
        v->addWidget(error);
        m_fieldErrors.insert(apiField, error);
        return box;
    };

    // Who
    auto *who = new QWidget(this);
    auto *whoLayout = new QHBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(who);
    m_kind->setObjectName(u"subjectKind"_qs);
    for (const auto &[kind, label] : kKinds)
        m_kind->addItem(tr(label), int(kind));
    m_subject = new QLineEdit(who);
    m_subject->setObjectName(u"subject"_qs);
    m_subject->setPlaceholderText(tr("name, e.g. bob"));
    whoLayout->addWidget(m_kind);
    whoLayout->addWidget(m_subject, 1);
    auto *whoLabel = new QLabel(tr("&Who:"), this);
    whoLabel->setBuddy(m_kind);
    form->addRow(whoLabel, withError(who, u"subject"_qs));

    // Service: yours first; others become a request.
    m_service = new QComboBox(this);
    m_service->setObjectName(u"service"_qs);
    QList<Service> services = m_context.services;
    std::stable_sort(services.begin(), services.end(), [this](const Service &a, const Service &b) {
        const bool ao = m_context.ownedServices.contains(a.name);
        const bool bo = m_context.ownedServices.contains(b.name);
        return ao != bo ? ao : a.name < b.name;
    });
    for (const Service &s : services) {
        const bool mine = m_context.ownedServices.contains(s.name);
        m_service->addItem(mine ? tr("%1 — yours").arg(s.name)
                                : tr("%1 — request from its owners").arg(s.name),
                           s.name);
    }
    const int pre = m_service->findData(m_context.preselectedService);
    if (pre >= 0)
        m_service->setCurrentIndex(pre);
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_service);
    form->addRow(serviceLabel, withError(m_service, u"service"_qs));

    // Scope
    auto *methods = new QWidget(this);
    auto *methodLayout = new QHBoxLayout(methods);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    m_anyMethod = new QCheckBox(tr("&Any"), methods);
    m_anyMethod->setObjectName(u"anyMethod"_qs);
    methodLayout->addWidget(m_anyMethod);
    for (const QString &m : kMethods) {
        auto *box = new QCheckBox(m, methods);
        box->setObjectName(u"method"_qs + m);
        box->setChecked(m == u"GET" || m == u"HEAD");
        m_methods.append(box);
        methodLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &GrantDialog::validate);
    }
    methodLayout->addStretch();
    connect(m_anyMethod, &QCheckBox::toggled, this, [this](bool any) {
        for (QCheckBox *b : std::as_const(m_methods))
            b->setEnabled(!any);
        validate();
    });
    auto *methodLabel = new QLabel(tr("&Methods:"), this);
    methodLabel->setBuddy(m_anyMethod);
    form->addRow(methodLabel, withError(methods, u"methods"_qs));
    m_paths = new QLineEdit(u"/"_qs, this);
    m_paths->setObjectName(u"pathPrefixes"_qs);
    m_paths->setToolTip(tr("Path prefixes, separated by commas, each starting with /."));
    auto *pathLabel = new QLabel(tr("&Paths:"), this);
    pathLabel->setBuddy(m_paths);
    form->addRow(pathLabel, withError(m_paths, u"path_prefixes"_qs));

    // How long, from when
    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    m_duration = new QComboBox(when);
    m_duration->setObjectName(u"duration"_qs);
    for (int minutes : kPresetMinutes)
        m_duration->addItem(formatDuration(std::chrono::minutes(minutes)), minutes * 60);
    m_duration->setCurrentIndex(2); // 1h
    // Presets, or any duration typed as "90s", "45m", "1h30m".
    m_duration->setEditable(true);
    m_duration->setInsertPolicy(QComboBox::NoInsert);
    m_duration->setToolTip(tr("Pick a preset or type a duration such as 90s, 45m or 1h30m."));
    connect(m_duration, &QComboBox::editTextChanged, this, &GrantDialog::validate);
    m_cap = new QLabel(when);
    m_cap->setObjectName(u"durationCap"_qs);
    whenLayout->addWidget(m_duration);
    whenLayout->addWidget(m_cap, 1);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, withError(when, u"expires_at"_qs));

    auto *start = new QWidget(this);
    auto *startLayout = new QHBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    m_startNow = new QRadioButton(tr("&Now"), start);
    m_startNow->setObjectName(u"startNow"_qs);
    m_startNow->setChecked(true);
    auto *later = new QRadioButton(tr("&Later:"), start);
    later->setObjectName(u"startLater"_qs);
    m_startAt = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), start);
    m_startAt->setObjectName(u"startAt"_qs);
    m_startAt->setCalendarPopup(true);
    m_startAt->setEnabled(false);
    startLayout->addWidget(m_startNow);
    startLayout->addWidget(later);
    startLayout->addWidget(m_startAt, 1);
    connect(later, &QRadioButton::toggled, m_startAt, &QWidget::setEnabled);
    connect(later, &QRadioButton::toggled, this, &GrantDialog::validate);
    connect(m_startAt, &QDateTimeEdit::dateTimeChanged, this, &GrantDialog::validate);
    form->addRow(tr("Starts:"), withError(start, u"starts_at"_qs));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_qs);
    m_reason->setPlaceholderText(tr("why access is needed (required)"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, withError(m_reason, u"reason"_qs));
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(u"ticket"_qs);
    m_ticket->setPlaceholderText(tr("e.g. INC-1234"));
    auto *ticketLabel = new QLabel(tr("&Ticket:"), this);
    ticketLabel->setBuddy(m_ticket);
    form->addRow(ticketLabel, withError(m_ticket, u"ticket"_qs));
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"approvalPreview"_qs);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    layout->addWidget(m_preview);
    m_error = errorLabel(u"grantError"_qs, this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"submitGrant"_qs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!validationProblem().isEmpty())
            return;
        setBusy(true);
        Q_EMIT submitRequested(request(), m_idempotencyKey);
    });

    for (QLineEdit *edit : {m_subject, m_paths, m_reason, m_ticket})
        connect(edit, &QLineEdit::textChanged, this, &GrantDialog::validate);
    for (QComboBox *combo : {m_kind, m_service, m_duration})
        connect(combo, &QComboBox::currentIndexChanged, this, &GrantDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GrantDialog::updateCompleter);
    updateCompleter();
    setMinimumWidth(700);
}

void GrantDialog::updateCompleter()
{
    const QString prefix = toString(SubjectKind(m_kind->currentData().toInt())) + u':';
    QStringList names;
    for (const QString &s : std::as_const(m_context.knownSubjects))
        if (s.startsWith(prefix))
            names.append(s.mid(prefix.size()));
    names.removeDuplicates();
    names.sort();
    auto *completer = new QCompleter(names, m_subject);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_subject->setCompleter(completer);
}

const Service *GrantDialog::selectedService() const
{
    const QString name = m_service->currentData().toString();
    for (const Service &s : m_context.services)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::chrono::seconds GrantDialog::duration() const
{
    // 0 s when the typed text is not a duration.
    return parseDuration(m_duration->currentText().trimmed()).value_or(std::chrono::seconds(0));
}

QDateTime GrantDialog::startsAt() const
{
    return m_startNow->isChecked() ? QDateTime() : m_startAt->dateTime().toUTC();
}

GrantRequest GrantDialog::request() const
{
    GrantRequest r;
    r.subjectKind = SubjectKind(m_kind->currentData().toInt());
    r.subject = m_subject->text().trimmed();
    r.service = m_service->currentData().toString();
    r.methods.clear();
    if (m_anyMethod->isChecked())
        r.methods.append(u"*"_qs);
    for (QCheckBox *b : m_methods)
        if (!m_anyMethod->isChecked() && b->isChecked())
            r.methods.append(b->text());
    r.pathPrefixes.clear();
    const QStringList parts = m_paths->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts)
        r.pathPrefixes.append(p.trimmed());
    r.reason = m_reason->text().trimmed();
    r.ticket = m_ticket->text().trimmed();
    const QDateTime start = startsAt();
    if (start.isValid()) {
        r.startsAt = start;
        r.expiresAt = start.addSecs(duration().count());
    } else {
        r.duration = duration();
    }
    return r;
}

GrantDialog::Problem GrantDialog::problem() const
{
    const Service *service = selectedService();
    if (!service)
        return {u"service"_qs, tr("Choose a service.")};
    if (m_subject->text().trimmed().isEmpty())
        return {u"subject"_qs, tr("Say who gets access.")};
    if (!m_anyMethod->isChecked() && std::none_of(m_methods.begin(), m_methods.end(),
                                                  [](QCheckBox *b) { return b->isChecked(); }))
        return {u"methods"_qs, tr("Choose at least one method.")};
    // The control plane's rule for a path prefix (GrantRequest.h), not a looser one.
    const QStringList paths = m_paths->text().split(u',', Qt::SkipEmptyParts);
    if (paths.isEmpty() || std::any_of(paths.begin(), paths.end(), [](const QString &p) {
            return !isValidPathPrefix(p.trimmed());
        }))
        return {u"path_prefixes"_qs,
                tr("Each path must start with / and have no query, fragment, wildcard or \"..\".")};
    if (duration().count() <= 0)
        return {u"expires_at"_qs, tr("Type a duration such as 90s, 45m or 1h30m.")};
    if (duration() > service->maxGrantDuration)
        return {u"expires_at"_qs,
                tr("Access to %1 can be granted for at most %2.")
                    .arg(service->name, formatDuration(service->maxGrantDuration))};
    if (m_reason->text().trimmed().isEmpty())
        return {u"reason"_qs, tr("Give a reason.")};
    if (service->ticketRequired && m_ticket->text().trimmed().isEmpty())
        return {u"ticket"_qs, tr("Access to %1 needs a ticket reference.").arg(service->name)};
    return {};
}

QString GrantDialog::validationProblem() const
{
    return problem().message;
}

void GrantDialog::validate()
{
    const Service *service = selectedService();
    if (service)
        m_cap->setText(
            tr("at most %1 for %2").arg(formatDuration(service->maxGrantDuration), service->name));
    // Presets past the cap are greyed. Changing item data resets an editable
    // combo's text, so only touch items whose colour changes, and keep the text.
    const QString typed = m_duration->currentText();
    for (int i = 0; i < m_duration->count(); ++i) {
        const bool allowed =
            !service ||
            std::chrono::seconds(m_duration->itemData(i).toLongLong()) <= service->maxGrantDuration;
        const QVariant colour = allowed ? QVariant() : QVariant(QColor(Qt::gray));
        if (m_duration->itemData(i, Qt::ForegroundRole) != colour)
            m_duration->setItemData(i, colour, Qt::ForegroundRole);
    }
    if (m_duration->currentText() != typed)
        m_duration->setEditText(typed);
    for (QLabel *l : std::as_const(m_fieldErrors))
        l->hide();
    const Problem found = problem();
    const QString problem = found.message;
    // Subject and service problems are plain from the form; no label needed.
    QLabel *where = found.field == u"subject" ? nullptr : m_fieldErrors.value(found.field);
    // Only complain about untouched required fields once the user typed something.
    const bool pristine = m_subject->text().isEmpty() && m_reason->text().isEmpty();
    if (where && !pristine) {
        where->setText(problem);
        where->show();
    }

    // Before submitting: will it take effect at once?
    QString preview;
    bool immediate = false;
    if (service && !m_subject->text().trimmed().isEmpty()) {
        // The control plane's own rule (GrantRules.h) says what will happen, and why.
        GrantRequest wanted = request();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        wanted.resolveTimes(now);
        const auto decision = grantrules::decideCreate(*service, wanted, m_context.me, now);
        using Reason = grantrules::CreateReason;
        if (decision && decision->reason == Reason::OwnerGrants) {
            immediate = true;
            preview = tr("Takes effect %1 — you own %2.")
                          .arg(startsAt().isValid() ? tr("at the chosen start") : tr("at once"),
                               service->name);
        } else if (decision && decision->reason == Reason::NotOwner) {
            preview = tr("Becomes a request: an owner of %1 must approve it.").arg(service->name);
        } else if (decision && decision->reason == Reason::ForSelf) {
            preview = tr("Becomes a request: another owner of %1 must approve it (nobody "
                         "approves access for themselves).")
                          .arg(service->name);
        } else if (decision) {
            preview = tr("Becomes a request: %1 needs an owner's approval for every grant, "
                         "and another owner must give it.")
                          .arg(service->name);
        }
    }
    m_preview->setText(preview);
    m_preview->setStyleSheet(immediate ? u"color: #1a7f37;"_qs : u"color: #9a6700;"_qs);
    const bool ok = problem.isEmpty() && !m_busy;
    QPushButton *submit = m_buttons->button(QDialogButtonBox::Ok);
    submit->setEnabled(ok);
    submit->setText(!preview.isEmpty() && !immediate ? tr("&Request") : tr("&Grant"));
    m_error->hide();
}

void GrantDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && validationProblem().isEmpty());
}

void GrantDialog::showServerError(const QString &message, const QHash<QString, QString> &fields)
{
    setBusy(false);
    bool placed = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (QLabel *label = m_fieldErrors.value(it.key())) {
            label->setText(it.value());
            label->show();
            placed = true;
        }
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty() && (!placed || fields.isEmpty()));
}

} // namespace gatehouse
