#pragma once

#include "AccessGraph.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QSizeF>

namespace gatehouse::graph::style {

// Fonts, sizes and colours of the graph, in one place.
QFont nameFont();
QFont detailFont();
QFont labelFont();

QSizeF nodeSize(const Node &node);
// The name a node shows ("payments", "all of mesh default").
QString nodeLabel(const Node &node);

// The smallest text the graph draws, in device-independent pixels, and the
// zoom at which the smallest font reaches it. Fitting never zooms out past
// it (the view scrolls instead); zoomed out further by hand, only the
// selection and its neighbours keep their labels.
constexpr double kMinimumTextPixels = 10.0;
double fontPixels(const QFont &font);
double readableZoom();

// A service's health in words, from the mesh ("2/2 online", "available"…):
// "healthy", "degraded", "down"; empty when the mesh says nothing.
enum class Health { Unknown, Healthy, Degraded, Down };
Health healthOf(const QString &health);
QString healthText(Health health);
QColor healthColor(Health health);
// A service's second line: its team, and its health in words when known.
QString serviceDetailText(const Node &node);

QColor teamColor(const QString &team);
QColor healthColor(const QString &health); // grey when unknown
QColor standingColor();
QColor meshColor();
QColor grantColor(qint64 secondsLeft);
QColor pendingColor();
QColor selectionColor();
QColor ownedColor();

// "GET · 12m left", "GET, POST · 1h 20m left", "GET · expired";
// a pending request: "requested 1h · GET".
QString grantLabel(const Edge &edge, const QDateTime &now);
// Who, what and where, for the tooltip of any edge.
QString edgeScopeText(const AccessGraph &graph, const Edge &edge, const QDateTime &now);
// The label text dot reserves room for: the longest a countdown gets.
QString grantLabelTemplate(const Edge &edge);

} // namespace gatehouse::graph::style
