#include "AuditVerify.h"

#include "AuditLog.h"
#include "SqlSupport.h"
#include "Store.h"

namespace gatehouse::server {

Result<TrustReport> verifyStoredTrust(Store &store, const TrustInputs &inputs)
{
    AuditLog log(store.connectionName());
    ChainVerifier verifier(inputs.pin);
    if (inputs.head)
        verifier.setHead(*inputs.head);
    verifier.setCheckpoints(inputs.checkpoints);
    qint64 after = 0;
    QString lastHash = kGenesisHash;
    bool intact = true;
    while (intact) {
        const auto page = log.records(after, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        intact = verifier.add(page.value());
        after = page->constLast().seq;
        lastHash = page->constLast().hash;
    }

    if (intact) {
        QSqlQuery head(QSqlDatabase::database(store.connectionName(), false));
        head.prepare(u"SELECT seq, hash FROM audit_head WHERE id = 1"_qs);
        if (Error e = sql::exec(head, u"audit: head"_qs); !e.isNull())
            return e;
        if (!head.next() || head.value(0).toLongLong() != after ||
            head.value(1).toString() != lastHash)
            verifier.markBroken(after + 1,
                                u"the chain ends at %1 but its head says %2: records were "
                                "removed"_qs.arg(after)
                                    .arg(head.value(0).toLongLong()));
    }
    return verifier.finish();
}

Result<ChainVerdict> verifyStoredChain(Store &store)
{
    const auto report = verifyStoredTrust(store, {});
    if (!report)
        return report.error();
    ChainVerdict verdict;
    verdict.ok = report->chainOk();
    verdict.recordsChecked = report->recordsChecked;
    verdict.firstBrokenSeq = report->brokenSeq;
    verdict.reason = report->brokenReason;
    return verdict;
}

} // namespace gatehouse::server
