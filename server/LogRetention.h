#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace gatehouse::server {

// Deletes decisions and access-log lines older than the retention period
// ([edge] retention). Deletes in batches, one short transaction each, so other
// writers never wait long for the database.
class LogRetention
{
public:
    static constexpr int kBatchRows = 2000;

    LogRetention(QString connectionName, std::chrono::seconds keep);

    // Deletes what is older than now - keep; returns how many rows went.
    // With maxBatches > 0, stops after that many batches and sets *more when
    // rows may be left: the caller goes on later with the same `now`, so a
    // large backlog never holds its thread (the log thread, which also
    // ingests and writes the decisions the API waits for) for long.
    [[nodiscard]] Result<qint64> apply(const QDateTime &now, int maxBatches = 0,
                                       bool *more = nullptr) const;

private:
    QString m_connection;
    std::chrono::seconds m_keep;
};

} // namespace gatehouse::server
