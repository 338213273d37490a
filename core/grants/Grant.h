#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace gatehouse {

enum class SubjectKind { User, Group, Service, Agent };
enum class GrantState { Pending, Active, Denied, Revoked, Expired, Lapsed };

QString toString(SubjectKind kind);
QString toString(GrantState state);
bool parseSubjectKind(const QString &text, SubjectKind *out);
bool parseGrantState(const QString &text, GrantState *out);

// Where a grant stands in the service mesh (Kuma), for grants the control
// plane puts there: its policy is waiting to be written, is in place, or
// could not be written (or, for an ended grant, removed) — with Kuma's
// answer, since when, and when it is tried again.
struct GrantMeshState
{
    enum class State { Pending, Applied, Failed };
    State state = State::Pending;
    QString error;         // Kuma's answer to the last failed attempt
    QDateTime since;       // in this state since
    QDateTime nextAttempt; // failed: the next retry
    int attempts = 0;      // failed attempts in a row

    QJsonObject toJson() const;
    static std::optional<GrantMeshState> fromJson(const QJsonValue &value);
    bool operator==(const GrantMeshState &) const = default;
};
QString toString(GrantMeshState::State state);

// Temporary access of one subject to one service, within a scope, until a time.
// Times are UTC; the API speaks RFC 3339 with milliseconds.
struct Grant
{
    QString id;
    SubjectKind subjectKind = SubjectKind::User;
    QString subject;
    QString service;
    QStringList methods;      // upper-case HTTP methods; "*" for all
    QStringList pathPrefixes; // each starts with "/"
    QDateTime startsAt;
    QDateTime expiresAt;
    QString reason;
    QString ticket;
    QString requestedBy;
    QString approvedBy;
    GrantState state = GrantState::Pending;
    QDateTime createdAt;
    QDateTime reviewBy; // a pending request lapses after this
    QDateTime decidedAt;
    QString decidedBy;
    QDateTime revokedAt;
    QString revokedBy;
    // Only for grants that have a mesh policy (service subjects, Kuma
    // configured); "mesh": null otherwise.
    std::optional<GrantMeshState> mesh;

    // Active and inside its window at `now` (Holds.h: inWindow).
    [[nodiscard]] bool isEffective(const QDateTime &now) const;
    QJsonObject toJson() const;
    static Result<Grant> fromJson(const QJsonObject &object);
};

QString formatTime(const QDateTime &time); // RFC 3339, milliseconds, "Z"
QDateTime parseTime(const QString &text);  // invalid QDateTime when malformed

} // namespace gatehouse
