#include "AuditRecord.h"

#include "ChainVerifier.h"
#include "grants/Grant.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace gatehouse {

namespace {

QJsonObject canonicalObject(const AuditRecord &r)
{
    // QJsonObject keeps keys sorted, and the compact writer adds no spaces:
    // together that is the canonical form. Only strings, integers and nested
    // objects are used, so number formatting cannot differ between writers.
    return {
        {u"seq"_qs, QString::number(r.seq)},
        {u"time"_qs, formatTime(r.time)},
        {u"actor"_qs, r.actor},
        {u"action"_qs, r.action},
        {u"object_type"_qs, r.objectType},
        {u"object_id"_qs, r.objectId},
        {u"before"_qs, r.before},
        {u"after"_qs, r.after},
        {u"prev_hash"_qs, r.prevHash},
    };
}

} // namespace

QByteArray AuditRecord::canonicalBytes() const
{
    return QJsonDocument(canonicalObject(*this)).toJson(QJsonDocument::Compact);
}

QString AuditRecord::computeHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

QJsonObject AuditRecord::toJson() const
{
    QJsonObject o = canonicalObject(*this);
    o.insert(u"seq"_qs, seq);
    o.insert(u"hash"_qs, hash);
    return o;
}

Result<AuditRecord> AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    const auto seq = o.value(u"seq");
    r.seq = seq.isString() ? seq.toString().toLongLong() : qint64(seq.toDouble());
    r.time = parseTime(o.value(u"time").toString());
    r.actor = o.value(u"actor").toString();
    r.action = o.value(u"action").toString();
    r.objectType = o.value(u"object_type").toString();
    r.objectId = o.value(u"object_id").toString();
    r.before = o.value(u"before");
    r.after = o.value(u"after");
    if (r.before.isUndefined())
        r.before = QJsonValue(QJsonValue::Null);
    if (r.after.isUndefined())
        r.after = QJsonValue(QJsonValue::Null);
    r.prevHash = o.value(u"prev_hash").toString();
    r.hash = o.value(u"hash").toString();
    if (r.seq <= 0 || !r.time.isValid() || r.hash.size() != 64 || r.prevHash.size() != 64)
        return Error{u"audit.malformed"_qs,
                     QCoreApplication::translate("AuditRecord", "An audit record is incomplete."),
                     u"seq %1"_qs.arg(r.seq)};
    return r;
}

ChainVerdict verifyChain(const QList<AuditRecord> &records, const QString &prevHash)
{
    ChainVerifier verifier(std::nullopt, prevHash);
    (void)verifier.add(records);
    const TrustReport report = verifier.finish();
    ChainVerdict verdict;
    verdict.ok = report.chainOk();
    verdict.recordsChecked = report.recordsChecked;
    verdict.firstBrokenSeq = report.brokenSeq;
    verdict.reason = report.brokenReason;
    return verdict;
}

} // namespace gatehouse
