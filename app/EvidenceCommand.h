#pragma once

#include "ConsoleOptions.h"

namespace gatehouse {

// `gatehouse evidence verify DIR --key KEY`: no network, no session. Prints
// what held and what did not, each naming its file; exit 0 when verified.
int runEvidenceVerify(const ConsoleOptions &options);

// `gatehouse evidence export --period P --out DIR`: uses the saved session
// (gatehouse login). Needs a QApplication (the memo's charts).
int runEvidenceExport(const ConsoleOptions &options);

} // namespace gatehouse
