#include "session/KeychainJob.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gatehouse;

// The keychain wrapper against a real Secret Service (gnome-keyring in a
// private D-Bus session), and — run a second time with
// GATEHOUSE_TEST_NO_KEYCHAIN=1 and no reachable session bus — with no secret
// service at all, where every call must say "unavailable" quickly and nothing
// may be written anywhere.
class TestKeychain : public QObject
{
    Q_OBJECT

    static bool noKeychain() { return qEnvironmentVariableIntValue("GATEHOUSE_TEST_NO_KEYCHAIN"); }

    static KeychainJob::Outcome run(KeychainJob *job, QByteArray *secret = nullptr)
    {
        std::unique_ptr<KeychainJob> owned(job);
        QSignalSpy done(job, &KeychainJob::finished);
        job->start();
        if (!done.wait(20000))
            qFatal("keychain job never finished");
        if (secret)
            *secret = job->secret();
        return job->outcome();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storesReadsReplacesAndDeletes()
    {
        if (noKeychain())
            QSKIP("runs with a secret service only");
        const QString key = u"test/%1"_qs.arg(QCoreApplication::applicationPid());
        const QByteArray first("refresh-token-1\x01\xff", 17);
        QCOMPARE(run(KeychainJob::write(key, first)), KeychainJob::Outcome::Ok);
        QByteArray read;
        QCOMPARE(run(KeychainJob::read(key), &read), KeychainJob::Outcome::Ok);
        QCOMPARE(read, first);
        QCOMPARE(run(KeychainJob::write(key, "refresh-token-2")), KeychainJob::Outcome::Ok);
        QCOMPARE(run(KeychainJob::read(key), &read), KeychainJob::Outcome::Ok);
        QCOMPARE(read, QByteArray("refresh-token-2"));
        QCOMPARE(run(KeychainJob::remove(key)), KeychainJob::Outcome::Ok);
        QCOMPARE(run(KeychainJob::read(key)), KeychainJob::Outcome::NotFound);
        QCOMPARE(run(KeychainJob::remove(key)), KeychainJob::Outcome::Ok); // already gone
    }

    void withoutSecretServiceEverythingIsUnavailable()
    {
        if (!noKeychain())
            QSKIP("runs without a secret service only");
        const QByteArray secret = "refresh-token-that-must-not-land-on-disk";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(run(KeychainJob::write(u"test/no-keychain"_qs, secret)),
                 KeychainJob::Outcome::Unavailable);
        QCOMPARE(run(KeychainJob::read(u"test/no-keychain"_qs)), KeychainJob::Outcome::Unavailable);
        QVERIFY2(timer.elapsed() < 15000, "no secret service must be noticed, not waited out");

        // No plaintext fallback: the secret is in no file under the user's directories.
        const QStringList roots{
            QStandardPaths::writableLocation(QStandardPaths::ConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
