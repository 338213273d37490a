#include "EvidenceMemo.h"

#include "MemoCharts.h"
#include "audit/PinnedKey.h"
#include "grants/Grant.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace gatehouse {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

struct Mapping
{
    const char *control;
    const char *populations;
    const char *why;
};

// The mapping chosen, and why: each control is supported by the population
// that shows the control operating, not only that it exists.
const Mapping kMappings[] = {
    {"SOC 2 CC6.1", "standing-permissions.csv, service-owners.csv",
     "Logical access is restricted by rule: who may reach each service without a grant, and "
     "who owns (approves access to) each service, as enforced at the edge."},
    {"SOC 2 CC6.2", "grants-created.csv, grants-approved.csv, grants-denied.csv",
     "Access is given only after a request with a reason and an approval by the service's "
     "owners (or the service's rule): every request, approval and refusal, with who and when."},
    {"SOC 2 CC6.3",
     "grants-revoked.csv, grants-expired.csv, access-reviews.csv, "
     "admin-actions.csv",
     "Access is removed when no longer needed: revocations by people, expiries enforced by the "
     "control plane, and changes to who approves; periodic access reviews in which owners "
     "keep or revoke, with a reason, every standing permission and long grant on their "
     "services, and what nobody reviewed by the due date."},
    {"SOC 2 CC7.2", "denied-requests-summary.csv, admin-actions.csv, chain/",
     "Anomalies are visible: refused and undecided requests per service, administrative changes, "
     "and a tamper-evident chain whose signed heads and checkpoints show it was not rewritten."},
    {"ISO 27001 A.5.15", "standing-permissions.csv, service-owners.csv",
     "Access control rules: standing access and the approval rule, owners and maximum duration "
     "of every service."},
    {"ISO 27001 A.5.16", "grants-created.csv, admin-actions.csv",
     "Identity management: every grant names its subject and kind (user, group, service, "
     "agent) and every action its actor, as identified by the identity provider."},
    {"ISO 27001 A.5.17", "(actor columns of every population)",
     "Authentication information is managed by the OIDC identity provider, not Gatehouse; the "
     "populations only show that every action came from an authenticated identity. Weak support: "
     "take the provider's own evidence for this control."},
    {"ISO 27001 A.5.18", "grants-*.csv, access-reviews.csv",
     "Access rights are provisioned, time-limited and removed, and reviewed by their owners "
     "in access review campaigns (items, decisions, who, when)."},
};

