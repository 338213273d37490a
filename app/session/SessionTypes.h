#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace gatehouse {

// Who is signed in, from the validated ID token (and userinfo at sign-in).
struct SignedInUser
{
    QString subject;
    QString name;
    QString username;
    QString email;
    QStringList groups;
    QDateTime sessionEndsAt; // when the refresh token expires; invalid when unknown

    QString displayName() const
    {
        return !name.isEmpty() ? name : !username.isEmpty() ? username : subject;
    }
};

// Held in memory only; the refresh token is also kept in the OS keychain.
struct TokenSet
{
    QByteArray accessToken;
    QByteArray idToken;
    QByteArray refreshToken;
    QDateTime accessExpiresAt;
};

} // namespace gatehouse
