#include "Populations.h"

#include "EvidenceBundle.h"
#include "grants/Grant.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace gatehouse::evidence {

namespace {

QString joined(const QJsonValue &v)
{
    QStringList parts;
    for (const QJsonValue &x : v.toArray())
        parts << x.toString();
    return parts.join(u';');
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_qs : u"false"_qs;
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isArray())
        return joined(v);
    return {};
}

struct Table
{
    QString file;
    QString title;
    QString query;
    QStringList columns;
    QList<QStringList> rows;
    QString note; // an extra header line, when something needs saying
};

QByteArray render(const Table &t, const ExportScope &scope, const AuditRecord &exportRecord,
                  qint64 firstSeq)
{
    QString out;
    const auto header = [&](const QString &line) { out += u"# "_qs + line + u'\n'; };
    header(u"Information produced by the entity (IPE): "_qs + t.title);
    header(u"system: Gatehouse control plane (gatehoused), signed audit chain"_qs);
    header(u"query: "_qs + t.query);
    header(u"parameters: period=%1; services=%2"_qs.arg(
        scope.period, scope.services.isEmpty() ? u"all"_qs : scope.services.join(u',')));
    header(u"period: %1 to %2 (UTC, end exclusive)"_qs.arg(formatTime(scope.from),
                                                           formatTime(scope.to)));
    header(u"row count: %1"_qs.arg(t.rows.size()));
    header(u"generated at: %1 by %2 (export record seq %3)"_qs
               .arg(formatTime(exportRecord.time), exportRecord.actor)
               .arg(exportRecord.seq));
    header(u"chain range: seq %1 to %2, ending at hash %3"_qs.arg(firstSeq)
               .arg(exportRecord.seq)
               .arg(exportRecord.hash));
    header(u"cells starting with = + - @ are prefixed with ' so spreadsheets do not run them"_qs);
    if (!t.note.isEmpty())
        header(u"note: "_qs + t.note);
    QStringList cells;
    for (const QString &c : t.columns)
        cells << csvCell(c);
    out += cells.join(u',') + u"\r\n"_qs;
    for (const QStringList &row : t.rows) {
        cells.clear();
        for (const QString &c : row)
            cells << csvCell(c);
        out += cells.join(u',') + u"\r\n"_qs;
    }
    return out.toUtf8();
}

const QStringList kGrantColumns{u"seq"_qs,         u"time"_qs,         u"actor"_qs,
                                u"grant_id"_qs,    u"subject_kind"_qs, u"subject"_qs,
                                u"service"_qs,     u"methods"_qs,      u"path_prefixes"_qs,
                                u"starts_at"_qs,   u"expires_at"_qs,   u"requested_by"_qs,
                                u"approved_by"_qs, u"revoked_by"_qs,   u"reason"_qs,
                                u"ticket"_qs,      u"record_hash"_qs};

QStringList grantRow(const AuditRecord &r)
{
    const QJsonObject g = r.after.toObject();
    QStringList row{QString::number(r.seq), formatTime(r.time), r.actor, r.objectId};
    for (const char *key :
         {"subject_kind", "subject", "service", "methods", "path_prefixes", "starts_at",
          "expires_at", "requested_by", "approved_by", "revoked_by", "reason", "ticket"})
        row << text(g.value(QLatin1String(key)));
    row << r.hash;
    return row;
}

} // namespace

ExportScope ExportScope::of(const AuditRecord &exportRecord)
{
    const QJsonObject a = exportRecord.after.toObject();
    ExportScope s;
    s.period = a.value(u"period").toString();
    s.from = parseTime(a.value(u"from").toString());
    s.to = parseTime(a.value(u"to").toString());
    for (const QJsonValue &v : a.value(u"services").toArray())
        s.services << v.toString();
    s.purpose = a.value(u"purpose").toString();
    return s;
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringView(u"=+-@").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + QString(v).replace(u"\""_qs, u"\"\""_qs) + u'"';
    return v;
}

