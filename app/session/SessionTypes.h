#pragma once

#include <QByteArray>
#include <QCoreApplication>
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

    // A name a person recognises: never `subject`, which many identity
    // providers make an opaque id. Empty when the provider gave no name at all.
    QString displayName() const
    {
        if (!name.isEmpty())
            return name;
        if (!username.isEmpty())
            return username;
        if (!email.isEmpty())
            return email;
        return QCoreApplication::translate("SignedInUser", "an account without a name");
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
