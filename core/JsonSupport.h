#pragma once

#include <QJsonValue>
#include <QStringList>

namespace gatehouse {

// The strings in a JSON value read leniently: a string is a list of one, an
// array gives its string items (others are skipped), anything else is empty.
// For values from trusted producers and claims; request bodies are validated
// strictly instead.
QStringList jsonStrings(const QJsonValue &value);

} // namespace gatehouse
