#include "KeychainJob.h"

#include "SessionLogging.h"

#include <qt6keychain/keychain.h>

namespace gatehouse {

KeychainJob::KeychainJob(Kind kind, const QString &key, const QByteArray &secret, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_key(key)
    , m_secret(secret)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { finish(Outcome::Unavailable, u"the keychain did not answer in time"_qs); });
}

KeychainJob *KeychainJob::read(const QString &key, QObject *parent)
{
    return new KeychainJob(Kind::Read, key, {}, parent);
}

KeychainJob *KeychainJob::write(const QString &key, const QByteArray &secret, QObject *parent)
{
    return new KeychainJob(Kind::Write, key, secret, parent);
}

KeychainJob *KeychainJob::remove(const QString &key, QObject *parent)
{
    return new KeychainJob(Kind::Delete, key, {}, parent);
}

QString KeychainJob::serviceName()
{
    return u"io.gatehouse.Gatehouse"_qs;
}

void KeychainJob::start()
{
    QKeychain::Job *job = nullptr;
    switch (m_kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setBinaryData(m_secret);
        m_secret.clear();
        job = write;
        break;
    }
    case Kind::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setKey(m_key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError:
            if (m_kind == Kind::Read)
                m_secret = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            finish(Outcome::Ok, {});
            break;
        case QKeychain::EntryNotFound:
            // Deleting what is not there is done; a locked keyring reads as not found.
            finish(m_kind == Kind::Delete ? Outcome::Ok : Outcome::NotFound, {});
            break;
        default:
            finish(Outcome::Unavailable, done->errorString());
            break;
        }
    });
    m_timer.start(m_timeout);
    job->start();
}

void KeychainJob::finish(Outcome outcome, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_outcome = outcome;
    m_detail = detail;
    if (outcome == Outcome::Unavailable)
        qCInfo(lcKeychain) << "keychain unavailable:" << detail;
    Q_EMIT finished();
}

} // namespace gatehouse
