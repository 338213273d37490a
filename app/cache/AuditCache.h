#pragma once

#include "Error.h"
#include "Result.h"
#include "audit/AuditFilter.h"
#include "audit/AuditRecord.h"
#include "audit/SignedHead.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// The audit records and the last signed head the control plane showed this
// profile, in the console's SQLite cache, so an auditor reads (and verifies)
// offline what was synced. Each record is kept as received, with the columns
// the filter searches beside it. Reads are windows, newest first.
class AuditCache
{
public:
    struct Query
    {
        AuditFilter filter;
        QDateTime since;      // invalid: from the first record
        QDateTime until;      // invalid: up to the newest
        qint64 beforeSeq = 0; // 0: from the newest; else only records with a lower seq
        int limit = 200;
    };
    struct Head
    {
        SignedHead head;
        QDateTime fetchedAt;
    };

    explicit AuditCache(const QString &path);
    ~AuditCache();
    AuditCache(const AuditCache &) = delete;
    AuditCache &operator=(const AuditCache &) = delete;

    [[nodiscard]] Error open();
    bool isOpen() const { return m_open; }

    // Binds the profile's records to the signed-in subject: records another
    // subject synced are deleted first.
    [[nodiscard]] Error claim(const QString &profile, const QString &subject);
    // Stores records (one seen before is replaced by what the server sends
    // now), in one transaction.
    [[nodiscard]] Error store(const QString &profile, const QList<AuditRecord> &records);
    // Drops records after `seq` (the server's chain is shorter).
    [[nodiscard]] Error dropAfter(const QString &profile, qint64 seq);
    [[nodiscard]] Error storeHead(const QString &profile, const SignedHead &head);
    std::optional<Head> head(const QString &profile) const;
    qint64 lastSeq(const QString &profile) const;

    [[nodiscard]] Result<QList<AuditRecord>> page(const QString &profile, const Query &query) const;
    [[nodiscard]] Result<qint64> count(const QString &profile, const Query &query) const;
    // Oldest first, seq > afterSeq: what verification walks.
    [[nodiscard]] Result<QList<AuditRecord>> chain(const QString &profile, qint64 afterSeq,
                                                   int limit) const;

private:
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace gatehouse
