#pragma once

#include "Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gatehouse {

// The console's local SQLite cache (WAL): the last graph and grant list per
// profile, so the window opens instantly and stays readable offline. It holds
// what the control plane showed this user — never a token. The file is
// readable by its owner only.
class ConsoleCache
{
public:
    struct Snapshot
    {
        QJsonObject body;
        QDateTime fetchedAt;
    };

    explicit ConsoleCache(const QString &path = defaultPath());
    ~ConsoleCache();

    Error open();
    std::optional<Snapshot> load(const QString &profile, const QString &kind) const;
    Error save(const QString &profile, const QString &kind, const QJsonObject &body,
               const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc());

    static QString defaultPath();

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace gatehouse
