#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace gatehouse {

// Durations as people write them in config and dialogs: "90s", "30m", "8h",
// "1h30m", "2d", in ASCII digits. Returns nullopt for anything else
// (including zero).
std::optional<std::chrono::seconds> parseDuration(QStringView text);
QString formatDuration(std::chrono::seconds duration);

} // namespace gatehouse
