#pragma once

namespace gatehouse {

// The console's whole start-up: options, translations, window, probes.
int runConsole(int argc, char *argv[]);

} // namespace gatehouse
