#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "gatehouse.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "gatehouse.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "gatehouse.net", QtInfoMsg)
