#include "GraphLogging.h"

namespace gatehouse::graph {
Q_LOGGING_CATEGORY(lcGraph, "gatehouse.graph")
} // namespace gatehouse::graph
