#pragma once

#include "AccessGraph.h"
#include "GraphLayoutEngine.h"

#include <QString>

namespace gatehouse::bench {

// A deterministic stand-in for a large installation: services in teams of
// 50 that mostly call within their team, and users, groups and agents with
// standing access, grants and pending requests.
graph::AccessGraph syntheticMesh(int services, int edges, quint32 seed);

// The same graph and node sizes as Graphviz source, for the CLI baselines.
QByteArray toGraphvizSource(const graph::LayoutRequest &request);

} // namespace gatehouse::bench
