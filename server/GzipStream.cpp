#include "GzipStream.h"

#include <zlib.h>

namespace gatehouse::server {

struct GzipStream::State
{
    z_stream z{};
    bool ok = false;
};

GzipStream::GzipStream()
    : m_state(std::make_unique<State>())
{
    // 15 + 16: a gzip header and trailer around deflate. Level 1: the export
    // is limited by how fast lines are produced, not by the network.
    m_state->ok = deflateInit2(&m_state->z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipStream::~GzipStream()
{
    if (m_state->ok)
        deflateEnd(&m_state->z);
}

QByteArray GzipStream::compress(const QByteArray &plain, bool finish)
{
    QByteArray out;
    if (!m_state->ok)
        return out;
    z_stream &z = m_state->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    z.avail_in = uInt(plain.size());
    const int flush = finish ? Z_FINISH : Z_SYNC_FLUSH;
    int result = Z_OK;
    do {
        const qsizetype before = out.size();
        const qsizetype room = qMax<qsizetype>(plain.size() / 2, 16 * 1024);
        out.resize(before + room);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        z.avail_out = uInt(room);
        result = deflate(&z, flush);
        out.resize(before + room - qsizetype(z.avail_out));
    } while (result == Z_OK && z.avail_out == 0);
    return out;
}

} // namespace gatehouse::server
