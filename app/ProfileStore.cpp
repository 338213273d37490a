#include "ProfileStore.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace gatehouse {

namespace {

constexpr auto kGroup = "profiles";

QString trStore(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString groupKey(const QString &name)
{
    return QString::fromLatin1(QLatin1StringView(kGroup)) + u'/' +
           QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

Profile readProfile(QSettings &s, const QString &name)
{
    Profile p;
    p.name = name;
    p.controlPlaneUrl = QUrl(s.value(u"control_plane"_qs).toString());
    p.issuer = QUrl(s.value(u"issuer"_qs).toString());
    p.clientId = s.value(u"client_id"_qs, p.clientId).toString();
    p.trustedAudiences =
        s.value(u"trusted_audiences"_qs).toString().split(u' ', Qt::SkipEmptyParts);
    p.scopes =
        s.value(u"scopes"_qs, p.scopes.join(u' ')).toString().split(u' ', Qt::SkipEmptyParts);
    p.apiResource = s.value(u"api_resource"_qs, p.apiResource).toString();
    // An unknown mode (a newer console's) keeps today's default.
    (void)parseApiTokenMode(s.value(u"api_access"_qs).toString(), &p.apiTokenMode);
    p.apiScope = s.value(u"api_scope"_qs).toString();
    p.accessLogDays = std::max(0, s.value(u"access_log_days"_qs, p.accessLogDays).toInt());
    p.accessLogMaxLines =
        std::max<qint64>(0, s.value(u"access_log_max_lines"_qs, p.accessLogMaxLines).toLongLong());
    p.auditKey = s.value(u"audit_key"_qs).toString();
    p.auditCheckpoints = s.value(u"audit_checkpoints"_qs).toString();
    return p;
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{}

ProfileStore::ProfileStore(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(QLatin1StringView(kGroup));
    const QStringList names = m_settings->childGroups();
    for (const QString &encoded : names) {
        m_settings->beginGroup(encoded);
        out.append(readProfile(
            *m_settings, QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toLatin1()))));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(),
              [](const Profile &a, const Profile &b) { return a.name < b.name; });
    return out;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(QLatin1StringView(kGroup));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList out;
    for (const QString &encoded : groups)
        out.append(QString::fromUtf8(QByteArray::fromPercentEncoding(encoded.toLatin1())));
    out.sort();
    return out;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const auto all = profiles();
    for (const Profile &p : all)
        if (p.name == name)
            return p;
    return std::nullopt;
}

QString ProfileStore::currentName() const
{
    return m_settings->value(u"current_profile"_qs).toString();
}

std::optional<Profile> ProfileStore::current() const
{
    if (auto p = find(currentName()))
        return p;
    const auto all = profiles();
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

Error ProfileStore::save(const Profile &profile, const QString &previousName)
{
    if (profile.name.trimmed().isEmpty())
        return Error{u"profile.name"_qs,
                     trStore(QT_TRANSLATE_NOOP("ProfileStore", "The profile needs a name.")),
                     {}};
    if (Error e = profile.validate(); !e.isNull())
        return e;
    const auto key = [](const QString &name) -> QString { return groupKey(name); };
    if (!previousName.isEmpty() && previousName != profile.name) {
        m_settings->remove(key(previousName));
        if (currentName() == previousName)
            m_settings->setValue(u"current_profile"_qs, profile.name);
    }
    m_settings->beginGroup(key(profile.name));
    m_settings->setValue(u"control_plane"_qs, profile.controlPlaneUrl.toString());
    m_settings->setValue(u"issuer"_qs, profile.issuer.toString());
    m_settings->setValue(u"client_id"_qs, profile.clientId);
    if (profile.trustedAudiences.isEmpty())
        m_settings->remove(u"trusted_audiences"_qs);
    else
        m_settings->setValue(u"trusted_audiences"_qs, profile.trustedAudiences.join(u' '));
    m_settings->setValue(u"scopes"_qs, profile.scopes.join(u' '));
    m_settings->setValue(u"api_resource"_qs, profile.apiResource);
    m_settings->setValue(u"api_access"_qs, apiTokenModeName(profile.apiTokenMode));
    m_settings->setValue(u"api_scope"_qs, profile.apiScope);
    m_settings->setValue(u"access_log_days"_qs, profile.accessLogDays);
    m_settings->setValue(u"access_log_max_lines"_qs, profile.accessLogMaxLines);
    m_settings->setValue(u"audit_key"_qs, profile.auditKey);
    m_settings->setValue(u"audit_checkpoints"_qs, profile.auditCheckpoints);
    m_settings->endGroup();
    if (currentName().isEmpty())
        m_settings->setValue(u"current_profile"_qs, profile.name);
    return sync();
}

Error ProfileStore::remove(const QString &name)
{
    m_settings->remove(groupKey(name));
    if (currentName() == name)
        m_settings->remove(u"current_profile"_qs);
    return sync();
}

Error ProfileStore::setCurrent(const QString &name)
{
    m_settings->setValue(u"current_profile"_qs, name);
    return sync();
}

Error ProfileStore::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error{u"profile.write"_qs,
                     trStore(QT_TRANSLATE_NOOP("ProfileStore", "The profiles could not be saved.")),
                     m_settings->fileName()};
    return {};
}

} // namespace gatehouse
