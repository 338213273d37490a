#include "ManagedProcess.h"

#include <QDeadlineTimer>
#include <QTcpServer>

namespace gatehouse::test {

ManagedProcess::ManagedProcess(QString name)
    : m_name(std::move(name))
{}

ManagedProcess::~ManagedProcess()
{
    stop();
}

bool ManagedProcess::start(const QString &program, const QStringList &arguments,
                           const QProcessEnvironment &environment, const QString &workingDirectory)
{
    // Output of an earlier run must not satisfy waits of this one.
    m_stdout.clear();
    m_stderr.clear();
    m_process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    m_process.start(program, arguments);
    return m_process.waitForStarted(10000);
}

void ManagedProcess::drain()
{
    if (!m_process.isOpen())
        return;
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

QRegularExpressionMatch ManagedProcess::waitForOutput(const QRegularExpression &pattern,
                                                      std::chrono::milliseconds deadline)
{
    QDeadlineTimer timer(deadline);
    qsizetype scanned = 0;
    while (true) {
        drain();
        // Only complete lines are matched.
        qsizetype end;
        while ((end = m_stdout.indexOf('\n', scanned)) >= 0) {
            const QString line = QString::fromUtf8(m_stdout.mid(scanned, end - scanned));
            scanned = end + 1;
            auto match = pattern.match(line);
            if (match.hasMatch())
                return match;
        }
        if (timer.hasExpired() || m_process.state() == QProcess::NotRunning)
            return {};
        // Keep this thread's event loop turning: an in-process fixture (such as
        // StaticIdp) may be what the child is waiting for.
        QTest::qWait(20);
    }
}

void ManagedProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    drain();
}

int ManagedProcess::stop(std::chrono::milliseconds grace)
{
    if (m_process.state() == QProcess::NotRunning) {
        drain();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(int(grace.count()))) {
        m_process.kill();
        m_process.waitForFinished(5000);
        drain();
        return -1;
    }
    drain();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ManagedProcess::diagnostics() const
{
    return u"[%1] stdout:\n%2\n[%1] stderr:\n%3"_qs.arg(m_name, output().right(4000),
                                                        errors().right(4000));
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace gatehouse::test
