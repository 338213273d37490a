#include "SyntheticAccessLog.h"

#include <array>
#include <cstdio>

namespace gatehouse::bench {

namespace {

struct Service
{
    const char *name;
    const char *host;
    std::array<const char *, 5> paths; // %d: a resource number
};

constexpr std::array kServices{
    Service{"payments",
            "payments.corp.example",
            {"/v1/charges", "/v1/charges/ch_%d", "/v1/refunds/re_%d", "/v1/payouts", "/healthz"}},
    Service{"ledger",
            "ledger.corp.example",
            {"/entries", "/entries/%d", "/accounts/%d/balance", "/v2/journals", "/healthz"}},
    Service{"inventory",
            "inventory.corp.example",
            {"/api/items", "/api/items/%d", "/api/items/%d/stock", "/api/warehouses", "/healthz"}},
    Service{
        "search", "search.corp.example", {"/query", "/query", "/suggest", "/index/%d", "/healthz"}},
    Service{"reports",
            "reports.corp.example",
            {"/reports", "/reports/%d.pdf", "/reports/%d/rows", "/schedules", "/healthz"}},
    Service{"grafana",
            "grafana.corp.example",
            {"/api/dashboards/uid/%d", "/api/ds/query", "/login", "/public/build/app.js",
             "/api/health"}},
};

// Callers with their weight: people, groups, services and agents.
struct Caller
{
    const char *subject;
    int weight;
};

constexpr std::array kCallers{
    Caller{"alice", 9},
    Caller{"bob", 8},
    Caller{"carol", 6},
    Caller{"dave", 6},
    Caller{"erin", 5},
    Caller{"frank", 4},
    Caller{"grace", 4},
    Caller{"heidi", 3},
    Caller{"ivan", 3},
    Caller{"judy", 2},
    Caller{"mallory", 1},
    Caller{"group:oncall", 4},
    Caller{"group:finance", 5},
    Caller{"group:sre", 3},
    Caller{"service:ledger", 12},
    Caller{"service:billing", 10},
    Caller{"service:reports", 6},
    Caller{"agent:deploy-bot", 4},
    Caller{"agent:backup", 2},
    Caller{"agent:canary", 3},
};

constexpr std::array kMethods{"GET", "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE"};

int pickCaller(std::mt19937_64 &random)
{
    static const int total = [] {
        int sum = 0;
        for (const Caller &c : kCallers)
            sum += c.weight;
        return sum;
    }();
    int r = int(random() % unsigned(total));
    for (int i = 0; i < int(kCallers.size()); ++i) {
        r -= kCallers[i].weight;
        if (r < 0)
            return i;
    }
    return 0;
}

QString jsonString(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

SyntheticAccessLog::SyntheticAccessLog(qint64 rows, const QDateTime &end, qint64 spanMs)
    : m_rows(rows)
    , m_startMs(end.toMSecsSinceEpoch() - spanMs)
    , m_spanMs(spanMs)
{}

AccessLogEntry SyntheticAccessLog::next()
{
    const qint64 i = m_index++;
    std::mt19937_64 &r = m_random;
    AccessLogEntry e;
    e.id = u"r%1"_qs.arg(qlonglong(i), 10, 10, QChar(u'0'));
    e.loggedAt = QDateTime::fromMSecsSinceEpoch(
        m_startMs + i * m_spanMs / std::max<qint64>(1, m_rows), Qt::UTC);
    const int callerIndex = pickCaller(r);
    const Caller &caller = kCallers[callerIndex];
    const Service &service =
        kServices[(r() % 7 == 0) ? callerIndex % kServices.size() : r() % kServices.size()];
    e.method = QString::fromLatin1(kMethods[r() % kMethods.size()]);
    e.host = QString::fromLatin1(service.host);
    char path[96];
    std::snprintf(path, sizeof path, service.paths[r() % service.paths.size()], int(r() % 200000));
    e.path = QString::fromLatin1(path);
    if (r() % 5 == 0)
        e.path += u"?page=%1"_qs.arg(r() % 20);
    e.remoteIp = u"10.%1.%2.%3"_qs.arg(callerIndex).arg(r() % 4).arg(10 + r() % 200);
    e.userId = QString::fromLatin1(caller.subject);
    e.decisionId = u"d%1"_qs.arg(qlonglong(i), 10, 10, QChar(u'0'));
    e.hasDecision = r() % 1000 != 0; // a few lines the decision log never joined
    e.subject = e.userId;
    e.service = r() % 500 == 0 ? QString() : QString::fromLatin1(service.name);
    e.flagged = r() % 2000 == 0;
    if (e.flagged)
        e.flagReason = u"X-Gatehouse-User: alice"_qs;
    const int grant = 1 + callerIndex * 10 + int(&service - kServices.data());
    const unsigned roll = unsigned(r() % 1000);
    if (e.service.isEmpty()) {
        e.host = u"old-admin.corp.example"_qs;
        e.allowed = false;
        e.status = 404;
        e.reason = u"no site for host %1"_qs.arg(e.host);
    } else if (roll < 110 || (callerIndex == 10 /* mallory */ && roll < 700)) {
        e.allowed = false;
        e.status = roll % 3 == 0 ? 401 : 403;
        e.reason =
            roll % 2 == 0
                ? u"no grant covers %1 %2 on %3 for %4"_qs.arg(e.method, e.path, e.service,
                                                               e.subject)
                : u"grant #%1 expired at 2026-12-0%2 16:31:07"_qs.arg(grant).arg(1 + roll % 6);
    } else {
        e.allowed = true;
        e.grantId = QString::number(grant);
        e.reason = u"allowed by grant #%1"_qs.arg(grant);
        const unsigned s = unsigned(r() % 1000);
        e.status = s < 25                   ? int(500 + (s % 5 == 4 ? 4 : s % 4)) // 500..504, 2.5 %
                   : s < 60                 ? 404
                   : s < 90                 ? 304
                   : e.method == u"POST"_qs ? 201
                                            : 200;
    }
    e.durationUs = qint64(200 + (r() % 4000) + (r() % 50 == 0 ? r() % 2000000 : 0));
    e.size = e.status == 304 ? 0 : qint64(40 + r() % 20000);
    return e;
}

QByteArray SyntheticAccessLog::caddyJson(const AccessLogEntry &e)
{
    const QString line =
        u"{\"level\":\"%1\",\"ts\":%2,\"logger\":\"http.log.access.log0\",\"msg\":\"handled "
        u"request\",\"request\":{\"remote_ip\":\"%3\",\"remote_port\":\"41234\",\"proto\":\"HTTP/"
        u"1.1\",\"method\":\"%4\",\"host\":\"%5\",\"uri\":\"%6\",\"headers\":{\"User-Agent\":["
        u"\"curl/7.88.1\"],\"Accept\":[\"*/*\"]}},\"user_id\":\"%7\",\"duration\":%8,\"size\":%9,"
        u"\"status\":%10,\"resp_headers\":{\"Server\":[\"Caddy\"],\"X-Gatehouse-Decision-Id\":["
        u"\"%11\"]}}\n"_qs
            .arg(e.status >= 500 ? u"error"_qs : u"info"_qs,
                 QString::number(double(e.loggedAt.toMSecsSinceEpoch()) / 1000.0, 'f', 3),
                 e.remoteIp, e.method, e.host, jsonString(e.path), jsonString(e.userId),
                 QString::number(double(e.durationUs) / 1e6, 'f', 6))
            .arg(e.size)
            .arg(e.status)
            .arg(e.decisionId);
    return line.toUtf8();
}

} // namespace gatehouse::bench
