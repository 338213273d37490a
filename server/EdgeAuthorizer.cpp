#include "EdgeAuthorizer.h"

#include "AccessTokenVerifier.h"
#include "ApiSupport.h"
#include "AuditLog.h"
#include "DecisionId.h"
#include "DecisionLog.h"
#include "GrantRepository.h"
#include "Metrics.h"
#include "ServerLogging.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>

namespace gatehouse::server {

using Status = QHttpServerResponse::StatusCode;

EdgeAuthorizer::EdgeAuthorizer(Store *store, GrantRepository *grants, AccessTokenVerifier *verifier,
                               const QList<StandingPermission> &permissions, DecisionLog *log,
                               Metrics *metrics)
    : m_store(store)
    , m_grants(grants)
    , m_verifier(verifier)
    , m_log(log)
    , m_metrics(metrics)
{
    m_decider.setStandingRules(permissions);
    m_clock = [timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    };
}

void EdgeAuthorizer::refreshIfStale()
{
    const qint64 nowMs = m_clock();
    if (m_lastCheckMs && nowMs - *m_lastCheckMs < kRefreshIntervalMs)
        return;
    m_lastCheckMs = nowMs;
    const qint64 catalog = m_store->catalogVersion();
    if (catalog >= 0 && catalog != m_catalogVersion) {
        const auto services = m_store->services();
        if (services) {
            m_decider.setCatalog(services.value());
            m_catalogVersion = catalog;
        }
    }
    // Every grant change appends to the audit chain: its head is the version.
    const auto head = AuditLog(m_store->connectionName()).head();
    if (head && head->seq != m_grantsVersion) {
        GrantRepository::Filter filter;
        filter.states = {GrantState::Active};
        filter.limit = 100000;
        const auto active = m_grants->list(filter);
        if (active) {
            m_decider.setGrants(active.value());
            m_grantsVersion = head->seq;
        } else {
            qCWarning(lcServer) << "edge: cannot read grants:" << active.error().logText();
        }
    }
}

EdgeAuthorizer::Question EdgeAuthorizer::question(const QHttpServerRequest &request)
{
    return {request.value("Authorization"),
            QString::fromLatin1(request.value("X-Forwarded-Method")),
            QString::fromUtf8(request.value("X-Forwarded-Host")),
            QString::fromUtf8(request.value("X-Forwarded-Uri"))};
}

QHttpServerResponse EdgeAuthorizer::decide(const QHttpServerRequest &request)
{
    return decide(question(request), true);
}

QHttpServerResponse EdgeAuthorizer::refuseUnrouted(const QHttpServerRequest &request)
{
    return decide(question(request), false);
}

QHttpServerResponse EdgeAuthorizer::decide(const Question &question, bool routed)
{
    QElapsedTimer latency;
    latency.start();
    refreshIfStale();

    const QDateTime now = m_time->now();
    const AccessRequest asked{question.method, question.host, question.uri};
    DecisionRecord record;
    record.id = newDecisionId(now.toMSecsSinceEpoch());
    record.decidedAtUs = now.toMSecsSinceEpoch() * 1000;
    record.method = asked.method.toUpper();
    record.host = asked.host;
    record.path = AccessDecider::rawPath(asked.uri);

    QHttpServerResponse response(Status::Forbidden);
    const auto who = m_verifier->verify(question.authorization);
    if (!routed) {
        // No site of the edge serves this host: refused whoever asks, with
        // the caller named when the token says who it is.
        if (who) {
            record.subject = who->subject;
            record.subjectKind = toString(who->kind);
        }
        record.status = 403;
        record.reason = u"the edge has no site for host %1"_qs.arg(asked.host);
        response = QHttpServerResponse("text/plain",
                                       QByteArray("Forbidden: ") + record.reason.toUtf8() + '\n',
                                       Status::Forbidden);
    } else if (!who) {
        record.status = 401;
        record.reason = u"token rejected: "_qs + who.error().code;
        response = QHttpServerResponse("text/plain", who.error().message.toUtf8() + '\n',
                                       Status::Unauthorized);
        response.setHeader("WWW-Authenticate", wwwAuthenticate(who.error()));
    } else {
        const Decision d = m_decider.decide(who.value(), asked, now);
        record.subject = who->subject;
        record.subjectKind = toString(who->kind);
        record.service = d.service;
        record.allowed = d.allowed;
        record.reason = d.reason;
        record.grantId = d.grantId;
        if (d.allowed) {
            record.status = 200;
            // No body: Caddy does not read a 2xx answer's body, and Go keeps a
            // connection only when its body was read to the end.
            response = QHttpServerResponse("text/plain", QByteArray(), Status::Ok);
            // Caddy 2.6 passes a placeholder's text for a missing copied header:
            // every identity header is always set, never empty.
            response.setHeader("X-Gatehouse-User", who->subject.toUtf8());
            response.setHeader("X-Gatehouse-Groups", who->groups.isEmpty()
                                                         ? QByteArray("-")
                                                         : who->groups.join(u',').toUtf8());
            response.setHeader("X-Gatehouse-Grant", d.grantId.isEmpty()
                                                        ? (u"standing:"_qs + d.standing).toUtf8()
                                                        : d.grantId.toUtf8());
            response.setHeader("X-Gatehouse-Decision", "allow");
        } else {
            record.status = 403;
            response = QHttpServerResponse("text/plain",
                                           QByteArray("Forbidden: ") + d.reason.toUtf8() + '\n',
                                           Status::Forbidden);
        }
    }
    if (!record.allowed)
        response.setHeader("X-Gatehouse-Decision", "deny");
    response.setHeader("Cache-Control", "no-store");
    record.latencyUs = latency.nsecsElapsed() / 1000;
    response.setHeader("X-Gatehouse-Decision-Id", record.id.toLatin1());
    m_metrics->recordDecision(record.allowed         ? Metrics::Result::Allow
                              : record.status == 401 ? Metrics::Result::Unauthenticated
                                                     : Metrics::Result::Deny,
                              record.latencyUs);
    m_log->record(record);
    return response;
}

} // namespace gatehouse::server
