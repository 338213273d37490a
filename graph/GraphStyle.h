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

QColor teamColor(const QString &team);
QColor healthColor(const QString &health); // grey when unknown
QColor standingColor();
QColor meshColor();
QColor grantColor(qint64 secondsLeft);
QColor pendingColor();
QColor selectionColor();
QColor ownedColor();

// "GET · 12m left", "GET, POST · 1h 20m left", "GET · expired".
QString grantLabel(const Edge &edge, const QDateTime &now);
// The label text dot reserves room for: the longest a countdown gets.
QString grantLabelTemplate(const Edge &edge);

} // namespace gatehouse::graph::style
