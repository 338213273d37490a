#pragma once

#include <QByteArray>

#include <optional>

namespace gatehouse::base64url {

QByteArray encode(const QByteArray &data);
// Strict: rejects padding, whitespace and characters outside the URL alphabet.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace gatehouse::base64url
