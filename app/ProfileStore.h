#pragma once

#include "Profile.h"
#include "Result.h"

#include <QList>

class QSettings;

namespace gatehouse {

// Profiles kept with QSettings (an INI file under the user's configuration
// directory, written atomically through a temporary file and a rename). No
// token ever goes here: only where to connect.
class ProfileStore
{
public:
    ProfileStore();                             // the user's settings
    explicit ProfileStore(const QString &path); // a given file (tests)
    ~ProfileStore();

    QList<Profile> profiles() const;
    QStringList names() const; // sorted, without reading each profile
    std::optional<Profile> find(const QString &name) const;
    QString currentName() const;
    std::optional<Profile> current() const;
    bool isEmpty() const { return names().isEmpty(); }

    // Adds or replaces the profile of that name; `previousName` renames.
    Error save(const Profile &profile, const QString &previousName = {});
    Error remove(const QString &name);
    Error setCurrent(const QString &name);

private:
    Error sync();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace gatehouse
