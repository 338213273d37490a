#pragma once

#include <QJsonObject>
#include <QString>

namespace gatehouse {

// The edge sets every X-Gatehouse-* request header itself (user, groups,
// grant, decision, decision id) after dropping the client's copies. A client
// that sends one anyway, with any value, an empty one or several, is trying
// to speak for someone: its access-log line is flagged.
[[nodiscard]] bool isEdgeIdentityHeader(QStringView name);

// The client's own copies of those headers as stored with an access-log
// line: compact JSON, {"X-Gatehouse-User": ["", "mallory"], ...}; empty when
// it sent none.
[[nodiscard]] QString forgedHeadersText(const QJsonObject &headers);

struct ForgeryFlag
{
    bool flagged = false;
    QString reason; // for people: which headers, which values, who was decided
};

// The flag of a stored line. `stored` is forgedHeadersText()'s output (or,
// in lines stored by earlier versions, the client's X-Gatehouse-User value).
[[nodiscard]] ForgeryFlag forgeryFlag(const QString &stored, const QString &decidedSubject);

} // namespace gatehouse
