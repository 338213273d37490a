#include "Migrations.h"

namespace gatehouse::server {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         "service catalog",
         {
             uR"(CREATE TABLE services (
                   name TEXT PRIMARY KEY,
                   team TEXT NOT NULL,
                   description TEXT NOT NULL DEFAULT '',
                   mesh TEXT NOT NULL,
                   kuma_service TEXT NOT NULL,
                   max_grant_seconds BIGINT NOT NULL CHECK (max_grant_seconds > 0),
                   approval TEXT NOT NULL CHECK (approval IN ('none', 'owner')),
                   ticket_required BOOLEAN NOT NULL,
                   sensitivity TEXT NOT NULL CHECK (sensitivity IN ('low', 'medium', 'high')),
                   source TEXT NOT NULL DEFAULT 'config'))"_qs,
             uR"(CREATE TABLE service_hosts (
                   service TEXT NOT NULL REFERENCES services(name) ON DELETE CASCADE,
                   host TEXT NOT NULL UNIQUE,
                   PRIMARY KEY (service, host)))"_qs,
             uR"(CREATE TABLE service_owners (
                   service TEXT NOT NULL REFERENCES services(name) ON DELETE CASCADE,
                   owner TEXT NOT NULL,
                   PRIMARY KEY (service, owner)))"_qs,
         }},
        {2,
         "grants and the audit chain",
         {
             uR"(CREATE TABLE grants (
                   id TEXT PRIMARY KEY,
                   subject_kind TEXT NOT NULL
                     CHECK (subject_kind IN ('user', 'group', 'service', 'agent')),
                   subject TEXT NOT NULL,
                   service TEXT NOT NULL,
                   methods TEXT NOT NULL,
                   path_prefixes TEXT NOT NULL,
                   starts_at BIGINT NOT NULL,
                   expires_at BIGINT NOT NULL CHECK (expires_at > starts_at),
                   reason TEXT NOT NULL,
                   ticket TEXT NOT NULL DEFAULT '',
                   requested_by TEXT NOT NULL,
                   approved_by TEXT NOT NULL DEFAULT '',
                   state TEXT NOT NULL CHECK (state IN
                     ('pending', 'active', 'denied', 'revoked', 'expired', 'lapsed')),
                   created_at BIGINT NOT NULL,
                   review_by BIGINT NOT NULL DEFAULT 0,
                   decided_at BIGINT NOT NULL DEFAULT 0,
                   decided_by TEXT NOT NULL DEFAULT '',
                   revoked_at BIGINT NOT NULL DEFAULT 0,
                   revoked_by TEXT NOT NULL DEFAULT '',
                   idempotency_key TEXT,
                   request_hash TEXT NOT NULL DEFAULT '',
                   UNIQUE (requested_by, idempotency_key)))"_qs,
             u"CREATE INDEX grants_by_state_expiry ON grants (state, expires_at)"_qs,
             u"CREATE INDEX grants_by_service ON grants (service, state)"_qs,
             uR"(CREATE TABLE audit_log (
                   seq BIGINT PRIMARY KEY,
                   time TEXT NOT NULL,
                   actor TEXT NOT NULL,
                   action TEXT NOT NULL,
                   object_type TEXT NOT NULL,
                   object_id TEXT NOT NULL,
                   before_json TEXT NOT NULL,
                   after_json TEXT NOT NULL,
                   prev_hash TEXT NOT NULL,
                   hash TEXT NOT NULL))"_qs,
             uR"(CREATE TABLE audit_head (
                   id INTEGER PRIMARY KEY CHECK (id = 1),
                   seq BIGINT NOT NULL,
                   hash TEXT NOT NULL))"_qs,
             u"INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, "
             "'0000000000000000000000000000000000000000000000000000000000000000')"_qs,
         }},
        {3,
         "catalog version",
         {
             uR"(CREATE TABLE catalog_state (
                   id INTEGER PRIMARY KEY CHECK (id = 1),
                   version BIGINT NOT NULL))"_qs,
             u"INSERT INTO catalog_state (id, version) VALUES (1, 1)"_qs,
         }},
        {4,
         "edge decisions",
         {
             uR"(CREATE TABLE decisions (
                   id TEXT PRIMARY KEY,
                   decided_at BIGINT NOT NULL,
                   subject TEXT NOT NULL,
                   subject_kind TEXT NOT NULL,
                   service TEXT NOT NULL,
                   method TEXT NOT NULL,
                   host TEXT NOT NULL,
                   path TEXT NOT NULL,
                   allowed BOOLEAN NOT NULL,
                   status INTEGER NOT NULL,
                   reason TEXT NOT NULL,
                   grant_id TEXT NOT NULL,
                   latency_us BIGINT NOT NULL))"_qs,
             u"CREATE INDEX decisions_by_time ON decisions (decided_at, id)"_qs,
             u"CREATE INDEX decisions_by_service ON decisions (service, decided_at)"_qs,
         }},
        {5,
         "access log",
         {
             // id is "<file identity>:<byte offset>" of the line, so a line can
             // be stored once only, whatever happens to the reader.
             uR"(CREATE TABLE access_log (
                   id TEXT PRIMARY KEY,
                   logged_at BIGINT NOT NULL,
                   method TEXT NOT NULL,
                   host TEXT NOT NULL,
                   path TEXT NOT NULL,
                   status INTEGER NOT NULL,
                   duration_us BIGINT NOT NULL,
                   size BIGINT NOT NULL,
                   remote_ip TEXT NOT NULL,
                   user_id TEXT NOT NULL,
                   client_identity TEXT NOT NULL,
                   decision_id TEXT NOT NULL))"_qs,
             u"CREATE INDEX access_log_by_time ON access_log (logged_at, id)"_qs,
             uR"(CREATE TABLE ingest_state (
                   source TEXT PRIMARY KEY,
                   file_id TEXT NOT NULL,
                   position BIGINT NOT NULL,
                   lines BIGINT NOT NULL,
                   malformed BIGINT NOT NULL))"_qs,
         }},
        {6,
         "mesh policies written per grant",
         {
             uR"(CREATE TABLE mesh_policies (
                   grant_id TEXT PRIMARY KEY,
                   mesh TEXT NOT NULL,
                   name TEXT NOT NULL,
                   written_at BIGINT NOT NULL))"_qs,
         }},
        {7,
         "access log in the order it was stored",
         {
             // seq numbers lines in the order they were stored (by any replica),
             // so a reader's cursor also catches a line that arrives late with an
             // older time. access_log_seq holds the last number given: writers
             // lock its row, so numbers are committed in increasing order, and a
             // number is never given twice even after retention deletes lines.
             u"ALTER TABLE access_log ADD COLUMN seq BIGINT"_qs,
             uR"(UPDATE access_log SET seq = numbered.n FROM (
                   SELECT id, ROW_NUMBER() OVER (ORDER BY logged_at, id) AS n
                   FROM access_log) AS numbered
                 WHERE numbered.id = access_log.id)"_qs,
             u"CREATE UNIQUE INDEX access_log_by_seq ON access_log (seq)"_qs,
             uR"(CREATE TABLE access_log_seq (
                   id INTEGER PRIMARY KEY CHECK (id = 1),
                   last BIGINT NOT NULL))"_qs,
             u"INSERT INTO access_log_seq (id, last) SELECT 1, COALESCE(MAX(seq), 0) "
             "FROM access_log"_qs,
         }},
        {8,
         "access reviews",
         {
             // A campaign asks owners to keep or revoke what exists on their
             // services; its items are what existed when it was opened.
             uR"(CREATE TABLE review_campaigns (
                   id TEXT PRIMARY KEY,
                   name TEXT NOT NULL,
                   period TEXT NOT NULL,
                   period_from BIGINT NOT NULL,
                   period_to BIGINT NOT NULL CHECK (period_to > period_from),
                   due_at BIGINT NOT NULL,
                   services TEXT NOT NULL,
                   min_grant_seconds BIGINT NOT NULL CHECK (min_grant_seconds >= 0),
                   revoke_unreviewed BOOLEAN NOT NULL,
                   state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
                   opened_by TEXT NOT NULL,
                   opened_at BIGINT NOT NULL,
                   closed_at BIGINT NOT NULL DEFAULT 0))"_qs,
             u"CREATE INDEX review_campaigns_by_state ON review_campaigns (state, due_at)"_qs,
             uR"(CREATE TABLE review_items (
                   campaign_id TEXT NOT NULL REFERENCES review_campaigns(id) ON DELETE CASCADE,
                   item_id TEXT NOT NULL,
                   position INTEGER NOT NULL,
                   kind TEXT NOT NULL CHECK (kind IN ('grant', 'standing')),
                   service TEXT NOT NULL,
                   subject_kind TEXT NOT NULL,
                   subject TEXT NOT NULL,
                   grant_id TEXT NOT NULL DEFAULT '',
                   methods TEXT NOT NULL,
                   path_prefixes TEXT NOT NULL,
                   expires_at BIGINT NOT NULL DEFAULT 0,
                   decision TEXT NOT NULL CHECK (decision IN ('pending', 'keep', 'revoke',
                     'revoke_requested', 'unreviewed', 'unreviewed_revoked')),
                   reason TEXT NOT NULL DEFAULT '',
                   decided_by TEXT NOT NULL DEFAULT '',
                   decided_at BIGINT NOT NULL DEFAULT 0,
                   PRIMARY KEY (campaign_id, item_id)))"_qs,
             u"CREATE INDEX review_items_by_service ON review_items (service, decision)"_qs,
         }},
    };
    return all;
}

} // namespace gatehouse::server
