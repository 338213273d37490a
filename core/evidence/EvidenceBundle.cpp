#include "EvidenceBundle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse::evidence {

namespace {

QJsonArray recordsJson(const QList<AuditRecord> &records)
{
    QJsonArray out;
    for (const AuditRecord &r : records)
        out.append(r.toJson());
    return out;
}

Error malformed(const QString &detail)
{
    return Error{u"evidence.malformed"_qs,
                 QCoreApplication::translate("EvidenceBundle",
                                             "The control plane's evidence answer is unreadable."),
                 detail};
}

bool readRecords(const QJsonValue &value, QList<AuditRecord> *out)
{
    for (const QJsonValue &v : value.toArray()) {
        auto r = AuditRecord::fromJson(v.toObject());
        if (!r)
            return false;
        out->append(r.value());
    }
    return true;
}

} // namespace

QJsonObject Bundle::toJson() const
{
    QJsonArray lines;
    for (const Checkpoint &c : checkpoints)
        lines.append(QString::fromLatin1(c.toLine()));
    return {{u"records"_qs, recordsJson(records)},        {u"start_head"_qs, startHead.toJson()},
            {u"end_head"_qs, endHead.toJson()},           {u"checkpoints"_qs, lines},
            {u"key_history"_qs, recordsJson(keyHistory)}, {u"before"_qs, recordsJson(before)}};
}

Result<Bundle> Bundle::fromJson(const QJsonObject &o)
{
    Bundle b;
    if (!readRecords(o.value(u"records"), &b.records) || b.records.isEmpty())
        return malformed(u"records"_qs);
    if (!readRecords(o.value(u"key_history"), &b.keyHistory))
        return malformed(u"key_history"_qs);
    if (!readRecords(o.value(u"before"), &b.before) || b.before.size() > 1)
        return malformed(u"before"_qs);
    auto start = SignedHead::fromJson(o.value(u"start_head").toObject());
    auto end = SignedHead::fromJson(o.value(u"end_head").toObject());
    if (!start || !end)
        return malformed(u"heads"_qs);
    b.startHead = start.value();
    b.endHead = end.value();
    for (const QJsonValue &v : o.value(u"checkpoints").toArray()) {
        auto c = Checkpoint::fromLine(v.toString().toLatin1());
        if (!c)
            return malformed(u"checkpoints"_qs);
        b.checkpoints.append(c.value());
    }
    return b;
}

QByteArray sealStatement(qint64 exportSeq, const QString &manifestSha256)
{
    return "gatehouse-evidence-manifest/v1\nexport-seq " + QByteArray::number(exportSeq) +
           "\nmanifest-sha256 " + manifestSha256.toLatin1() + '\n';
}

bool parseSealStatement(const QByteArray &text, qint64 *exportSeq, QString *manifestSha256)
{
    static const QRegularExpression form(
        u"^gatehouse-evidence-manifest/v1\nexport-seq (\\d+)\nmanifest-sha256 ([0-9a-f]{64})\n$"_qs);
    const auto m = form.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return false;
    *exportSeq = m.captured(1).toLongLong();
    *manifestSha256 = m.captured(2);
    return true;
}

} // namespace gatehouse::evidence
