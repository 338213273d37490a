#include "EdgeDecider.h"

#include "AccessTokenVerifier.h"
#include "ApiSupport.h"
#include "DecisionId.h"
#include "DecisionLog.h"
#include "EdgeSnapshotKeeper.h"
#include "Metrics.h"

#include <QElapsedTimer>

namespace gatehouse::server {

namespace {

std::string bytes(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

} // namespace

EdgeDecider::EdgeDecider(EdgeSnapshotKeeper *snapshots, AccessTokenVerifier *verifier,
                         DecisionLog *log, Metrics *metrics)
    : m_snapshots(snapshots)
    , m_verifier(verifier)
    , m_log(log)
    , m_metrics(metrics)
{}

EdgeAnswer EdgeDecider::decide(const EdgeQuestion &question) const
{
    QElapsedTimer latency;
    latency.start();
    const QDateTime now = m_time->now();
    const AccessRequest asked{QString::fromLatin1(question.method),
                              QString::fromUtf8(question.host), QString::fromUtf8(question.uri)};
    DecisionRecord record;
    record.id = newDecisionId(now.toMSecsSinceEpoch());
    record.decidedAtUs = now.toMSecsSinceEpoch() * 1000;
    record.method = asked.method.toUpper();
    record.host = asked.host;
    record.path = AccessDecider::rawPath(asked.uri);

    EdgeAnswer answer;
    const auto who = m_verifier->verify(question.authorization);
    if (!question.routed) {
        // No site of the edge serves this host: refused whoever asks, with
        // the caller named when the token says who it is.
        if (who) {
            record.subject = who->subject;
            record.subjectKind = toString(who->kind);
        }
        record.status = 403;
        record.reason = u"the edge has no site for host %1"_qs.arg(asked.host);
        answer.body = "Forbidden: " + bytes(record.reason) + '\n';
    } else if (!who) {
        record.status = 401;
        record.reason = u"token rejected: "_qs + who.error().code;
        answer.status = 401;
        answer.body = bytes(who.error().message) + '\n';
        answer.headers.emplace_back("WWW-Authenticate", wwwAuthenticate(who.error()).toStdString());
    } else {
        const auto snapshot = m_snapshots->current();
        const Decision d = snapshot->decide(who.value(), asked, now);
        record.subject = who->subject;
        record.subjectKind = toString(who->kind);
        record.service = d.service;
        record.allowed = d.allowed;
        record.reason = d.reason;
        record.grantId = d.grantId;
        if (d.allowed) {
            record.status = 200;
            answer.status = 200;
            // No body: Caddy's forward_auth does not read the body of a 2xx
            // answer, and Go reuses a connection only when it was read to the
            // end, so a body here would cost a new connection per request.
            // Caddy 2.6 passes a placeholder's text for a missing copied header:
            // every identity header is always set, never empty.
            answer.headers.emplace_back("X-Gatehouse-User", bytes(who->subject));
            answer.headers.emplace_back(
                "X-Gatehouse-Groups", who->groups.isEmpty() ? "-" : bytes(who->groups.join(u',')));
            answer.headers.emplace_back("X-Gatehouse-Grant",
                                        d.grantId.isEmpty() ? bytes(u"standing:"_qs + d.standing)
                                                            : bytes(d.grantId));
            answer.headers.emplace_back("X-Gatehouse-Decision", "allow");
        } else {
            record.status = 403;
            answer.body = "Forbidden: " + bytes(d.reason) + '\n';
        }
    }
    if (!record.allowed)
        answer.headers.emplace_back("X-Gatehouse-Decision", "deny");
    answer.headers.emplace_back("Cache-Control", "no-store");
    answer.headers.emplace_back("X-Gatehouse-Decision-Id", record.id.toStdString());
    record.latencyUs = latency.nsecsElapsed() / 1000;
    m_metrics->recordDecision(record.allowed         ? Metrics::Result::Allow
                              : record.status == 401 ? Metrics::Result::Unauthenticated
                                                     : Metrics::Result::Deny,
                              record.latencyUs);
    m_log->record(std::move(record));
    return answer;
}

} // namespace gatehouse::server
