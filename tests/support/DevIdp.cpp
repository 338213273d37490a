#include "DevIdp.h"

#include "TestEnvironment.h"

#include <QJsonDocument>

namespace gatehouse::test {

namespace {
QString script(const char *name)
{
    return QString::fromLatin1(kSourceDir) + u"/scripts/idp/"_qs + QLatin1String(name);
}
} // namespace

DevIdp::DevIdp()
    : m_process(u"dev-idp"_qs)
{}

bool DevIdp::start()
{
    // Port 0: the provider picks a free port and names it in its ready line.
    auto env = QProcessEnvironment::systemEnvironment();
    if (m_accessTtl > 0)
        env.insert(u"GATEHOUSE_IDP_ACCESS_TTL"_qs, QString::number(m_accessTtl));
    env.insert(u"GATEHOUSE_IDP_OPAQUE_SUB"_qs, m_opaqueSubjects ? u"1"_qs : u"0"_qs);
    env.insert(u"GATEHOUSE_IDP_TOKEN_MODE"_qs, m_tokenMode);
    if (!m_process.start(QString::fromLatin1(kNode), {script("server.mjs"), u"--port"_qs, u"0"_qs},
                         env))
        return false;
    const auto ready = m_process.waitForOutput(
        QRegularExpression(u"^gatehouse-idp ready issuer=(\\S+)$"_qs), std::chrono::seconds(30));
    if (!ready.hasMatch())
        return false;
    m_issuer = QUrl(ready.captured(1));
    return true;
}

QString DevIdp::browserCommand()
{
    return u"\"%1\" \"%2\" browser"_qs.arg(QString::fromLatin1(kNode), script("driver.mjs"));
}

QJsonObject DevIdp::runDriver(const QStringList &arguments, QString *error)
{
    QProcess driver;
    driver.start(QString::fromLatin1(kNode), QStringList{script("driver.mjs")} + arguments);
    if (!driver.waitForFinished(30000)) {
        driver.kill();
        driver.waitForFinished();
        if (error)
            *error = u"driver timed out"_qs;
        return {};
    }
    const QByteArray out = driver.readAllStandardOutput();
    if (driver.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(driver.readAllStandardError()).trimmed();
        return {};
    }
    const auto doc = QJsonDocument::fromJson(out);
    if (!doc.isObject() && error)
        *error = u"driver printed no JSON"_qs;
    return doc.object();
}

QJsonObject DevIdp::signIn(const QString &user, const QString &audience, QString *error,
                           bool offline)
{
    QStringList args{u"token"_qs,      u"--issuer"_qs, m_issuer.toString(), u"--user"_qs, user,
                     u"--audience"_qs, audience,       u"--json"_qs};
    if (offline)
        args << u"--offline"_qs;
    return runDriver(args, error);
}

QJsonObject DevIdp::clientCredentials(const QString &clientId, const QString &secret,
                                      const QString &audience, QString *error)
{
    return runDriver({u"client-credentials"_qs, u"--issuer"_qs, m_issuer.toString(), u"--client"_qs,
                      clientId, u"--secret"_qs, secret, u"--audience"_qs, audience, u"--json"_qs},
                     error);
}

} // namespace gatehouse::test
