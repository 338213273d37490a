#pragma once

#include "ManagedProcess.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

namespace gatehouse::test {

// The real development OpenID Provider (scripts/idp, oidc-provider from npm)
// on a free loopback port, plus the scripted login driver that signs demo
// users in through its forms without a browser.
class DevIdp
{
public:
    DevIdp();
    // Access token lifetime in seconds (default 300), set before start().
    void setAccessTokenTtl(int seconds) { m_accessTtl = seconds; }
    // Behave like another provider (see scripts/idp/server.mjs), set before start():
    // an opaque `sub`, and how access tokens for the API are issued
    // ("resource", "audience-scope", "fixed-audience").
    void setOpaqueSubjects(bool opaque) { m_opaqueSubjects = opaque; }
    void setTokenMode(const QString &mode) { m_tokenMode = mode; }
    bool start();
    QUrl issuer() const { return m_issuer; }
    QString diagnostics() const { return m_process.diagnostics(); }

    // Signs `user` in through the login and consent forms and returns the token
    // response (access_token, id_token, ...). On failure: empty, *error set.
    QJsonObject signIn(const QString &user, const QString &audience = u"api"_qs,
                       QString *error = nullptr, bool offline = false);
    // A browser command for the console: the scripted driver signs in as
    // GATEHOUSE_DEV_USER (default alice) and delivers the callback.
    static QString browserCommand();
    QJsonObject clientCredentials(const QString &clientId, const QString &secret,
                                  const QString &audience = u"api"_qs, QString *error = nullptr);

private:
    QJsonObject runDriver(const QStringList &arguments, QString *error);

    ManagedProcess m_process;
    QUrl m_issuer;
    int m_accessTtl = 0;
    bool m_opaqueSubjects = false;
    QString m_tokenMode;
};

} // namespace gatehouse::test
