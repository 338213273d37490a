#pragma once

#include "ApiSupport.h"
#include "grants/Principal.h"

namespace gatehouse::server {

class GrantService;
class ReviewService;

// The access review calls (see docs/openapi.yaml):
//
//  POST /v1/reviews                 admins: open a campaign
//  GET  /v1/reviews                 the campaigns the caller may see
//  GET  /v1/reviews/{id}            one campaign with the caller's items
//  POST /v1/reviews/{id}/items/{item}/decision {decision, reason}
//                                   an owner of the item's service, or an admin
class ReviewApi
{
public:
    ReviewApi(ReviewService *reviews, GrantService *grants);

    QHttpServerResponse open(const Principal &who, const ApiRequest &request);
    QHttpServerResponse list(const Principal &who) const;
    QHttpServerResponse find(const Principal &who, const QString &id) const;
    QHttpServerResponse decide(const Principal &who, const QString &id, const QString &item,
                               const ApiRequest &request);

private:
    ReviewService *m_reviews;
    GrantService *m_grants;
};

} // namespace gatehouse::server
