#pragma once

#include <QByteArray>

#include <array>
#include <atomic>
#include <cstdint>

namespace gatehouse::server {

class AccessLogSource;
class Store;

// Counters for Prometheus (text format 0.0.4), served at GET /metrics.
// Only aggregates: no identity, path or token ever appears in a metric.
class Metrics
{
public:
    enum class Result { Allow, Deny, Unauthenticated };

    // Any thread.
    void recordDecision(Result result, qint64 latencyUs);
    // A connection accepted by the edge decision listener (any thread).
    void recordEdgeConnection() { m_edgeConnections.fetch_add(1, std::memory_order_relaxed); }
    // Renders every metric; grant counts and the audit head are read from the store.
    QByteArray render(Store *store, const AccessLogSource *ingest) const;

    static constexpr std::array<double, 14> kLatencyBuckets{
        0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001,
        0.0025,  0.005,    0.01,    0.025,  0.05,    0.1,    0.25};

private:
    std::array<std::atomic<quint64>, 3> m_decisions{};
    std::array<std::atomic<quint64>, kLatencyBuckets.size()> m_buckets{};
    std::atomic<quint64> m_latencyCount = 0;
    std::atomic<quint64> m_latencySumUs = 0;
    std::atomic<quint64> m_edgeConnections = 0;
};

} // namespace gatehouse::server
