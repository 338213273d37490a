#include "Metrics.h"

#include "AccessLogSource.h"
#include "AuditLog.h"
#include "SqlSupport.h"
#include "Store.h"

namespace gatehouse::server {

void Metrics::recordDecision(Result result, qint64 latencyUs)
{
    constexpr auto relaxed = std::memory_order_relaxed;
    m_decisions[size_t(result)].fetch_add(1, relaxed);
    const double seconds = double(latencyUs) / 1e6;
    for (size_t i = 0; i < kLatencyBuckets.size(); ++i) {
        if (seconds <= kLatencyBuckets[i])
            m_buckets[i].fetch_add(1, relaxed);
    }
    m_latencyCount.fetch_add(1, relaxed);
    m_latencySumUs.fetch_add(quint64(std::max<qint64>(latencyUs, 0)), relaxed);
}

QByteArray Metrics::render(Store *store, const AccessLogSource *ingest) const
{
    QByteArray out;
    const auto line = [&out](const QByteArray &text) { out += text + '\n'; };
    line("# HELP gatehouse_decisions_total Edge decisions by result.");
    line("# TYPE gatehouse_decisions_total counter");
    const char *results[] = {"allow", "deny", "unauthenticated"};
    for (size_t i = 0; i < 3; ++i)
        line(QByteArray("gatehouse_decisions_total{result=\"") + results[i] + "\"} " +
             QByteArray::number(m_decisions[i].load()));

    line("# HELP gatehouse_decision_seconds Time to decide one edge request.");
    line("# TYPE gatehouse_decision_seconds histogram");
    for (size_t i = 0; i < kLatencyBuckets.size(); ++i)
        line("gatehouse_decision_seconds_bucket{le=\"" + QByteArray::number(kLatencyBuckets[i]) +
             "\"} " + QByteArray::number(m_buckets[i].load()));
    line("gatehouse_decision_seconds_bucket{le=\"+Inf\"} " +
         QByteArray::number(m_latencyCount.load()));
    line("gatehouse_decision_seconds_sum " +
         QByteArray::number(double(m_latencySumUs.load()) / 1e6, 'g', 9));
    line("gatehouse_decision_seconds_count " + QByteArray::number(m_latencyCount.load()));

    // Caddy keeps its connections to the decision listener: this grows with
    // Caddy's concurrency, not with the requests. A count rising with every
    // request means each check pays a new connection.
    line("# HELP gatehouse_edge_connections_total Connections accepted by the edge decision "
         "listener.");
    line("# TYPE gatehouse_edge_connections_total counter");
    line("gatehouse_edge_connections_total " + QByteArray::number(m_edgeConnections.load()));

    line("# HELP gatehouse_grants Grants in the store by state.");
    line("# TYPE gatehouse_grants gauge");
    QSqlQuery q(QSqlDatabase::database(store->connectionName(), false));
    QHash<QString, qint64> byState;
    if (q.exec(u"SELECT state, COUNT(*) FROM grants GROUP BY state"_qs)) {
        while (q.next())
            byState.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    for (const char *state : {"pending", "active", "denied", "revoked", "expired", "lapsed"})
        line(QByteArray("gatehouse_grants{state=\"") + state + "\"} " +
             QByteArray::number(byState.value(QString::fromLatin1(state))));

    line("# HELP gatehouse_audit_head_sequence Sequence number of the last audit record.");
    line("# TYPE gatehouse_audit_head_sequence gauge");
    const auto head = AuditLog(store->connectionName()).head();
    line("gatehouse_audit_head_sequence " + QByteArray::number(head ? head->seq : -1));
    if (ingest) {
        line("# HELP gatehouse_ingest_lines_total Access-log lines stored.");
        line("# TYPE gatehouse_ingest_lines_total counter");
        line("gatehouse_ingest_lines_total " + QByteArray::number(ingest->linesStored()));
        line("# HELP gatehouse_ingest_malformed_total Access-log lines skipped as not Caddy JSON.");
        line("# TYPE gatehouse_ingest_malformed_total counter");
        line("gatehouse_ingest_malformed_total " + QByteArray::number(ingest->linesMalformed()));
        line("# HELP gatehouse_ingest_lag_bytes Bytes of the access log not stored yet.");
        line("# TYPE gatehouse_ingest_lag_bytes gauge");
        line("gatehouse_ingest_lag_bytes " + QByteArray::number(ingest->lagBytes()));
    }
    line("# HELP gatehouse_store_up Whether the store answers.");
    line("# TYPE gatehouse_store_up gauge");
    line("gatehouse_store_up " + QByteArray(store->ping() ? "1" : "0"));
    return out;
}

} // namespace gatehouse::server
