#pragma once

#include "ManagedProcess.h"

#include <QTemporaryDir>

namespace gatehouse::test {

// A throwaway PostgreSQL 15 cluster from Debian's packages: initdb into a
// temp dir, postgres on a free 127.0.0.1 port, trust auth for the local test
// user, stopped (fast shutdown) and removed at the end. As root it runs as the
// "postgres" system user, since PostgreSQL refuses to run as root.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();

    bool start();
    QString diagnostics() const { return m_process.diagnostics() + m_log; }
    quint16 port() const { return m_port; }
    // Creates a fresh database and returns its gatehoused store URL.
    QString createDatabase(const QString &name);
    static QString binDir();

private:
    QStringList asServiceUser(const QString &program, const QStringList &args) const;
    bool run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir;
    ManagedProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

} // namespace gatehouse::test
