#pragma once

#include "audit/ChainVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace gatehouse {

// The Audit tab's verdict in words, for people: what was checked and what it
// proves, or the first thing that failed.
class AuditTrustText
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::AuditTrustText)
public:
    // Rich text; `problem` is what kept part of the check from running (an
    // unreadable key or checkpoint file). Offers a "pin" link when no key is
    // pinned.
    static QString of(const TrustReport &report, const QString &problem);
};

} // namespace gatehouse
