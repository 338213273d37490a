#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <chrono>

namespace gatehouse::test {

// A child process owned by a test: started, waited for by polling with a
// deadline, and always stopped (SIGTERM, then SIGKILL) when it goes out of
// scope, also when the test fails half-way.
class ManagedProcess
{
public:
    explicit ManagedProcess(QString name);
    ~ManagedProcess();

    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QString &workingDirectory = {});
    // Waits until a line of standard output matches; returns the match.
    QRegularExpressionMatch waitForOutput(const QRegularExpression &pattern,
                                          std::chrono::milliseconds deadline);
    // SIGKILL, as a crash would.
    void kill();
    // Returns the exit code, or -1 if it did not exit in time.
    int stop(std::chrono::milliseconds grace = std::chrono::seconds(5));

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    // Collects what the process wrote so far, for output() and errors().
    void drain();
    QString output() const { return QString::fromUtf8(m_stdout); }
    QString errors() const { return QString::fromUtf8(m_stderr); }
    // Output and errors, for test failure messages.
    QString diagnostics() const;

private:
    QString m_name;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

// A port that was free on 127.0.0.1 a moment ago.
quint16 freeLoopbackPort();

// Polls fn while processing events until it returns true or the deadline passes.
template<typename Fn> bool pollUntil(Fn fn, std::chrono::milliseconds deadline);

} // namespace gatehouse::test

#include <QDeadlineTimer>
#include <QTest>

template<typename Fn> bool gatehouse::test::pollUntil(Fn fn, std::chrono::milliseconds deadline)
{
    QDeadlineTimer timer(deadline);
    while (!fn()) {
        if (timer.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}
