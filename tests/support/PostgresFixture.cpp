#include "PostgresFixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace gatehouse::test {

namespace {
const QString kUser = u"gatehouse"_qs;
}

PostgresFixture::PostgresFixture()
    : m_process(u"postgres"_qs)
{}

PostgresFixture::~PostgresFixture()
{
    if (m_process.isRunning()) {
        ::kill(pid_t(m_process.pid()), SIGINT); // fast shutdown: no waiting for clients
        m_process.stop(std::chrono::seconds(10));
    }
}

QString PostgresFixture::binDir()
{
    return u"/usr/lib/postgresql/15/bin"_qs;
}

QStringList PostgresFixture::asServiceUser(const QString &program, const QStringList &args) const
{
    if (::geteuid() != 0)
        return QStringList{program} + args;
    return QStringList{u"setpriv"_qs,
                       u"--reuid=postgres"_qs,
                       u"--regid=postgres"_qs,
                       u"--clear-groups"_qs,
                       u"--"_qs,
                       program} +
           args;
}

bool PostgresFixture::run(const QString &program, const QStringList &args)
{
    const QStringList command = asServiceUser(program, args);
    QProcess p;
    p.start(command.constFirst(), command.mid(1));
    const bool ok =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    m_log += QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return ok;
}

bool PostgresFixture::start()
{
    if (!m_dir.isValid())
        return false;
    const QString data = m_dir.filePath(u"data"_qs);
    const QString sockets = m_dir.filePath(u"sockets"_qs);
    QDir().mkpath(sockets);
    if (::geteuid() == 0) {
        // The service user must reach its directories inside our temp dir.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ExeOther);
        const passwd *pw = ::getpwnam("postgres");
        QDir().mkpath(data);
        if (!pw || ::chown(QFile::encodeName(sockets).constData(), pw->pw_uid, pw->pw_gid) != 0 ||
            ::chown(QFile::encodeName(data).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return false;
    }
    if (!run(binDir() + u"/initdb"_qs,
             {u"-D"_qs, data, u"-U"_qs, kUser, u"--auth=trust"_qs, u"-E"_qs, u"UTF8"_qs,
              u"--no-instructions"_qs, u"--no-sync"_qs}))
        return false;

    m_port = freeLoopbackPort();
    const QStringList command = asServiceUser(
        binDir() + u"/postgres"_qs,
        {u"-D"_qs, data, u"-p"_qs, QString::number(m_port), u"-k"_qs, sockets, u"-c"_qs,
         u"listen_addresses=127.0.0.1"_qs, u"-c"_qs, u"max_connections=50"_qs});
    if (!m_process.start(command.constFirst(), command.mid(1)))
        return false;
    return pollUntil(
               [&] {
                   QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"pg-probe"_qs);
                   db.setHostName(u"127.0.0.1"_qs);
                   db.setPort(m_port);
                   db.setUserName(kUser);
                   db.setDatabaseName(u"postgres"_qs);
                   const bool ok = db.open();
                   db.close();
                   db = QSqlDatabase();
                   QSqlDatabase::removeDatabase(u"pg-probe"_qs);
                   return ok || !m_process.isRunning();
               },
               std::chrono::seconds(30)) &&
           m_process.isRunning();
}

QString PostgresFixture::createDatabase(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"pg-admin"_qs);
        db.setHostName(u"127.0.0.1"_qs);
        db.setPort(m_port);
        db.setUserName(kUser);
        db.setDatabaseName(u"postgres"_qs);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        if (!q.exec(u"CREATE DATABASE \"%1\""_qs.arg(name))) {
            m_log += q.lastError().text();
            return {};
        }
    }
    QSqlDatabase::removeDatabase(u"pg-admin"_qs);
    return u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(kUser).arg(m_port).arg(name);
}

} // namespace gatehouse::test
