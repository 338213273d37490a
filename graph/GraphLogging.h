#pragma once

#include <QLoggingCategory>

namespace gatehouse::graph {
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
} // namespace gatehouse::graph
