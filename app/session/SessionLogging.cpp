#include "SessionLogging.h"

Q_LOGGING_CATEGORY(lcSession, "gatehouse.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "gatehouse.keychain", QtInfoMsg)
