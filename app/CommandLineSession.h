#pragma once

#include "ConsoleOptions.h"
#include "ProfileStore.h"

namespace gatehouse {

// Which profile a run uses: --profile NAME from the saved ones; otherwise
// endpoints given on the command line or in the environment; otherwise the
// saved current profile; otherwise the demo stack's defaults.
Result<Profile> resolveProfile(const ConsoleOptions &options, const ProfileStore &store);

// `gatehouse login | whoami | logout`, without a window. Needs a running
// QCoreApplication; returns the exit code.
int runSessionCommand(const ConsoleOptions &options);

} // namespace gatehouse
