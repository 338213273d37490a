#include "EvidenceApi.h"

#include "GrantService.h"
#include "ReviewService.h"
#include "ServerLogging.h"
#include "SqlSupport.h"
#include "Store.h"
#include "audit/Ed25519Key.h"
#include "audit/KeyRotation.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/EvidencePeriod.h"
#include "grants/Grant.h"
#include "identity/Base64Url.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;

namespace {

QString trEvidence(const char *text)
{
    return QCoreApplication::translate("EvidenceApi", text);
}

std::optional<QHttpServerResponse> refuseUnlessAuditor(const Principal &who)
{
    if (who.auditor || who.admin)
        return std::nullopt;
    return errorResponse(Error{u"forbidden"_qs,
                               trEvidence(QT_TRANSLATE_NOOP(
                                   "EvidenceApi", "Only auditors and admins can export evidence.")),
                               {}});
}

Error invalid()
{
    return Error{u"validation_failed"_qs,
                 trEvidence(QT_TRANSLATE_NOOP("EvidenceApi", "The request has invalid fields.")),
                 {}};
}

constexpr qint64 kMaxSegment = 500000; // records in one answer

} // namespace

EvidenceApi::EvidenceApi(Parts parts)
    : m_parts(std::move(parts))
    , m_audit(m_parts.store->connectionName())
{}

