#pragma once

#include "evidence/EvidenceBundle.h"
#include "evidence/Populations.h"

#include <QUrl>

namespace gatehouse {

// The pack's PDF memo (QPdfWriter): scope, period, counts, which population
// supports which control and why, charts (Qt Charts) and how to verify.
// Needs a QApplication (the charts are widgets' scenes).
struct MemoInput
{
    const evidence::Bundle *bundle = nullptr;
    QList<evidence::Population> populations;
    QStringList chainCheck; // ChainVerifier's summary at export time
    QUrl controlPlane;
};

QByteArray renderMemo(const MemoInput &input);

} // namespace gatehouse
