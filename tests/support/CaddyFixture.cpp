#include "CaddyFixture.h"

#include "SyncHttp.h"
#include "TestEnvironment.h"

#include <QFile>

namespace gatehouse::test {

CaddyFixture::CaddyFixture()
    : m_process(u"caddy"_qs)
{}

bool CaddyFixture::start(const QString &sites)
{
    m_httpPort = freeLoopbackPort();
    m_adminPort = freeLoopbackPort();
    QString config = u"{\n"
                     "\tadmin 127.0.0.1:%1\n"
                     "\tauto_https off\n"
                     "\tstorage file_system %2\n"
                     "}\n\n"_qs.arg(m_adminPort)
                         .arg(m_dir.filePath(u"data"_qs));
    QString body = sites;
    body.replace(u"{HTTP_PORT}"_qs, QString::number(m_httpPort));
    body.replace(u"{ACCESS_LOG}"_qs, accessLogPath());
    config += body;

    return startWithCaddyfile(config, m_httpPort, m_adminPort);
}

bool CaddyFixture::startWithCaddyfile(const QString &config, quint16 httpPort, quint16 adminPort)
{
    m_httpPort = httpPort;
    m_adminPort = adminPort;
    const QString path = m_dir.filePath(u"Caddyfile"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
        return false;
    file.close();

    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"xdg-data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"xdg-config"_qs));
    if (!m_process.start(QString::fromLatin1(kCaddy),
                         {u"run"_qs, u"--config"_qs, path, u"--adapter"_qs, u"caddyfile"_qs}, env))
        return false;
    // Ready when the admin API answers and the site port accepts connections.
    const QUrl admin(u"http://127.0.0.1:%1/config/"_qs.arg(m_adminPort));
    const QUrl site(u"http://127.0.0.1:%1/"_qs.arg(m_httpPort));
    return pollUntil(
        [&] {
            return m_process.isRunning() &&
                   httpRequest("GET", admin, {}, {}, std::chrono::seconds(1)).status == 200 &&
                   httpRequest("HEAD", site, {}, {}, std::chrono::seconds(1)).status != 0;
        },
        std::chrono::seconds(20));
}

} // namespace gatehouse::test
