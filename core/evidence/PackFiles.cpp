#include "PackFiles.h"

#include "Populations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace gatehouse::evidence {

namespace {

Error fileError(const QString &path, const QString &why)
{
    return Error{u"evidence.file"_qs,
                 QCoreApplication::translate("PackFiles", "Cannot write %1: %2").arg(path, why),
                 why};
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Error writePackFile(const QString &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fileError(path, u"cannot create its folder"_qs);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fileError(path, file.errorString());
    return {};
}

QByteArray recordLines(const QList<AuditRecord> &records)
{
    QByteArray out;
    for (const AuditRecord &r : records)
        out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

Result<QList<AuditRecord>> parseRecordLines(const QByteArray &text, const QString &file)
{
    QList<AuditRecord> out;
    int number = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++number;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(line, &error);
        auto record = doc.isObject() ? AuditRecord::fromJson(doc.object())
                                     : Result<AuditRecord>(Error{u"json"_qs, {}, {}});
        if (!record)
            return Error{u"evidence.line"_qs,
                         QCoreApplication::translate("PackFiles", "%1 line %2 is not an audit "
                                                                  "record.")
                             .arg(file)
                             .arg(number),
                         {}};
        out.append(record.value());
    }
    return out;
}

Result<QStringList> writeChainAndPopulations(const QString &dir, const Bundle &b)
{
    QStringList written;
    const auto put = [&](const QString &relative, const QByteArray &bytes) {
        Error e = writePackFile(dir, relative, bytes);
        if (e.isNull())
            written << relative;
        return e;
    };
    QByteArray checkpointText;
    for (const Checkpoint &c : b.checkpoints)
        checkpointText += c.toLine() + '\n';
    const QJsonObject heads{{u"start"_qs, b.startHead.toJson()}, {u"end"_qs, b.endHead.toJson()}};
    if (Error e = put(files::kSegment, recordLines(b.records)); !e.isNull())
        return e;
    if (Error e = put(files::kHeads, QJsonDocument(heads).toJson()); !e.isNull())
        return e;
    if (Error e = put(files::kCheckpoints, checkpointText); !e.isNull())
        return e;
    if (Error e = put(files::kKeyHistory, recordLines(b.keyHistory)); !e.isNull())
        return e;
    if (Error e = put(files::kBefore, recordLines(b.before)); !e.isNull())
        return e;
    for (const Population &p : buildPopulations(b.records))
        if (Error e = put(files::kPopulations + p.file, p.csv); !e.isNull())
            return e;
    return written;
}

Result<QByteArray> manifestFor(const QString &dir, const QStringList &relativePaths)
{
    QStringList sorted = relativePaths;
    std::sort(sorted.begin(), sorted.end());
    QByteArray out;
    for (const QString &relative : std::as_const(sorted)) {
        QFile file(QDir(dir).filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return fileError(file.fileName(), file.errorString());
        out += sha256Hex(file.readAll()).toLatin1() + "  " + relative.toUtf8() + '\n';
    }
    return out;
}

} // namespace gatehouse::evidence
