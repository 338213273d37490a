#pragma once

#include "ManagedProcess.h"

namespace gatehouse::test {

// One demo service (scripts/demo-upstream.mjs) on a free loopback port, as
// the upstream Caddy proxies to in edge tests.
class DemoUpstream
{
public:
    DemoUpstream();
    bool start(const QString &name);
    int stop() { return m_process.stop(); }
    QString address() const { return m_address; } // "127.0.0.1:PORT"
    QString diagnostics() const { return m_process.diagnostics(); }

private:
    ManagedProcess m_process;
    QString m_address;
};

} // namespace gatehouse::test
