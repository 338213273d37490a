#pragma once

#include "ManagedProcess.h"

#include <QTemporaryDir>

namespace gatehouse::test {

// Real Caddy (Debian's 2.6.2) on free loopback ports with a Caddyfile written by
// the test. Caddy's own state (data, config, autosave) stays in a temp dir.
class CaddyFixture
{
public:
    CaddyFixture();

    // `sites` is the Caddyfile after the global options block. These
    // placeholders are replaced: {HTTP_PORT}, {ACCESS_LOG}.
    bool start(const QString &sites);
    // A complete Caddyfile (global options included), with the ports it uses.
    bool startWithCaddyfile(const QString &caddyfile, quint16 httpPort, quint16 adminPort);
    quint16 httpPort() const { return m_httpPort; }
    quint16 adminPort() const { return m_adminPort; }
    QString accessLogPath() const { return m_dir.filePath(u"access.log"_qs); }
    QString diagnostics() const { return m_process.diagnostics(); }
    // What Caddy wrote to stderr so far (its own log, and access-log lines
    // its net writer could not send).
    QString errors()
    {
        m_process.drain();
        return m_process.errors();
    }
    int stop() { return m_process.stop(); }

private:
    QTemporaryDir m_dir;
    ManagedProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_adminPort = 0;
};

} // namespace gatehouse::test
