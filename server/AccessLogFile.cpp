#include "AccessLogFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

namespace gatehouse::server {

namespace {

bool identify(QFile &file, quint64 *device, quint64 *inode)
{
    struct stat st = {};
    const int fd = file.handle();
    if (fd < 0 || ::fstat(fd, &st) != 0)
        return false;
    *device = quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
}

QByteArray fingerprintOf(QFile &file, qint64 bytes)
{
    if (!file.seek(0))
        return {};
    const QByteArray head = file.read(bytes);
    if (head.size() != bytes)
        return {};
    return QCryptographicHash::hash(head, QCryptographicHash::Sha256).toHex().left(32);
}

} // namespace

bool LogFileMark::isFileAt(const QString &path) const
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && quint64(st.st_dev) == device &&
           quint64(st.st_ino) == inode;
}

QString LogFileMark::toString() const
{
    if (fingerprintBytes < 0) // as older versions named it, so its line ids stay the same
        return generation == 0 ? u"%1-%2"_qs.arg(device).arg(inode)
                               : u"%1-%2#%3"_qs.arg(device).arg(inode).arg(generation);
    // Only characters a URL carries unencoded: line ids end up in cursors.
    return u"%1-%2.%3.%4."_qs.arg(device).arg(inode).arg(generation).arg(fingerprintBytes) +
           QString::fromLatin1(fingerprint);
}

LogFileMark LogFileMark::parse(const QString &text)
{
    static const QRegularExpression current(u"^(\\d+)-(\\d+)\\.(\\d+)\\.(\\d+)\\.([0-9a-f]*)$"_qs);
    static const QRegularExpression older(u"^(\\d+)-(\\d+)(?:#(\\d+))?$"_qs);
    LogFileMark mark;
    auto m = current.match(text);
    if (m.hasMatch()) {
        mark.fingerprintBytes = m.captured(4).toLongLong();
        mark.fingerprint = m.captured(5).toLatin1();
    } else {
        m = older.match(text);
        if (!m.hasMatch())
            return mark;
    }
    mark.device = m.captured(1).toULongLong();
    mark.inode = m.captured(2).toULongLong();
    mark.generation = m.captured(3).toInt();
    return mark;
}

LogFileMark LogFileMark::of(QFile &file, int generation)
{
    LogFileMark mark;
    if (!identify(file, &mark.device, &mark.inode))
        return {};
    mark.generation = generation;
    mark.fingerprintBytes = std::min(file.size(), kFingerprintBytes);
    mark.fingerprint = fingerprintOf(file, mark.fingerprintBytes);
    return mark;
}

bool LogFileMark::matches(QFile &file, qint64 position) const
{
    if (file.size() < position)
        return false; // truncated, or another file
    if (fingerprintBytes <= 0) {
        quint64 dev = 0, ino = 0;
        return identify(file, &dev, &ino) && dev == device && ino == inode;
    }
    return fingerprintOf(file, fingerprintBytes) == fingerprint;
}

bool isFileAt(QFile &file, const QString &path)
{
    LogFileMark open;
    return identify(file, &open.device, &open.inode) && open.isFileAt(path);
}

QString findRotatedLog(const QString &path, const LogFileMark &mark, qint64 position)
{
    const QFileInfo log(path);
    const QString stem = log.completeBaseName();
    static const QRegularExpression compressed(u"\\.(gz|bz2|xz|zst|lz4|z|zip)$"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
    QString byContent;
    const QFileInfoList siblings = log.dir().entryInfoList({stem + u'*'}, QDir::Files);
    for (const QFileInfo &candidate : siblings) {
        if (candidate.fileName() == log.fileName() ||
            compressed.match(candidate.fileName()).hasMatch())
            continue;
        QFile file(candidate.filePath());
        if (!file.open(QIODevice::ReadOnly) || !mark.matches(file, position))
            continue;
        quint64 dev = 0, ino = 0;
        // The renamed file itself first; a copy with the same first bytes next.
        if (identify(file, &dev, &ino) && dev == mark.device && ino == mark.inode)
            return candidate.filePath();
        if (mark.fingerprintBytes > 0 && byContent.isEmpty())
            byContent = candidate.filePath();
    }
    return byContent;
}

} // namespace gatehouse::server
