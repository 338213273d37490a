#pragma once

#include "Result.h"
#include "grants/Grant.h"

#include <QJsonObject>
#include <QUrl>

namespace gatehouse::server {

class GrantRepository;
class GrantService;
class Store;

// Puts service-to-service grants into the Kuma mesh: one
// MeshTrafficPermission per grant (Kuma has no expiry field and writes are
// last-write-wins, so grants are never merged into a shared policy), labelled
// with the grant id and expiry, written with PUT, deleted at revoke or expiry.
// The policy format follows what the control plane's /_resources accepts:
// `spec.rules` with SPIFFE matchers where supported (2.12+, the only one in
// 3.x), else `spec.from` with `default.action`.
class KumaSync
{
public:
    KumaSync(Store *store, GrantRepository *grants, const GrantService *catalog, QUrl controlPlane);

    // One pass: what should exist is written, what should not is deleted.
    // Blocking calls, each bounded by a short timeout.
    Error sync();

    enum class Format { Unknown, From, Rules };
    Format format() const { return m_format; }

    static QString policyName(const QString &grantId);
    static QJsonObject policy(const Grant &grant, const QString &mesh, const QString &targetService,
                              Format format);

private:
    Error detectFormat();

    Store *m_store;
    GrantRepository *m_grants;
    const GrantService *m_catalog;
    QUrl m_controlPlane;
    Format m_format = Format::Unknown;
    bool m_running = false;
};

} // namespace gatehouse::server
