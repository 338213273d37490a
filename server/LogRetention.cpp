#include "LogRetention.h"

#include "ServerLogging.h"
#include "SqlSupport.h"

namespace gatehouse::server {

LogRetention::LogRetention(QString connectionName, std::chrono::seconds keep)
    : m_connection(std::move(connectionName))
    , m_keep(keep)
{}

Result<qint64> LogRetention::apply(const QDateTime &now, int maxBatches, bool *more) const
{
    if (more)
        *more = false;
    int batches = 0;
    const qint64 cutoffUs = now.addSecs(-m_keep.count()).toMSecsSinceEpoch() * 1000;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 deleted = 0;
    const struct
    {
        const char16_t *table;
        const char16_t *time;
    } logs[] = {{u"decisions", u"decided_at"}, {u"access_log", u"logged_at"}};
    for (const auto &log : logs) {
        const QString sql =
            u"DELETE FROM %1 WHERE id IN (SELECT id FROM %1 WHERE %2 < ? LIMIT %3)"_qs
                .arg(QString::fromUtf16(log.table), QString::fromUtf16(log.time))
                .arg(kBatchRows);
        while (true) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(cutoffUs);
            if (Error e = sql::exec(q, u"retention"_qs); !e.isNull())
                return e;
            const int rows = q.numRowsAffected();
            deleted += std::max(rows, 0);
            if (rows < kBatchRows)
                break;
            if (maxBatches > 0 && ++batches >= maxBatches) {
                if (more)
                    *more = true;
                qCDebug(lcServer) << "retention: deleted" << deleted << "rows, more to go";
                return deleted;
            }
        }
    }
    if (deleted > 0)
        qCInfo(lcServer) << "retention: deleted" << deleted << "decisions and access-log lines";
    return deleted;
}

} // namespace gatehouse::server
