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
    };
    return all;
}

} // namespace gatehouse::server
