#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "gatehouse.app", QtInfoMsg)
