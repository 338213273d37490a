#include "Checkpoint.h"

#include "Ed25519Key.h"
#include "grants/Grant.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gatehouse {

QByteArray Checkpoint::toLine() const
{
    return QByteArray::number(head.seq) + ' ' + head.hash.toLatin1() + ' ' +
           formatTime(head.signedAt).toLatin1() + ' ' + fingerprint.toLatin1() + ' ' +
           head.signature.toBase64() + ' ' + head.publicKey.toBase64();
}

Checkpoint Checkpoint::of(const SignedHead &head)
{
    return {head, head.fingerprint(), 0};
}

Result<Checkpoint> Checkpoint::fromLine(const QByteArray &line)
{
    const QList<QByteArray> f = line.trimmed().split(' ');
    Checkpoint c;
    bool seqOk = false;
    if (f.size() == 6) {
        c.head.seq = f.at(0).toLongLong(&seqOk);
        c.head.hash = QString::fromLatin1(f.at(1));
        c.head.signedAt = parseTime(QString::fromLatin1(f.at(2)));
        c.fingerprint = QString::fromLatin1(f.at(3));
        const auto sig =
            QByteArray::fromBase64Encoding(f.at(4), QByteArray::AbortOnBase64DecodingErrors);
        const auto key =
            QByteArray::fromBase64Encoding(f.at(5), QByteArray::AbortOnBase64DecodingErrors);
        c.head.signature = sig ? *sig : QByteArray();
        c.head.publicKey = key ? *key : QByteArray();
    }
    if (!seqOk || c.head.seq < 0 || c.head.hash.size() != 64 || !c.head.signedAt.isValid() ||
        c.fingerprint.size() != 64 || c.head.signature.size() != 64 ||
        c.head.publicKey.size() != 32)
        return Error{u"audit.checkpoint_malformed"_qs,
                     QCoreApplication::translate("Checkpoint", "A checkpoint line is unreadable."),
                     QString::fromLatin1(line.left(200))};
    return c;
}

Result<QList<Checkpoint>> readCheckpoints(const QString &path)
{
    const QString file = QFileInfo(path).isDir() ? path + u'/' + kCheckpointFile : path;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{u"audit.checkpoints_unreadable"_qs,
                     QCoreApplication::translate("Checkpoint", "Cannot read the checkpoints: %1")
                         .arg(in.errorString()),
                     file + u": "_qs + in.errorString()};
    QList<Checkpoint> out;
    int number = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        auto c = Checkpoint::fromLine(line);
        if (!c)
            return Error{c.error().code,
                         QCoreApplication::translate("Checkpoint",
                                                     "%1 line %2: the checkpoint is unreadable "
                                                     "(cut short or edited?)")
                             .arg(file)
                             .arg(number),
                         u"%1:%2: %3"_qs.arg(file).arg(number).arg(c.error().detail)};
        c.value().line = number;
        out.append(c.value());
    }
    return out;
}

} // namespace gatehouse
