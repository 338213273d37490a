#pragma once

#include <QByteArray>

#include <memory>

namespace gatehouse::server {

// A gzip stream (RFC 1952) written piece by piece with zlib. Each piece is
// flushed (Z_SYNC_FLUSH), so a reader can decompress what arrived so far.
class GzipStream
{
public:
    GzipStream();
    ~GzipStream();
    GzipStream(const GzipStream &) = delete;
    GzipStream &operator=(const GzipStream &) = delete;

    // The compressed bytes for `plain`; `finish` ends the stream (trailer).
    QByteArray compress(const QByteArray &plain, bool finish);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace gatehouse::server
