// Arbitrary TOML into gatehoused's configuration reader: every input either
// parses or yields an error with a reason, never a crash.
#include "ServerConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto config = gatehouse::server::ServerConfig::parse(input, QStringLiteral("fuzz.toml"));
    if (!config.ok() && config.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