QString html(const MemoInput &in, const evidence::ExportScope &scope)
{
    const evidence::Bundle &b = *in.bundle;
    const AuditRecord &exp = b.exportRecord();
    QString h;
    h += u"<h1>Access control evidence: %1</h1>"_qs.arg(esc(scope.period));
    h += u"<p>This memo accompanies an evidence pack exported from the Gatehouse control plane. "
         "Every population file is recomputed from the signed audit chain in the pack; the "
         "manifest lists the SHA-256 of every file and is signed with the audit key.</p>"_qs;
    h += u"<table cellpadding='3' border='1' cellspacing='0' width='100%'>"_qs;
    const auto row = [&](const QString &k, const QString &v) {
        h += u"<tr><td width='28%'><b>%1</b></td><td>%2</td></tr>"_qs.arg(esc(k), v);
    };
    row(u"Period"_qs, esc(u"%1 — from %2 to %3 (UTC, end exclusive)"_qs.arg(
                          scope.period, formatTime(scope.from), formatTime(scope.to))));
    row(u"Scope"_qs,
        esc(scope.services.isEmpty() ? u"all services"_qs : scope.services.join(u", "_qs)));
    row(u"Control plane"_qs, esc(in.controlPlane.toString()));
    row(u"Exported by"_qs,
        esc(u"%1 at %2 (audit record seq %3)"_qs.arg(exp.actor, formatTime(exp.time))
                .arg(exp.seq)));
    if (!scope.purpose.isEmpty())
        row(u"Purpose"_qs, esc(scope.purpose));
    row(u"Chain segment"_qs, esc(u"seq %1 to %2 (%3 records), signed heads at seq %4 and %2"_qs
                                     .arg(b.records.constFirst().seq)
                                     .arg(exp.seq)
                                     .arg(b.records.size())
                                     .arg(b.startHead.seq)));
    row(u"Audit key"_qs, esc(u"%1"_qs.arg(b.endHead.fingerprint())));
    h += u"</table>"_qs;

    h += u"<h2>Populations</h2><table cellpadding='3' border='1' cellspacing='0' "
         "width='100%'><tr><th align='left'>File</th><th align='left'>What</th>"
         "<th align='right'>Rows</th></tr>"_qs;
    for (const evidence::Population &p : in.populations)
        h += u"<tr><td>populations/%1</td><td>%2</td><td align='right'>%3</td></tr>"_qs.arg(
            esc(p.file), esc(p.title), QString::number(p.rows));
    h += u"</table>"_qs;

    h += u"<h2>Verification at export</h2><ul>"_qs;
    for (const QString &line : in.chainCheck)
        h += u"<li>%1</li>"_qs.arg(esc(line));
    h += u"</ul><p>This was checked by the exporting console. It proves nothing to you until "
         "you check it yourself against the audit key you pinned (see the last page).</p>"_qs;

    h += u"<h2 style='page-break-before: always'>Charts</h2>"
         "<p>Counted from the same audit records as the populations, in scope and period.</p>"
         "<p><img src='chart:weeks' width='520'></p>"
         "<p><img src='chart:lead' width='520'></p>"
         "<p><b>Time from revoke to last allowed request</b> is not charted: it needs the "
         "edge decision log, which is not part of the signed chain and therefore not in this "
         "pack.</p>"_qs;

    h += u"<h2 style='page-break-before: always'>Controls and the populations that support "
         "them</h2><table cellpadding='3' border='1' cellspacing='0' width='100%'>"
         "<tr><th align='left'>Control</th><th align='left'>Population</th>"
         "<th align='left'>Why</th></tr>"_qs;
    for (const Mapping &m : kMappings)
        h += u"<tr><td width='16%'>%1</td><td width='30%'>%2</td><td>%3</td></tr>"_qs.arg(
            esc(QString::fromUtf8(m.control)), esc(QString::fromUtf8(m.populations)),
            esc(QString::fromUtf8(m.why)));
    h += u"</table>"_qs;

    h += u"<h2 style='page-break-before: always'>How to verify this pack</h2>"
         "<p>With the audit key you pinned (from <tt>gatehoused audit public-key</tt>, obtained "
         "from the operator over a channel you trust), with no network:</p>"
         "<pre>gatehouse evidence verify PACK-FOLDER --key audit-key.pem</pre>"
         "<p>It checks the manifest's signature, every file's SHA-256, the chain's links and "
         "hashes, the signed heads at both ends and the checkpoints inside, and that every CSV "
         "row is exactly what the chain says. The core of it needs only standard tools:</p>"
         "<pre>openssl pkeyutl -verify -pubin -inkey audit-key.pem -rawin \\\n"
         "    -in manifest.statement -sigfile manifest.sig\n"
         "grep manifest-sha256 manifest.statement; sha256sum manifest.sha256\n"
         "sha256sum -c manifest.sha256</pre>"
         "<p>The statement names the export record (its seq) and the manifest's SHA-256; the "
         "same seal is itself recorded in the audit chain, so every manifest the key ever "
         "signed can be listed later.</p>"_qs;
    return h;
}

} // namespace

QByteArray renderMemo(const MemoInput &in)
{
    const evidence::ExportScope scope = evidence::ExportScope::of(in.bundle->exportRecord());
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(u"Gatehouse evidence %1"_qs.arg(scope.period));
    writer.setCreator(u"Gatehouse"_qs);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument doc;
    doc.setDefaultStyleSheet(u"body { font-size: 10pt; } h1 { font-size: 18pt; } "
                             "h2 { font-size: 13pt; } td, th { font-size: 9pt; }"_qs);
    doc.addResource(QTextDocument::ImageResource, QUrl(u"chart:weeks"_qs),
                    grantsPerWeekChart(in.bundle->records, scope));
    doc.addResource(QTextDocument::ImageResource, QUrl(u"chart:lead"_qs),
                    approvalLeadTimeChart(in.bundle->records, scope));
    doc.setHtml(u"<html><body>"_qs + html(in, scope) + u"</body></html>"_qs);
    doc.print(&writer);
    buffer.close();
    return pdf;
}

} // namespace gatehouse
