#pragma once

#include "GraphLayoutEngine.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace gatehouse::graph {

// Lays graphs out with Graphviz on one worker thread, never on the GUI
// thread. A newer request supersedes older ones: a request still waiting is
// skipped, and the result of one already running is dropped, so finished()
// only ever reports the latest request.
class GraphLayout : public QObject
{
    Q_OBJECT

public:
    explicit GraphLayout(QObject *parent = nullptr);
    ~GraphLayout() override;

    // Synchronous, from any thread (serialised with every other layout).
    static LayoutResult run(const LayoutRequest &request);

    // Returns the ticket that finished() will carry.
    quint64 request(const LayoutRequest &request);
    quint64 latestTicket() const { return m_latest->load(); }
    bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    void finished(const gatehouse::graph::LayoutResult &result);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_running = 0;
};

} // namespace gatehouse::graph
