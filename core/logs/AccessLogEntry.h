#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// One line of the edge's access log as `GET /v1/access-log` lists it: what
// Caddy logged, joined to the decision gatehoused took for that request.
struct AccessLogEntry
{
    QString id;
    QDateTime loggedAt; // UTC, milliseconds
    QString method;
    QString host;
    QString path;
    int status = 0;
    qint64 durationUs = 0;
    qint64 size = 0;
    QString remoteIp;
    QString userId;
    QString decisionId;
    bool flagged = false; // a client-sent identity header differed from the decision's
    QString flagReason;
    // The joined decision; hasDecision is false when none was found.
    bool hasDecision = false;
    QString subject;
    QString subjectKind; // user, group, service or agent; empty when unknown
    QString service;
    bool allowed = false;
    QString reason;
    QString grantId;

    // The edge has no site for the host: the decision names no service.
    bool unknownHost() const { return hasDecision && service.isEmpty(); }
    // Whoever the edge decided the caller was, else the user Caddy logged.
    QString caller() const { return hasDecision && !subject.isEmpty() ? subject : userId; }

    [[nodiscard]] static Result<AccessLogEntry> fromJson(const QJsonObject &item);
    QJsonObject toJson() const;
};

} // namespace gatehouse
