// The edge's decision at size: 100,000 active grants over 10,000 services.
// Times DecisionSnapshot::decide (what the edge listener runs per request)
// one decision at a time and prints p50/p99/p99.9, against the reference
// AccessDecider (a scan of every grant) on the same world in the same run.
// Also prints what a change costs: a full build and a one-service rebuild
// (the work done before a revoke's 200).
//
//   build-bench/bin/bench_edge_decide [--grants N] [--services N] [--decisions N]

#include "authz/AccessDecider.h"
#include "authz/DecisionSnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace gatehouse;

namespace {

struct World
{
    QList<Service> services;
    QList<AccessRule> rules;
    QList<Grant> grants;
    QList<Principal> people;
};

World makeWorld(int grantCount, int serviceCount, QRandomGenerator &random)
{
    World w;
    for (int i = 0; i < serviceCount; ++i) {
        Service s;
        s.name = u"svc-%1"_qs.arg(i, 5, 10, QChar(u'0'));
        s.source = u"config"_qs;
        s.edgeHosts = {s.name + u".example.com"_qs};
        w.services.append(s);
    }
    const int peopleCount = std::max(grantCount / 5, 1);
    for (int i = 0; i < peopleCount; ++i) {
        Principal p;
        p.subject = u"user-%1"_qs.arg(i);
        for (int g = 0; g < 3; ++g)
            p.groups.append(u"group-%1"_qs.arg(random.bounded(500)));
        w.people.append(p);
    }
    const QList<QStringList> methods{{u"GET"_qs}, {u"GET"_qs, u"POST"_qs}, {u"*"_qs}};
    const QList<QStringList> prefixes{{u"/"_qs}, {u"/v1"_qs}, {u"/v1/charges"_qs, u"/v2/"_qs}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < grantCount; ++i) {
        Grant g;
        g.id = u"grant-%1"_qs.arg(i);
        const int kind = random.bounded(20);
        if (kind < 16) {
            g.subjectKind = SubjectKind::User;
            g.subject = w.people.at(random.bounded(peopleCount)).subject;
        } else if (kind < 19) {
            g.subjectKind = SubjectKind::Group;
            g.subject = u"group-%1"_qs.arg(random.bounded(500));
        } else {
            g.subjectKind = SubjectKind::Agent;
            g.subject = u"agent-%1"_qs.arg(random.bounded(100));
        }
        g.service = w.services.at(random.bounded(serviceCount)).name;
        g.methods = methods.at(random.bounded(methods.size()));
        g.pathPrefixes = prefixes.at(random.bounded(prefixes.size()));
        g.state = GrantState::Active;
        g.startsAt = now.addSecs(-60);
        g.expiresAt = now.addSecs(3600);
        g.createdAt = g.startsAt;
        w.grants.append(g);
    }
    for (int i = 0; i < 50; ++i)
        w.rules.append({SubjectKind::Group,
                        u"group-%1"_qs.arg(random.bounded(500)),
                        w.services.at(random.bounded(serviceCount)).name,
                        {u"GET"_qs},
                        {u"/health"_qs}});
    return w;
}

struct Asked
{
    Principal who;
    AccessRequest request;
};

// Half the questions are covered by a grant (its holder, host with a port,
// a path under its prefix), half are some person asking some service.
QList<Asked> questions(const World &w, int count, QRandomGenerator &random)
{
    QHash<QString, Principal> byName;
    for (const Principal &p : w.people)
        byName.insert(p.subject, p);
    QList<Asked> out;
    for (int i = 0; i < count; ++i) {
        Asked a;
        if (i % 2 == 0) {
            const Grant &g = w.grants.at(random.bounded(w.grants.size()));
            if (g.subjectKind == SubjectKind::User) {
                a.who = byName.value(g.subject);
            } else if (g.subjectKind == SubjectKind::Agent) {
                a.who.subject = g.subject;
                a.who.kind = SubjectKind::Agent;
            } else {
                a.who = w.people.at(random.bounded(w.people.size()));
                a.who.groups.append(g.subject);
            }
            const QString prefix = g.pathPrefixes.first();
            a.request = {u"GET"_qs, g.service + u".example.com:443"_qs,
                         (prefix == u"/" ? QString() : prefix) + u"/items/42?page=2"_qs};
        } else {
            a.who = w.people.at(random.bounded(w.people.size()));
            a.request = {u"POST"_qs,
                         w.services.at(random.bounded(w.services.size())).name + u".example.com"_qs,
                         u"/v1/charges/7"_qs};
        }
        out.append(a);
    }
    return out;
}

struct Figures
{
    double p50 = 0, p99 = 0, p999 = 0, max = 0;
    int allowed = 0;
};

template<typename Decide> Figures measure(const QList<Asked> &asked, Decide decide)
{
    std::vector<double> us;
    us.reserve(size_t(asked.size()));
    Figures f;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Asked &a : asked) {
        const auto start = std::chrono::steady_clock::now();
        const Decision d = decide(a.who, a.request, now);
        const auto end = std::chrono::steady_clock::now();
        us.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        f.allowed += d.allowed;
    }
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) { return us.at(std::min(us.size() - 1, size_t(q * us.size()))); };
    f.p50 = at(0.50);
    f.p99 = at(0.99);
    f.p999 = at(0.999);
    f.max = us.back();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"grants"_qs, u"Active grants."_qs, u"n"_qs, u"100000"_qs});
    parser.addOption({u"services"_qs, u"Services."_qs, u"n"_qs, u"10000"_qs});
    parser.addOption(
        {u"decisions"_qs, u"Decisions timed on the snapshot."_qs, u"n"_qs, u"200000"_qs});
    parser.addOption({u"reference-decisions"_qs,
                      u"Decisions timed on the reference (a scan per decision)."_qs, u"n"_qs,
                      u"1000"_qs});
    parser.process(app);
    const int grantCount = parser.value(u"grants"_qs).toInt();
    const int serviceCount = parser.value(u"services"_qs).toInt();
    const int decisionCount = parser.value(u"decisions"_qs).toInt();
    const int referenceCount = parser.value(u"reference-decisions"_qs).toInt();

    QRandomGenerator random(13);
    const World w = makeWorld(grantCount, serviceCount, random);

    QElapsedTimer timer;
    timer.start();
    const auto snapshot = DecisionSnapshot::build(w.services, w.rules, w.grants);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    // The revoke path: one service's grants rebuilt, the rest shared.
    std::vector<double> rebuildUs;
    for (int i = 0; i < 200; ++i) {
        const QString service = w.services.at(random.bounded(w.services.size())).name;
        QList<Grant> held;
        for (const Grant &g : w.grants) {
            if (g.service == service)
                held.append(g);
        }
        if (!held.isEmpty())
            held.removeFirst();
        timer.restart();
        const auto next = DecisionSnapshot::withService(*snapshot, service, held);
        rebuildUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }
    std::sort(rebuildUs.begin(), rebuildUs.end());

    AccessDecider reference;
    reference.setCatalog(w.services);
    reference.setStandingRules(w.rules);
    reference.setGrants(w.grants);

    const QList<Asked> asked = questions(w, decisionCount, random);
    // Warm up, then measure.
    (void)measure(asked.mid(0, std::min<qsizetype>(asked.size(), 10000)),
                  [&](const Principal &p, const AccessRequest &r, const QDateTime &t) {
                      return snapshot->decide(p, r, t);
                  });
    const Figures fast =
        measure(asked, [&](const Principal &p, const AccessRequest &r, const QDateTime &t) {
            return snapshot->decide(p, r, t);
        });
    const Figures slow = measure(asked.mid(0, referenceCount),
                                 [&](const Principal &p, const AccessRequest &r,
                                     const QDateTime &t) { return reference.decide(p, r, t); });

    std::printf("edge decision at size: %d active grants, %d services, %lld hosts indexed\n",
                grantCount, serviceCount, static_cast<long long>(snapshot->hostCount()));
    std::printf("  %-34s %9s %9s %9s %9s  allowed\n", "", "p50 us", "p99 us", "p99.9 us", "max us");
    std::printf("  %-34s %9.2f %9.2f %9.2f %9.1f  %d of %d\n", "snapshot decide (edge listener)",
                fast.p50, fast.p99, fast.p999, fast.max, fast.allowed, decisionCount);
    std::printf("  %-34s %9.2f %9.2f %9.2f %9.1f  %d of %d\n", "AccessDecider scan (baseline)",
                slow.p50, slow.p99, slow.p999, slow.max, slow.allowed, referenceCount);
    std::printf("  ratio baseline p99 / snapshot p99:  %.0fx\n", slow.p99 / fast.p99);
    std::printf("  full snapshot build:                %.1f ms\n", buildMs);
    std::printf("  one-service rebuild (before a revoke's 200): p50 %.0f us, p99 %.0f us\n",
                rebuildUs.at(rebuildUs.size() / 2), rebuildUs.at(rebuildUs.size() * 99 / 100));
    std::printf("  goal: decision p99 < 100 us at 100,000 grants and 10,000 services: %s\n",
                fast.p99 < 100.0 && grantCount >= 100000 && serviceCount >= 10000 ? "PASS"
                                                                                  : "MISS");
    return 0;
}