QList<Population> buildPopulations(const QList<AuditRecord> &segment)
{
    if (segment.isEmpty())
        return {};
    const AuditRecord &exportRecord = segment.constLast();
    const ExportScope scope = ExportScope::of(exportRecord);
    const qint64 firstSeq = segment.constFirst().seq;

    struct GrantPopulation
    {
        QString action;
        QString file;
        QString title;
    };
    const QList<GrantPopulation> grantKinds{
        {u"grant.created"_qs, u"grants-created.csv"_qs, u"Grants created (requested)"_qs},
        {u"grant.approved"_qs, u"grants-approved.csv"_qs, u"Grants approved"_qs},
        {u"grant.denied"_qs, u"grants-denied.csv"_qs, u"Grant requests denied"_qs},
        {u"grant.revoked"_qs, u"grants-revoked.csv"_qs, u"Grants revoked"_qs},
        {u"grant.expired"_qs, u"grants-expired.csv"_qs, u"Grants expired"_qs},
    };
    QList<Table> tables;
    for (const GrantPopulation &k : grantKinds)
        tables.append(
            {k.file,
             k.title,
             u"audit records with action = %1, time in the period, grant service in "
             "scope; one row per record, fields from the record's after-state"_qs.arg(k.action),
             kGrantColumns,
             {},
             {}});

    Table admin{u"admin-actions.csv"_qs,
                u"Administrative actions on the catalog and the audit trail"_qs,
                u"audit records with action catalog.* or audit.* or evidence.*, time in the "
                "period; catalog changes to one service only when it is in scope"_qs,
                {u"seq"_qs, u"time"_qs, u"actor"_qs, u"action"_qs, u"object_type"_qs,
                 u"object_id"_qs, u"record_hash"_qs},
                {},
                {}};

    struct Denials
    {
        int denied = 0;
        int lapsed = 0;
        QSet<QString> requesters;
        qint64 first = 0;
        qint64 last = 0;
    };
    QMap<QString, Denials> denials;

    for (const AuditRecord &r : segment) {
        if (!scope.from.isValid() || r.time < scope.from || r.time >= scope.to)
            continue;
        const QString service = r.after.toObject().value(u"service").toString();
        if (r.objectType == u"grant" && scope.covers(service)) {
            for (int i = 0; i < grantKinds.size(); ++i)
                if (r.action == grantKinds[i].action)
                    tables[i].rows.append(grantRow(r));
            if (r.action == u"grant.denied" || r.action == u"grant.lapsed") {
                Denials &d = denials[service];
                (r.action == u"grant.denied" ? d.denied : d.lapsed) += 1;
                d.requesters.insert(r.after.toObject().value(u"requested_by").toString());
                if (d.first == 0)
                    d.first = r.seq;
                d.last = r.seq;
            }
        }
        const bool adminAction = r.action.startsWith(u"catalog.") ||
                                 r.action.startsWith(u"audit.") ||
                                 r.action.startsWith(u"evidence.");
        const bool oneService = r.objectType == u"service";
        if (adminAction && (!oneService || scope.covers(r.objectId)))
            admin.rows.append({QString::number(r.seq), formatTime(r.time), r.actor, r.action,
                               r.objectType, r.objectId, r.hash});
    }
    tables.append(admin);

    Table denied{u"denied-requests-summary.csv"_qs,
                 u"Denied and undecided grant requests, per service"_qs,
                 u"audit records with action grant.denied or grant.lapsed (pending until it "
                 "ran out, never approved), time in the period, service in scope; counted per "
                 "service"_qs,
                 {u"service"_qs, u"denied"_qs, u"lapsed_undecided"_qs, u"distinct_requesters"_qs,
                  u"first_seq"_qs, u"last_seq"_qs},
                 {},
                 u"requests refused at the edge (forward_auth decisions) are in the decision "
                 "log, which is not part of the signed chain, and are not counted here"_qs};
    for (auto it = denials.cbegin(); it != denials.cend(); ++it)
        denied.rows.append({it.key(), QString::number(it->denied), QString::number(it->lapsed),
                            QString::number(it->requesters.size()), QString::number(it->first),
                            QString::number(it->last)});
    tables.append(denied);

    // As of the export: the export record carries the catalog and the
    // standing permissions, so these rows are signed like every other.
    const QJsonObject snapshot = exportRecord.after.toObject();
    const QString asOf =
        u"as of the export (%1), taken from the export record; the configuration before it "
        "is not kept in the chain"_qs.arg(formatTime(exportRecord.time));
    Table standing{u"standing-permissions.csv"_qs,
                   u"Standing permissions"_qs,
                   u"the export record's standing_permissions, service in scope"_qs,
                   {u"subject_kind"_qs, u"subject"_qs, u"service"_qs, u"methods"_qs,
                    u"path_prefixes"_qs, u"source"_qs},
                   {},
                   asOf};
    for (const QJsonValue &v : snapshot.value(u"standing_permissions").toArray()) {
        const QJsonObject p = v.toObject();
        if (!scope.covers(p.value(u"service").toString()))
            continue;
        QStringList row;
        for (const char *key :
             {"subject_kind", "subject", "service", "methods", "path_prefixes", "source"})
            row << text(p.value(QLatin1String(key)));
        standing.rows.append(row);
    }
    tables.append(standing);

    Table owners{u"service-owners.csv"_qs,
                 u"Services and their owners"_qs,
                 u"the export record's catalog, service in scope"_qs,
                 {u"service"_qs, u"team"_qs, u"owners"_qs, u"approval"_qs, u"max_grant_seconds"_qs,
                  u"ticket_required"_qs, u"sensitivity"_qs, u"source"_qs},
                 {},
                 asOf};
    for (const QJsonValue &v : snapshot.value(u"catalog").toArray()) {
        const QJsonObject s = v.toObject();
        if (!scope.covers(s.value(u"name").toString()))
            continue;
        QStringList row;
        for (const char *key : {"name", "team", "owners", "approval", "max_grant_seconds",
                                "ticket_required", "sensitivity", "source"})
            row << text(s.value(QLatin1String(key)));
        owners.rows.append(row);
    }
    tables.append(owners);

    // Each campaign touching the period, from the export record: every item
    // with its decision, who and when. A decision made inside this segment
    // also names its own record, so it can be checked against the chain.
    QHash<QString, const AuditRecord *> decisionRecords;
    for (const AuditRecord &r : segment)
        if (r.action == u"review.decided" || r.action == u"review.unreviewed")
            decisionRecords.insert(r.objectId, &r);
    Table reviews{u"access-reviews.csv"_qs,
                  u"Access reviews: every item of each campaign and its decision"_qs,
                  u"the export record's access_reviews (campaigns whose period, opening or due "
                  "date touches the period), items on services in scope; decision_seq is the "
                  "review.decided or review.unreviewed record in this segment, when there"_qs,
                  {u"campaign_id"_qs,   u"campaign"_qs,
                   u"review_period"_qs, u"opened_by"_qs,
                   u"opened_at"_qs,     u"due_at"_qs,
                   u"state"_qs,         u"revoke_unreviewed"_qs,
                   u"item"_qs,          u"kind"_qs,
                   u"service"_qs,       u"subject_kind"_qs,
                   u"subject"_qs,       u"grant_id"_qs,
                   u"methods"_qs,       u"path_prefixes"_qs,
                   u"decision"_qs,      u"reason"_qs,
                   u"decided_by"_qs,    u"decided_at"_qs,
                   u"decision_seq"_qs,  u"decision_record_hash"_qs},
                  {},
                  u"as of the export (%1): items still pending were not decided by then; "
                  "revoke_requested means a standing permission an owner wants removed from "
                  "gatehoused's configuration"_qs.arg(formatTime(exportRecord.time))};
    for (const QJsonValue &v : snapshot.value(u"access_reviews").toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"id").toString();
        for (const QJsonValue &x : c.value(u"items").toArray()) {
            const QJsonObject i = x.toObject();
            if (!scope.covers(i.value(u"service").toString()))
                continue;
            QStringList row{id};
            for (const char *key : {"name", "period", "opened_by", "opened_at", "due_at", "state",
                                    "revoke_unreviewed"})
                row << text(c.value(QLatin1String(key)));
            for (const char *key :
                 {"id", "kind", "service", "subject_kind", "subject", "grant_id", "methods",
                  "path_prefixes", "decision", "reason", "decided_by", "decided_at"})
                row << text(i.value(QLatin1String(key)));
            const AuditRecord *record =
                decisionRecords.value(id + u'/' + i.value(u"id").toString(), nullptr);
            row << (record ? QString::number(record->seq) : QString())
                << (record ? record->hash : QString());
            reviews.rows.append(row);
        }
    }
    tables.append(reviews);

    QList<Population> out;
    for (const Table &t : std::as_const(tables))
        out.append({t.file, t.title, int(t.rows.size()), render(t, scope, exportRecord, firstSeq)});
    return out;
}

} // namespace gatehouse::evidence
