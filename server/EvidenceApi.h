#pragma once

#include "ApiSupport.h"
#include "AuditLog.h"
#include "ServerConfig.h"
#include "grants/Principal.h"

namespace gatehouse {
class Ed25519Key;
}

namespace gatehouse::server {

class GrantService;
class ReviewService;
class Store;

// The evidence pack's two calls, for auditors and admins only:
//
//  POST /v1/audit/evidence {period, services?, purpose?}
//      records the export (who, which period, which services) and answers
//      with the chain segment from the period's first record to that export
//      record, signed heads at both ends, the checkpoints inside it and the
//      key history (evidence::Bundle).
//  POST /v1/audit/evidence/seal {export_seq, manifest_sha256}
//      the exporter's own export only, once: records the seal and signs a
//      statement naming the export record and the manifest's SHA-256 with the
//      audit key. Every manifest the key ever signed is therefore in the chain.
class EvidenceApi
{
public:
    struct Parts
    {
        Store *store = nullptr;
        GrantService *grants = nullptr;
        const Ed25519Key *auditKey = nullptr;
        QList<StandingPermission> permissions;
        QString checkpointDir; // empty: none configured
        ReviewService *reviews = nullptr;
    };
    explicit EvidenceApi(Parts parts);

    QHttpServerResponse open(const Principal &who, const ApiRequest &request);
    QHttpServerResponse seal(const Principal &who, const ApiRequest &request);

private:
    Parts m_parts;
    AuditLog m_audit;
};

} // namespace gatehouse::server
