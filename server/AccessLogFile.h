#pragma once

#include <QByteArray>
#include <QString>

class QFile;

namespace gatehouse::server {

// Which file a position in Caddy's access log belongs to: its device and
// inode, and a fingerprint (SHA-256) of its first bytes. Names change under
// rotation and inodes are reused; together these find the file again after a
// rename or a copy, and notice a truncation even when the file has grown past
// the old position since.
struct LogFileMark
{
    quint64 device = 0;
    quint64 inode = 0;
    int generation = 0;           // counts truncations of the same inode
    qint64 fingerprintBytes = -1; // -1: unknown (a position saved by an older version)
    QByteArray fingerprint;       // hex, of the first fingerprintBytes bytes

    static constexpr qint64 kFingerprintBytes = 1024;

    bool isNull() const { return inode == 0 && device == 0; }
    // "<device>-<inode>.<generation>.<bytes>.<fingerprint>": the stream name
    // line ids start with; older versions wrote only "<device>-<inode>[#<n>]".
    QString toString() const;
    static LogFileMark parse(const QString &text);

    // The mark of `file` as it is now (fingerprint of up to kFingerprintBytes).
    static LogFileMark of(QFile &file, int generation = 0);
    // Whether the file at `path` has this device and inode.
    bool isFileAt(const QString &path) const;
    // Whether `file` is this file and holds at least `position` bytes of it.
    bool matches(QFile &file, qint64 position) const;
};

// Whether the open `file` is the file now at `path` (same device and inode).
bool isFileAt(QFile &file, const QString &path);

// A file next to `path` that holds the file `mark` names (a rotated copy or
// the renamed file: "access.log.1", "access.log-20261207", Caddy's
// "access-2026-12-07T18-20-00.000.log"...), at least `position` bytes long.
// Compressed rotations cannot be read and are not considered. Empty when none.
QString findRotatedLog(const QString &path, const LogFileMark &mark, qint64 position);

} // namespace gatehouse::server
