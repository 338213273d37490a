#pragma once

#include "AccessGraph.h"

#include <QColor>
#include <QHash>
#include <QIcon>

class QPainter;
class QRectF;

namespace gatehouse::graph {

// The white glyph of a subject's kind (a person, two people, a robot head, a
// box for a service) inside `box`, as the graph's nodes draw it.
void paintKindGlyph(QPainter *painter, const QRectF &box, NodeKind kind, const QColor &ink);
// The colour a kind is drawn in (blue person, green group, purple agent, grey service).
QColor kindInk(NodeKind kind);
// The glyph in a filled circle of its colour: the icon of a kind wherever a
// subject is listed. Keyed by the wire names "user", "group", "service", "agent".
QHash<QString, QIcon> subjectKindIcons();

} // namespace gatehouse::graph
