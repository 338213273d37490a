#pragma once

#include "SignInFlow.h"

namespace gatehouse {

// How the authorization URL reaches a browser. With a command (the
// --browser-command option or GATEHOUSE_BROWSER), that command runs with the
// URL as its last argument; otherwise the desktop's default browser opens it
// (QDesktopServices), or, without a window system, nothing is opened and the
// caller prints the URL.
enum class BrowserMode { Desktop, PrintOnly };
SignInFlow::BrowserLauncher makeBrowserLauncher(const QString &command, BrowserMode mode);

} // namespace gatehouse
