#pragma once

// The table of "does this principal hold this grant" cases every place that
// answers it is held to (tst_grantholds: the C++ rule, the edge deciders, the
// lifecycle rules, desktop warnings, the graph; tst_grantsql: the store's SQL).

#include "grants/Grant.h"
#include "grants/Principal.h"

#include <QList>

namespace gatehouse::test {

inline Principal principal(const QString &subject, const QStringList &groups = {},
                           SubjectKind kind = SubjectKind::User)
{
    Principal p;
    p.subject = subject;
    p.groups = groups;
    p.kind = kind;
    return p;
}

// Whom a grant's subject names (Holds.h: names), whatever its state and time.
struct NamesCase
{
    const char *row;
    Principal who;
    SubjectKind kind;
    QString subject;
    bool names;
};

inline QList<NamesCase> namesCases()
{
    using K = SubjectKind;
    const QStringList oncall{u"oncall"_qs};
    return {
        {"user, itself", principal(u"bob"_qs), K::User, u"bob"_qs, true},
        {"user, another user", principal(u"bob"_qs), K::User, u"carol"_qs, false},
        {"user, other case", principal(u"bob"_qs), K::User, u"Bob"_qs, false},
        {"user, trailing space", principal(u"bob"_qs), K::User, u"bob "_qs, false},
        {"user, its group", principal(u"bob"_qs, oncall), K::Group, u"oncall"_qs, true},
        {"user, another group", principal(u"bob"_qs, oncall), K::Group, u"payments-team"_qs, false},
        {"user, group in other case", principal(u"bob"_qs, oncall), K::Group, u"OnCall"_qs, false},
        {"user grant named like the caller's group", principal(u"bob"_qs, oncall), K::User,
         u"oncall"_qs, false},
        {"group grant named like the caller", principal(u"bob"_qs), K::Group, u"bob"_qs, false},
        {"user, an agent of its name", principal(u"bob"_qs), K::Agent, u"bob"_qs, false},
        {"user, a service of its name", principal(u"bob"_qs), K::Service, u"bob"_qs, false},
        {"agent, itself", principal(u"triage-bot"_qs, {}, K::Agent), K::Agent, u"triage-bot"_qs,
         true},
        {"agent, a user of its name", principal(u"triage-bot"_qs, {}, K::Agent), K::User,
         u"triage-bot"_qs, false},
        {"service, itself", principal(u"checkout"_qs, {}, K::Service), K::Service, u"checkout"_qs,
         true},
        {"service, its group", principal(u"checkout"_qs, {u"mesh-callers"_qs}, K::Service),
         K::Group, u"mesh-callers"_qs, true},
    };
}

// When a grant is in force (Holds.h: inWindow and active), in milliseconds
// from now; every row names its holder.
struct WindowCase
{
    const char *row;
    GrantState state;
    qint64 startsInMs;
    qint64 endsInMs;
    bool holds;
};

inline QList<WindowCase> windowCases()
{
    const GrantState active = GrantState::Active;
    return {
        {"active, inside", active, -60'000, 3'600'000, true},
        {"active, starts this millisecond", active, 0, 3'600'000, true},
        {"active, starts in 1 ms", active, 1, 3'600'000, false},
        {"active, starts in an hour", active, 3'600'000, 7'200'000, false},
        {"active, ends in 1 ms", active, -60'000, 1, true},
        {"active, ends this millisecond", active, -60'000, 0, false},
        {"active, ended 1 ms ago", active, -60'000, -1, false},
        {"pending, inside", GrantState::Pending, -60'000, 3'600'000, false},
        {"revoked, inside", GrantState::Revoked, -60'000, 3'600'000, false},
        {"denied, inside", GrantState::Denied, -60'000, 3'600'000, false},
        {"expired", GrantState::Expired, -7'200'000, -60'000, false},
        {"lapsed", GrantState::Lapsed, -60'000, 3'600'000, false},
    };
}

} // namespace gatehouse::test
