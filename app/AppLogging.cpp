#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "gatehouse.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvidence, "gatehouse.evidence", QtInfoMsg)
