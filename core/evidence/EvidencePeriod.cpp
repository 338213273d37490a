#include "EvidencePeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gatehouse {

namespace {

QDateTime utc(int year, int month)
{
    return QDateTime(QDate(year, month, 1), QTime(0, 0), Qt::UTC);
}

} // namespace

Result<EvidencePeriod> EvidencePeriod::parse(const QString &text)
{
    static const QRegularExpression form(u"^(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$"_qs,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch())
        return Error{u"evidence.period"_qs,
                     QCoreApplication::translate("EvidencePeriod",
                                                 "A period is a quarter (2026-Q4), a month "
                                                 "(2026-11) or a year (2026), not '%1'.")
                         .arg(text),
                     {}};
    EvidencePeriod p;
    p.label = text.trimmed().toUpper();
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int quarter = m.captured(2).toInt();
        p.from = utc(year, 3 * (quarter - 1) + 1);
        p.to = p.from.addMonths(3);
    } else if (!m.captured(3).isEmpty()) {
        p.from = utc(year, m.captured(3).toInt());
        p.to = p.from.addMonths(1);
    } else {
        p.from = utc(year, 1);
        p.to = p.from.addYears(1);
    }
    return p;
}

} // namespace gatehouse
