#pragma once

#include "audit/AuditRecord.h"
#include "evidence/Populations.h"

#include <QImage>

namespace gatehouse {

// The memo's charts, drawn with Qt Charts into images sized for an A4 page.
QImage grantsPerWeekChart(const QList<AuditRecord> &segment, const evidence::ExportScope &scope);
QImage approvalLeadTimeChart(const QList<AuditRecord> &segment, const evidence::ExportScope &scope);

} // namespace gatehouse
