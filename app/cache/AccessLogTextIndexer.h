#pragma once

#include <QObject>
#include <QTimer>

namespace gatehouse {

class AccessLogCache;

// Brings the cache's trigram index of paths up to date after a sync, in small
// chunks from a zero-interval timer: each chunk is one short transaction
// (a few ms to a few tens of ms), so the window keeps painting and answering
// between them. Until it is done, free text still finds every line (the
// lines not indexed yet are read), only slower.
class AccessLogTextIndexer : public QObject
{
    Q_OBJECT
public:
    explicit AccessLogTextIndexer(AccessLogCache *cache, QObject *parent = nullptr);

    void setChunk(int lines) { m_chunk = lines; }
    // Starts (or keeps) indexing until no line waits.
    void start();
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    // Every stored line is in the index.
    void finished();

private:
    void step();

    AccessLogCache *m_cache;
    QTimer m_timer;
    int m_chunk = 2000;
};

} // namespace gatehouse
