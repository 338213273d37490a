#include "CheckpointWriter.h"

#include "AuditLog.h"
#include "Clock.h"
#include "ServerLogging.h"
#include "Store.h"
#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gatehouse::server {

namespace {

Error checkpointError(const QString &detail)
{
    return Error{
        u"audit.checkpoint"_qs,
        QCoreApplication::translate("CheckpointWriter", "Cannot write audit checkpoints: %1")
            .arg(detail),
        detail};
}

QString osError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

CheckpointWriter::CheckpointWriter(Store *store, const Ed25519Key *key, const Clock *clock,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_key(key)
    , m_clock(clock)
    , m_options(std::move(options))
{}

CheckpointWriter::~CheckpointWriter()
{
    if (m_fd >= 0) {
        // What happened since the last checkpoint is checkpointed on the way out.
        if (Error e = checkpointIfMoved(); !e.isNull())
            qCWarning(lcAudit) << "audit checkpoint at shutdown:" << e.logText();
        ::close(m_fd);
    }
}

Error CheckpointWriter::start()
{
    const QByteArray dir = QFile::encodeName(m_options.dir);
    if (::mkdir(dir.constData(), 0700) == 0) {
        qCInfo(lcAudit) << "audit checkpoints: created" << m_options.dir;
    } else if (errno != EEXIST) {
        return checkpointError(m_options.dir + u": "_qs + osError() +
                               u" (set [audit] checkpoint_dir to a writable directory)"_qs);
    }
    struct stat st
    {
    };
    if (::stat(dir.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return checkpointError(m_options.dir + u" is not a directory"_qs);
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return checkpointError(m_options.dir + u" is writable by others; chmod 700 it"_qs);

    const QString path = m_options.dir + u'/' + kCheckpointFile;
    const bool existed = QFile::exists(path);
    if (existed) {
        const auto existing = readCheckpoints(path);
        if (!existing)
            qCCritical(lcAudit) << "existing checkpoints:" << existing.error().logText();
        else if (!existing->isEmpty())
            m_last = existing->constLast();
    }
    m_fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return checkpointError(path + u": "_qs + osError());
    ::fchmod(m_fd, 0600);
    if (!existed) {
        // The new file's name must survive a crash too.
        const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd >= 0) {
            ::fsync(dirFd);
            ::close(dirFd);
        }
    }
    // A line cut short by a crash mid-write must not swallow the next one.
    if (const off_t size = ::lseek(m_fd, 0, SEEK_END); size > 0) {
        char last = '\n';
        if (::pread(m_fd, &last, 1, size - 1) != 1 || last != '\n') {
            qCWarning(lcAudit) << "the last checkpoint line in" << path << "is cut short";
            if (::write(m_fd, "\n", 1) != 1)
                return checkpointError(path + u": "_qs + osError());
        }
    }
    m_lastAt = m_clock->now();

    AuditLog log(m_store->connectionName());
    const auto head = log.head();
    if (head && m_last && head->seq < m_last->head.seq)
        qCCritical(lcAudit) << "the audit chain ends at seq" << head->seq
                            << "but a checkpoint says it reached" << m_last->head.seq
                            << "- was the database restored or rewritten?";

    const auto pollEvery =
        std::min<std::chrono::milliseconds>(std::chrono::seconds(1), m_options.interval);
    m_timer.setInterval(pollEvery);
    connect(&m_timer, &QTimer::timeout, this, &CheckpointWriter::poll);
    m_timer.start();
    return checkpointIfMoved();
}

void CheckpointWriter::poll()
{
    AuditLog log(m_store->connectionName());
    const auto head = log.head();
    if (!head) {
        qCWarning(lcAudit) << "audit checkpoint:" << head.error().logText();
        return;
    }
    if (head->seq == 0 ||
        (m_last && m_last->head.seq == head->seq && m_last->head.hash == head->hash))
        return;
    const qint64 since = head->seq - (m_last ? m_last->head.seq : 0);
    const bool due =
        since >= m_options.everyRecords || since < 0 ||
        m_lastAt.msecsTo(m_clock->now()) >= std::chrono::milliseconds(m_options.interval).count();
    if (!due)
        return;
    const SignedHead signedHead = SignedHead::sign(head->seq, head->hash, m_clock->now(), *m_key);
    if (Error e = append(Checkpoint::of(signedHead)); !e.isNull())
        qCCritical(lcAudit) << "audit checkpoint:" << e.logText();
}

Error CheckpointWriter::checkpointIfMoved()
{
    AuditLog log(m_store->connectionName());
    const auto head = log.head();
    if (!head)
        return head.error();
    if (head->seq == 0 ||
        (m_last && m_last->head.seq == head->seq && m_last->head.hash == head->hash))
        return {};
    return append(Checkpoint::of(SignedHead::sign(head->seq, head->hash, m_clock->now(), *m_key)));
}

bool CheckpointWriter::keyStillInForce(qint64 afterSeq)
{
    if (m_retired)
        return false;
    AuditLog log(m_store->connectionName());
    const auto rotation = log.lastWithAction(keyrotation::kAction, afterSeq);
    if (!rotation || !rotation->has_value() || rotation->value().objectId == m_key->fingerprint())
        return true;
    m_retired = true;
    m_timer.stop();
    qCCritical(lcAudit) << "the audit chain handed over to key" << rotation->value().objectId
                        << "at seq" << rotation->value().seq << "while this process signs with"
                        << m_key->fingerprint()
                        << "- no more checkpoints; restart gatehoused with the new key";
    return false;
}

Error CheckpointWriter::append(const Checkpoint &checkpoint)
{
    if (!keyStillInForce(m_last ? m_last->head.seq : 0))
        return {};
    const QByteArray line = checkpoint.toLine() + '\n';
    // One write of one line with O_APPEND: no reader sees half a line from
    // us, and nothing before it is ever touched.
    const ssize_t written = ::write(m_fd, line.constData(), size_t(line.size()));
    if (written != line.size())
        return checkpointError(u"write: "_qs + osError());
    if (::fsync(m_fd) != 0)
        return checkpointError(u"fsync: "_qs + osError());
    m_last = checkpoint;
    m_lastAt = m_clock->now();
    qCDebug(lcAudit) << "audit checkpoint at seq" << checkpoint.head.seq;
    return {};
}

} // namespace gatehouse::server
