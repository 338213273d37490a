#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <variant>

namespace gatehouse {

enum class ApprovalRule { None, OwnerApproval };
enum class Sensitivity { Low, Medium, High };

// A service Gatehouse guards: reached through Caddy at its edge hosts and
// living in the Kuma mesh as meshService.
struct Service
{
    QString name;
    QString team;
    QString description;
    QStringList edgeHosts;
    QString mesh;
    QString meshService;
    QStringList owners; // user names or "group:NAME"
    std::chrono::seconds maxGrantDuration{std::chrono::hours(8)};
    ApprovalRule approval = ApprovalRule::None;
    bool ticketRequired = false;
    Sensitivity sensitivity = Sensitivity::Medium;
    QString source = u"config"_qs; // "config" (gatehoused.toml) or "api" (added by an admin)

    QJsonObject toJson() const;
    // Lenient read of toJson()'s output (what /v1/graph and /v1/services send).
    static Service fromJson(const QJsonObject &object);
    // Strict parse of an admin's PUT /v1/services/{name} body.
    static std::variant<Service, QList<FieldError>> fromApiJson(const QString &name,
                                                                const QJsonObject &body);
};

QString toString(ApprovalRule rule);
QString toString(Sensitivity sensitivity);
bool parseApprovalRule(const QString &text, ApprovalRule *out);
bool parseSensitivity(const QString &text, Sensitivity *out);

// Service names are DNS-label-like so they can appear in hostnames and Kuma labels.
bool isValidServiceName(const QString &name);

} // namespace gatehouse
