#include "AuditVerify.h"

#include "AuditLog.h"
#include "SqlSupport.h"
#include "Store.h"

namespace gatehouse::server {

Result<ChainVerdict> verifyStoredChain(Store &store)
{
    AuditLog log(store.connectionName());
    ChainVerdict total;
    QString prev = kGenesisHash;
    qint64 after = 0;
    while (true) {
        const auto page = log.records(after, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        if (page->constFirst().seq != after + 1) {
            total.ok = false;
            total.firstBrokenSeq = after + 1;
            total.reason = u"record is missing"_qs;
            return total;
        }
        const ChainVerdict verdict = verifyChain(page.value(), prev);
        total.recordsChecked += verdict.recordsChecked;
        if (!verdict.ok) {
            total.ok = false;
            total.firstBrokenSeq = verdict.firstBrokenSeq;
            total.reason = verdict.reason;
            return total;
        }
        prev = page->constLast().hash;
        after = page->constLast().seq;
    }

    QSqlQuery head(QSqlDatabase::database(store.connectionName(), false));
    head.prepare(u"SELECT seq, hash FROM audit_head WHERE id = 1"_qs);
    if (Error e = sql::exec(head, u"audit: head"_qs); !e.isNull())
        return e;
    if (!head.next() || head.value(0).toLongLong() != after || head.value(1).toString() != prev) {
        total.ok = false;
        total.firstBrokenSeq = after + 1;
        total.reason =
            u"the chain ends at %1 but its head says %2: records were removed"_qs.arg(after).arg(
                head.value(0).toLongLong());
    }
    return total;
}

} // namespace gatehouse::server