QHttpServerResponse EvidenceApi::open(const Principal &who, const ApiRequest &request)
{
    if (auto refused = refuseUnlessAuditor(who))
        return std::move(*refused);
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    QList<FieldError> errors = unknownFields(*body, {u"period"_qs, u"services"_qs, u"purpose"_qs});
    const auto period = EvidencePeriod::parse(body->value(u"period").toString());
    if (!period)
        errors.append({u"period"_qs, period.error().message});
    QStringList services;
    QStringList known;
    for (const Service &s : m_parts.grants->catalog())
        known << s.name;
    const QJsonValue scope = body->value(u"services");
    if (!scope.isUndefined() && !scope.isArray())
        errors.append({u"services"_qs, u"must be a list of service names"_qs});
    for (const QJsonValue &v : scope.toArray()) {
        if (!v.isString() || !known.contains(v.toString()))
            errors.append(
                {u"services"_qs, u"'%1' is not a service in the catalog"_qs.arg(v.toString())});
        else if (!services.contains(v.toString()))
            services << v.toString();
    }
    services.sort();
    const QString purpose = body->value(u"purpose").toString().trimmed();
    if (purpose.size() > limits::kReason)
        errors.append({u"purpose"_qs, u"must be at most 500 characters"_qs});
    if (!errors.isEmpty())
        return errorResponse(invalid(), errors);

    const auto first = m_audit.firstSeqFrom(period->from);
    if (!first)
        return errorResponse(first.error());
    QJsonArray permissions;
    for (const StandingPermission &p : m_parts.permissions)
        permissions.append(p.toJson());
    QJsonArray catalog;
    for (const Service &s : m_parts.grants->catalog())
        catalog.append(s.toJson());
    // Each access review touching the period, with its items (those on
    // services in scope) and their decisions as they stand at the export.
    QJsonArray reviews;
    if (m_parts.reviews) {
        const auto campaigns = m_parts.reviews->overlapping(period->from, period->to);
        if (!campaigns)
            return errorResponse(campaigns.error());
        for (ReviewCampaign c : campaigns.value()) {
            if (!services.isEmpty())
                c.items.removeIf(
                    [&](const ReviewItem &i) { return !services.contains(i.service); });
            const bool touchesScope =
                services.isEmpty() || c.services.isEmpty() ||
                std::any_of(c.services.cbegin(), c.services.cend(),
                            [&](const QString &s) { return services.contains(s); });
            if (touchesScope)
                reviews.append(c.toJson());
        }
    }

    // The export is on record before anything is handed out, and its record
    // carries the catalog and standing permissions the populations use.
    QSqlDatabase db = QSqlDatabase::database(m_parts.store->connectionName(), false);
    Result<AuditRecord> record = Error{};
    const Error e = sql::inTransaction(db, u"record evidence export"_qs, [&]() -> Error {
        record = m_audit.appendInTransaction(
            {who.subject, evidence::kExportAction, u"evidence"_qs, period->label,
             QJsonValue(QJsonValue::Null), QJsonObject{}},
            QDateTime::currentDateTimeUtc(), [&](AuditRecord &r) {
                r.after = QJsonObject{
                    {u"period"_qs, period->label},
                    {u"from"_qs, formatTime(period->from)},
                    {u"to"_qs, formatTime(period->to)},
                    {u"services"_qs, QJsonArray::fromStringList(services)},
                    {u"purpose"_qs, purpose},
                    {u"first_seq"_qs, QString::number(first.value() > 0 ? first.value() : r.seq)},
                    {u"standing_permissions"_qs, permissions},
                    {u"catalog"_qs, catalog},
                    {u"access_reviews"_qs, reviews}};
            });
        return record ? Error() : record.error();
    });
    if (!e.isNull())
        return errorResponse(e);

    evidence::Bundle bundle;
    const qint64 firstSeq = first.value() > 0 ? first.value() : record->seq;
    if (record->seq - firstSeq >= kMaxSegment)
        return errorResponse(
            Error{u"evidence.too_large"_qs,
                  trEvidence(QT_TRANSLATE_NOOP("EvidenceApi",
                                               "The period holds too many audit records for one "
                                               "pack; choose a shorter period.")),
                  {}});
    for (qint64 after = firstSeq - 1; after < record->seq;) {
        const auto page = m_audit.records(after, 1000);
        if (!page)
            return errorResponse(page.error());
        if (page->isEmpty())
            break;
        for (const AuditRecord &r : page.value())
            if (r.seq <= record->seq)
                bundle.records.append(r);
        after = page->constLast().seq;
    }
    const auto startHash = m_audit.hashAt(firstSeq - 1);
    if (!startHash)
        return errorResponse(startHash.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bundle.startHead = SignedHead::sign(firstSeq - 1, startHash.value(), now, *m_parts.auditKey);
    bundle.endHead = SignedHead::sign(record->seq, record->hash, now, *m_parts.auditKey);
    if (!m_parts.checkpointDir.isEmpty() &&
        QFile::exists(QDir(m_parts.checkpointDir).filePath(kCheckpointFile))) {
        const auto checkpoints = readCheckpoints(m_parts.checkpointDir);
        if (!checkpoints)
            return errorResponse(checkpoints.error());
        for (const Checkpoint &c : checkpoints.value())
            if (c.head.seq >= firstSeq - 1 && c.head.seq <= record->seq)
                bundle.checkpoints.append(c);
    }
    if (firstSeq > 1) {
        const auto before = m_audit.records(firstSeq - 2, 1);
        if (!before)
            return errorResponse(before.error());
        bundle.before = before.value();
    }
    const auto rotations = m_audit.withAction(keyrotation::kAction);
    if (!rotations)
        return errorResponse(rotations.error());
    bundle.keyHistory = rotations.value();
    qCInfo(lcAudit) << "evidence export" << record->seq << "for" << period->label << "by"
                    << who.subject << bundle.records.size() << "records";
    return jsonResponse(bundle.toJson(), Status::Created);
}

QHttpServerResponse EvidenceApi::seal(const Principal &who, const ApiRequest &request)
{
    if (auto refused = refuseUnlessAuditor(who))
        return std::move(*refused);
    std::optional<QHttpServerResponse> failure;
    const auto body = parseBody(request, false, &failure);
    if (!body)
        return std::move(*failure);
    QList<FieldError> errors = unknownFields(*body, {u"export_seq"_qs, u"manifest_sha256"_qs});
    const qint64 exportSeq = body->value(u"export_seq").toInteger(-1);
    const QString digest = body->value(u"manifest_sha256").toString();
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
    if (exportSeq <= 0)
        errors.append({u"export_seq"_qs, u"must be the seq of your export record"_qs});
    if (!hex.match(digest).hasMatch())
        errors.append({u"manifest_sha256"_qs, u"must be 64 lowercase hex digits"_qs});
    if (!errors.isEmpty())
        return errorResponse(invalid(), errors);

    const auto records = m_audit.records(exportSeq - 1, 1);
    if (!records)
        return errorResponse(records.error());
    if (records->isEmpty() || records->constFirst().seq != exportSeq ||
        records->constFirst().action != evidence::kExportAction ||
        records->constFirst().actor != who.subject)
        return errorResponse(
            Error{u"forbidden"_qs,
                  trEvidence(QT_TRANSLATE_NOOP(
                      "EvidenceApi", "Only the person who exported evidence can seal it.")),
                  {}});

    QSqlDatabase db = QSqlDatabase::database(m_parts.store->connectionName(), false);
    Result<AuditRecord> record = Error{};
    const QString id = QString::number(exportSeq);
    const Error e = sql::inTransaction(db, u"seal evidence"_qs, [&]() -> Error {
        record = m_audit.appendInTransaction({who.subject, evidence::kSealAction, u"evidence"_qs,
                                              id, QJsonValue(QJsonValue::Null),
                                              QJsonObject{{u"manifest_sha256"_qs, digest}}},
                                             QDateTime::currentDateTimeUtc());
        if (!record)
            return record.error();
        // Appending locked the head: no other seal of this export can slip in.
        const auto seals = m_audit.withAction(evidence::kSealAction, id);
        if (!seals)
            return seals.error();
        if (seals->size() > 1)
            return Error{
                u"conflict"_qs,
                trEvidence(QT_TRANSLATE_NOOP("EvidenceApi", "This export is already sealed.")),
                {}};
        return {};
    });
    if (!e.isNull())
        return errorResponse(e);
    const QByteArray statement = evidence::sealStatement(exportSeq, digest);
    return jsonResponse(
        {{u"statement"_qs, QString::fromLatin1(statement)},
         {u"signature"_qs,
          QString::fromLatin1(base64url::encode(m_parts.auditKey->sign(statement)))},
         {u"public_key"_qs, QString::fromLatin1(base64url::encode(m_parts.auditKey->publicKey()))},
         {u"seal"_qs, record->toJson()}},
        Status::Created);
}

} // namespace gatehouse::server
