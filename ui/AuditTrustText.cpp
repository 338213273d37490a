#include "AuditTrustText.h"

#include <QLocale>
#include <QStringList>

namespace gatehouse {

namespace {
QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_qs);
}
QString code(const QString &text)
{
    return u"<code>"_qs + text.toHtmlEscaped() + u"</code>"_qs;
}
} // namespace

QString AuditTrustText::of(const TrustReport &r, const QString &problem)
{
    QStringList out;
    if (!problem.isEmpty())
        out << problem.toHtmlEscaped();
    if (!r.chainOk()) {
        // What follows the break (the head, the key) was not checked: say
        // only that, and a pinned key or checkpoint found wrong besides.
        out << tr("<b>Chain broken at seq %1:</b> %2; records from seq %1 on cannot be trusted")
                   .arg(r.brokenSeq)
                   .arg(r.brokenReason.toHtmlEscaped());
        if (r.pin == TrustReport::Pin::Mismatch)
            out << tr("<b>the chain is not signed by this profile's pinned key</b> %1")
                       .arg(code(r.pinnedFingerprint));
        if (r.badCheckpoint)
            out << tr("<b>checkpoint at seq %1 disagrees:</b> %2")
                       .arg(r.badCheckpoint->head.seq)
                       .arg(r.checkpointProblem.toHtmlEscaped());
        return out.join(u"; "_qs) + u'.';
    }
    if (r.recordsChecked == 0 && !r.headChecked) { // nothing to say about keys or checkpoints
        out << tr("No audit records synced yet");
        return out.join(u"; "_qs) + u'.';
    }
    if (r.recordsChecked == 0)
        out << tr("No audit records synced yet");
    else
        out << tr("<b>Chain from seq %1 to %2 intact</b>").arg(r.firstSeq).arg(r.lastSeq);

    if (r.headChecked && !r.headOk)
        out << tr("<b>The signed head at seq %1 is rejected:</b> %2.")
                   .arg(r.headSeq)
                   .arg(r.headProblem.toHtmlEscaped());
    else if (r.headChecked && r.pin == TrustReport::Pin::Matches)
        out << tr("head signed by key %1, which matches this profile's pinned key")
                   .arg(code(r.headFingerprint));
    else if (r.headChecked)
        out << tr("head signed by key %1").arg(code(r.headFingerprint));

    if (r.pin == TrustReport::Pin::Mismatch)
        out << tr("<b>the chain is not signed by this profile's pinned key</b> %1")
                   .arg(code(r.pinnedFingerprint));
    else if (r.pin == TrustReport::Pin::NotPinned)
        out << tr("no key pinned: only internal consistency checked (<a href=\"pin\">pin the "
                  "audit key…</a>)");
    else if (r.pin == TrustReport::Pin::Unchecked)
        out << tr("nothing signed was there to check against the pinned key");
    else if (!r.headChecked)
        out << tr("signed by this profile's pinned key");

    if (r.badCheckpoint)
        out << tr("<b>checkpoint at seq %1 disagrees:</b> %2")
                   .arg(r.badCheckpoint->head.seq)
                   .arg(r.checkpointProblem.toHtmlEscaped());
    else if (r.lastCheckpoint)
        out << tr("last checkpoint at %1 (seq %2)")
                   .arg(when(r.lastCheckpoint->head.signedAt))
                   .arg(r.lastCheckpoint->head.seq);
    else if (r.checkpointsGiven > 0)
        out << tr("no checkpoint falls inside the records checked");
    else
        out << tr("no checkpoints given");
    return out.join(u"; "_qs) + u'.';
}

} // namespace gatehouse
