#include "GatehousedFixture.h"

#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>

namespace gatehouse::test {

QString gatehousedPath()
{
    return QString::fromLatin1(kBinDir) + u"/gatehoused"_qs;
}

QString gatehousePath()
{
    return QString::fromLatin1(kBinDir) + u"/gatehouse"_qs;
}

GatehousedFixture::GatehousedFixture()
    : m_process(u"gatehoused"_qs)
{}

QString demoCatalog()
{
    QFile file(QString::fromLatin1(kSourceDir) + u"/resources/demo/catalog.toml"_qs);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool GatehousedFixture::restart()
{
    QFile file(configPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString config = QString::fromUtf8(file.readAll());
    file.close();
    // Keep the port: clients (and the test) still hold the old URL.
    config.replace(u"listen = \"127.0.0.1:0\""_qs,
                   u"listen = \"127.0.0.1:%1\""_qs.arg(m_url.port()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();
    if (!m_process.start(gatehousedPath(), {u"--config"_qs, configPath()}))
        return false;
    return m_process
        .waitForOutput(QRegularExpression(u"^gatehoused ready url=(\\S+)$"_qs),
                       std::chrono::seconds(20))
        .hasMatch();
}

bool GatehousedFixture::start(const QUrl &issuer, const QString &extra, const QString &storeUrl)
{
    return launch(issuer, extra, storeUrl) && waitReady();
}

bool GatehousedFixture::launch(const QUrl &issuer, const QString &extra, const QString &storeUrl)
{
    // A configuration with an edge gets the dedicated decision listener on a
    // port of its own, so the Caddyfile it generates points forward_auth there.
    QString withEdge = extra;
    const qsizetype edge = withEdge.indexOf(u"[edge]\n"_qs);
    if (edge >= 0 && (edge == 0 || withEdge.at(edge - 1) == u'\n') &&
        !withEdge.contains(u"decision_listen"_qs)) {
        m_decisionPort = freeLoopbackPort();
        withEdge.insert(edge + 7, u"decision_listen = \"127.0.0.1:%1\"\n"_qs.arg(m_decisionPort));
    }
    const QString config =
        u"[server]\nlisten = \"127.0.0.1:%3\"\n\n"
        "[store]\nurl = \"%2\"\n\n"
        "[identity]\nissuer = \"%1\"\n%4\n"_qs.arg(
            issuer.toString(), storeUrl.isEmpty() ? u"sqlite:gatehouse.db"_qs : storeUrl,
            QString::number(m_listenPort), m_identityOptions) +
        withEdge;
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();
    return m_process.start(gatehousedPath(), {u"--config"_qs, configPath()});
}

bool GatehousedFixture::waitReady()
{
    const auto ready = m_process.waitForOutput(
        QRegularExpression(u"^gatehoused ready url=(\\S+)$"_qs), std::chrono::seconds(20));
    if (!ready.hasMatch())
        return false;
    m_url = QUrl(ready.captured(1));
    return true;
}

QString generatedCaddyfile(const QString &configPath, QString *error)
{
    QProcess config;
    config.start(gatehousedPath(), {u"caddy-config"_qs, u"--config"_qs, configPath});
    if (!config.waitForFinished(20000) || config.exitStatus() != QProcess::NormalExit ||
        config.exitCode() != 0) {
        *error = u"gatehoused caddy-config failed (exit %1): %2"_qs.arg(config.exitCode())
                     .arg(QString::fromUtf8(config.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(config.readAllStandardOutput());
}

} // namespace gatehouse::test
