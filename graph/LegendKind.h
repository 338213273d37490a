#pragma once

#include <QList>

namespace gatehouse::graph {

// Every kind of thing the graph draws, so the legend can be checked
// against what is on screen.
enum class LegendKind {
    Service,
    MeshOnlyService,
    OwnedService,
    Healthy,
    Degraded,
    Down,
    HealthUnknown,
    User,
    Group,
    Agent,
    WholeMesh,
    Standing,
    MeshStanding,
    Grant,
    GrantEndingSoon,
    GrantEnded,
    Pending,
    Selected,
    Match,
};

} // namespace gatehouse::graph
