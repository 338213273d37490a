#pragma once

#include "audit/AuditRecord.h"

#include <QStringList>

namespace gatehouse::evidence {

// One population file of an evidence pack: an IPE header block (lines
// starting with "# ") and a CSV table (RFC 4180).
struct Population
{
    QString file;  // "grants-created.csv"
    QString title; // "Grants created"
    int rows = 0;
    QByteArray csv;
};

// The parameters of an export, as its audit record states them.
struct ExportScope
{
    QString period;
    QDateTime from;
    QDateTime to;
    QStringList services; // empty: all
    QString purpose;
    bool covers(const QString &service) const
    {
        return services.isEmpty() || services.contains(service);
    }
    static ExportScope of(const AuditRecord &exportRecord);
};

// Every population of a pack, computed from the chain segment alone (the
// last record is the export record, whose parameters and snapshot of the
// catalog and standing permissions it uses). The same segment always gives
// the same bytes: a verifier recomputes them and compares.
QList<Population> buildPopulations(const QList<AuditRecord> &segment);

// One CSV cell: quoted when needed; a leading = + - @ (a formula to a
// spreadsheet) is prefixed with an apostrophe.
QString csvCell(const QString &text);

} // namespace gatehouse::evidence
