#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcServer, "gatehouse.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "gatehouse.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "gatehouse.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "gatehouse.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGrants, "gatehouse.server.grants", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReviews, "gatehouse.server.reviews", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "gatehouse.server.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReplicas, "gatehouse.server.replicas", QtInfoMsg)
