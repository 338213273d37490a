#pragma once

#include <QLoggingCategory>

// Every category of the project starts with "gatehouse."; enable them with
// QT_LOGGING_RULES="gatehouse.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
