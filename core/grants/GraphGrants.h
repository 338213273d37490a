#pragma once

#include "Grant.h"

#include <QJsonObject>
#include <QList>

namespace gatehouse::graphgrants {

// The `grants` section of a `/v1/graph` answer: the grants the graph draws,
// each in Grant's one wire form (Grant::toJson / Grant::fromJson).

// The graph draws active grants and pending requests; an ended grant leaves it.
[[nodiscard]] bool isDrawn(GrantState state);

// The drawn grants of a graph answer. A grant that cannot be read (an unknown
// subject kind or state, a missing id or time) is left out and counted in
// `*unreadable`, never drawn with a guessed value.
[[nodiscard]] QList<Grant> read(const QJsonObject &graph, int *unreadable = nullptr);

// `graph` with `grant` in it as the control plane returned it from a change:
// the entry with its id replaced (or added), or removed when it is no longer
// drawn.
[[nodiscard]] QJsonObject withGrant(QJsonObject graph, const Grant &grant);

} // namespace gatehouse::graphgrants
