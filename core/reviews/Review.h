#pragma once

#include "Result.h"
#include "grants/Grant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
#include <variant>

namespace gatehouse {

// An access review (owner re-certification): an admin opens a campaign for
// a period with a due date; each owner keeps (with a reason) or revokes every
// standing permission and every long grant on their services.

enum class ReviewItemKind { Grant, Standing };

// Where one item stands. Revoking a standing permission (from gatehoused's
// configuration) is recorded as RevokeRequested: someone must remove it from
// the file. Items still pending at the due date become Unreviewed, or
// UnreviewedRevoked when the campaign revokes what nobody reviewed.
enum class ReviewDecision { Pending, Keep, Revoke, RevokeRequested, Unreviewed, UnreviewedRevoked };

QString toString(ReviewItemKind kind);
QString toString(ReviewDecision decision);
bool parseReviewItemKind(const QString &text, ReviewItemKind *out);
bool parseReviewDecision(const QString &text, ReviewDecision *out);

struct ReviewItem
{
    QString id; // within its campaign: "1", "2", ...
    ReviewItemKind kind = ReviewItemKind::Grant;
    QString service;
    SubjectKind subjectKind = SubjectKind::User;
    QString subject;
    QString grantId; // grant items only
    QStringList methods;
    QStringList pathPrefixes;
    QDateTime expiresAt; // grant items only
    ReviewDecision decision = ReviewDecision::Pending;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;

    bool isPending() const { return decision == ReviewDecision::Pending; }
    QJsonObject toJson() const;
    static Result<ReviewItem> fromJson(const QJsonObject &object);
};

struct ReviewCampaign
{
    enum class State { Open, Closed };

    QString id;
    QString name;
    QString period; // "2026-Q4"
    QDateTime periodFrom;
    QDateTime periodTo; // exclusive
    QDateTime dueAt;
    QStringList services; // empty: every service
    qint64 minGrantSeconds = 0;
    bool revokeUnreviewed = false;
    State state = State::Open;
    QString openedBy;
    QDateTime openedAt;
    QDateTime closedAt;
    QList<ReviewItem> items;

    int pendingCount() const;
    // The campaign without its items, with counts of them.
    QJsonObject summaryJson() const;
    QJsonObject toJson() const; // the summary and its items
    static Result<ReviewCampaign> fromJson(const QJsonObject &object);
};

QString toString(ReviewCampaign::State state);

// What the body of POST /v1/reviews/{id}/items/{item}/decision asks for.
struct ReviewDecisionRequest
{
    ReviewDecision decision = ReviewDecision::Keep; // Keep or Revoke
    QString reason;

    QJsonObject toJson() const;
    // Strict: "decision" is keep or revoke, "reason" is required (1-500
    // characters), nothing else.
    static std::variant<ReviewDecisionRequest, QList<FieldError>> parse(const QJsonObject &body);
};

} // namespace gatehouse
