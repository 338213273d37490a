#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace gatehouse {

// One read, write or delete of a secret in the OS keychain (Secret Service on
// Linux, through QtKeychain), as a job: start(), then finished() exactly once.
//
// QtKeychain never falls back to a plaintext file here. Its answers are folded
// into three outcomes: Ok, NotFound (also what a locked keyring reads as), and
// Unavailable (no secret service, access denied, no answer within the timeout).
class KeychainJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Read, Write, Delete };
    enum class Outcome { Ok, NotFound, Unavailable };

    static KeychainJob *read(const QString &key, QObject *parent = nullptr);
    static KeychainJob *write(const QString &key, const QByteArray &secret,
                              QObject *parent = nullptr);
    static KeychainJob *remove(const QString &key, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start();

    Kind kind() const { return m_kind; }
    Outcome outcome() const { return m_outcome; }
    QByteArray secret() const { return m_secret; } // Read + Ok only
    QString detail() const { return m_detail; }    // why Unavailable, for the log and UI

    // The keychain "service" all Gatehouse entries live under.
    static QString serviceName();

Q_SIGNALS:
    void finished();

private:
    KeychainJob(Kind kind, const QString &key, const QByteArray &secret, QObject *parent);
    void finish(Outcome outcome, const QString &detail);

    Kind m_kind;
    QString m_key;
    QByteArray m_secret;
    Outcome m_outcome = Outcome::Unavailable;
    QString m_detail;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
    bool m_finished = false;
};

} // namespace gatehouse
