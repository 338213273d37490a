#include "ZipWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtEndian>

#include <array>

namespace gatehouse {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

Error zipError(const QString &path, const QString &why)
{
    return Error{u"evidence.zip"_qs,
                 QCoreApplication::translate("ZipWriter", "Cannot write %1: %2").arg(path, why),
                 why};
}

} // namespace

Error writeZip(const QString &zipPath, const QString &dir, const QStringList &relativePaths,
               const QString &topFolder, const QDateTime &modified)
{
    const QDateTime t = modified.toUTC();
    const quint16 dosTime =
        quint16((t.time().hour() << 11) | (t.time().minute() << 5) | (t.time().second() / 2));
    const quint16 dosDate =
        quint16(((t.date().year() - 1980) << 9) | (t.date().month() << 5) | t.date().day());
    QByteArray body;
    QByteArray central;
    for (const QString &relative : relativePaths) {
        QFile file(QDir(dir).filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return zipError(file.fileName(), file.errorString());
        const QByteArray data = file.readAll();
        const QByteArray name = (topFolder + u'/' + relative).toUtf8();
        const quint32 crc = crc32(data);
        const quint32 offset = quint32(body.size());
        const auto header = [&](QByteArray &out, bool centralEntry) {
            put32(out, centralEntry ? 0x02014b50u : 0x04034b50u);
            if (centralEntry)
                put16(out, 20); // made by
            put16(out, 20);     // needed to extract
            put16(out, 0x0800); // UTF-8 names
            put16(out, 0);      // stored
            put16(out, dosTime);
            put16(out, dosDate);
            put32(out, crc);
            put32(out, quint32(data.size()));
            put32(out, quint32(data.size()));
            put16(out, quint16(name.size()));
            put16(out, 0); // extra
            if (centralEntry) {
                put16(out, 0); // comment
                put16(out, 0); // disk
                put16(out, 0); // internal attributes
                put32(out, 0100644u << 16);
                put32(out, offset);
            }
            out += name;
        };
        header(body, false);
        body += data;
        header(central, true);
    }
    QByteArray end;
    put32(end, 0x06054b50u);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(relativePaths.size()));
    put16(end, quint16(relativePaths.size()));
    put32(end, quint32(central.size()));
    put32(end, quint32(body.size()));
    put16(end, 0);
    QSaveFile out(zipPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(body + central + end) < 0 || !out.commit())
        return zipError(zipPath, out.errorString());
    return {};
}

} // namespace gatehouse
