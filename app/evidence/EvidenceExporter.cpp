#include "EvidenceExporter.h"

#include "AppLogging.h"
#include "EvidenceMemo.h"
#include "ZipWriter.h"
#include "api/ApiJob.h"
#include "audit/ChainVerifier.h"
#include "audit/Ed25519Key.h"
#include "evidence/EvidenceBundle.h"
#include "evidence/PackFiles.h"
#include "identity/Base64Url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace gatehouse {

namespace {

QString trExport(const char *text)
{
    return QCoreApplication::translate("EvidenceExporter", text);
}

} // namespace

EvidenceExporter::EvidenceExporter(QNetworkAccessManager *nam, QUrl controlPlane,
                                   QByteArray accessToken, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_base(std::move(controlPlane))
    , m_token(std::move(accessToken))
{}

ApiJob *EvidenceExporter::post(const QString &path, const QJsonObject &body)
{
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) + path);
    auto *job = new ApiJob(m_nam, ApiJob::Method::Post, url, m_token, this);
    job->setBody(body);
    job->setTimeout(std::chrono::minutes(5));
    job->setMaxBodyBytes(qint64(1) << 30);
    return job;
}

void EvidenceExporter::fail(const Error &error)
{
    qCWarning(lcEvidence) << "evidence export failed:" << error.code << error.detail;
    if (m_done)
        std::exchange(m_done, {})(error, m_outcome);
}

void EvidenceExporter::run(const Request &request, Done done)
{
    m_request = request;
    m_done = std::move(done);
    m_outcome = {};
    m_files.clear();
    QDir out(request.outDir);
    if (request.outDir.isEmpty() ||
        (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return fail(Error{
            u"evidence.out"_qs,
            trExport(QT_TRANSLATE_NOOP("EvidenceExporter", "The output folder %1 is not empty; "
                                                           "choose a new one."))
                .arg(request.outDir),
            {}});
    m_outcome.dir = QDir::cleanPath(QFileInfo(request.outDir).absoluteFilePath());
    if (QFileInfo::exists(m_outcome.dir + u".zip"_qs))
        return fail(Error{
            u"evidence.out"_qs,
            trExport(QT_TRANSLATE_NOOP("EvidenceExporter", "%1.zip already exists; choose a new "
                                                           "folder name."))
                .arg(m_outcome.dir),
            {}});
    Q_EMIT progress(
        trExport(QT_TRANSLATE_NOOP("EvidenceExporter", "Asking the control plane for the chain "
                                                       "segment (this records the export)…")));
    QJsonObject body{{u"period"_qs, request.period}};
    if (!request.services.isEmpty())
        body.insert(u"services"_qs, QJsonArray::fromStringList(request.services));
    if (!request.purpose.isEmpty())
        body.insert(u"purpose"_qs, request.purpose);
    ApiJob *job = post(u"/v1/audit/evidence"_qs, body);
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull()) {
            // Say which field was refused (an unknown service, a bad period).
            Error e = job->error();
            const auto fields = job->fieldErrors();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                e.message += u" "_qs + it.key() + u": "_qs + it.value();
            return fail(e);
        }
        writePack(job->object());
    });
    job->start();
}

void EvidenceExporter::writePack(const QJsonObject &answer)
{
    auto bundle = evidence::Bundle::fromJson(answer);
    if (!bundle)
        return fail(bundle.error());
    const QString dir = m_outcome.dir;
    auto written = evidence::writeChainAndPopulations(dir, bundle.value());
    if (!written)
        return fail(written.error());
    m_files = written.value();
    m_outcome.exportSeq = bundle->exportRecord().seq;
    m_outcome.firstSeq = bundle->records.constFirst().seq;
    m_outcome.populations = evidence::buildPopulations(bundle->records);
    m_endKey = bundle->endHead.publicKey;

    // What the exporting console can say about the chain; the auditor's
    // check with a pinned key is `gatehouse evidence verify`.
    ChainVerifier verifier(std::nullopt, bundle->startHead.hash);
    verifier.setHead(bundle->endHead);
    verifier.setCheckpoints(bundle->checkpoints);
    (void)verifier.add(bundle->records);
    const TrustReport trust = verifier.finish();
    m_outcome.chainCheck = trust.summary();
    if (!trust.ok())
        return fail(Error{u"evidence.chain"_qs,
                          trExport(QT_TRANSLATE_NOOP("EvidenceExporter",
                                                     "The control plane's chain segment does not "
                                                     "verify: %1"))
                              .arg(trust.summary().join(u"; "_qs)),
                          {}});

    Q_EMIT progress(trExport(QT_TRANSLATE_NOOP("EvidenceExporter", "Writing the PDF memo…")));
    const QByteArray pdf =
        renderMemo({&bundle.value(), m_outcome.populations, m_outcome.chainCheck, m_base});
    if (Error e = evidence::writePackFile(dir, evidence::files::kMemo, pdf); !e.isNull())
        return fail(e);
    m_files << evidence::files::kMemo;

    auto manifest = evidence::manifestFor(dir, m_files);
    if (!manifest)
        return fail(manifest.error());
    m_manifest = manifest.value();
    if (Error e = evidence::writePackFile(dir, evidence::files::kManifest, m_manifest); !e.isNull())
        return fail(e);
    Q_EMIT progress(trExport(QT_TRANSLATE_NOOP(
        "EvidenceExporter", "Having the control plane sign the manifest with the audit key…")));
    ApiJob *job = post(u"/v1/audit/evidence/seal"_qs,
                       {{u"export_seq"_qs, m_outcome.exportSeq},
                        {u"manifest_sha256"_qs, evidence::sha256Hex(m_manifest)}});
    connect(job, &NetworkJob::finished, this, [this, job] {
        job->deleteLater();
        if (!job->error().isNull())
            return fail(job->error());
        seal(job->object());
    });
    job->start();
}

void EvidenceExporter::seal(const QJsonObject &answer)
{
    const QByteArray statement = answer.value(u"statement").toString().toLatin1();
    const auto signature = base64url::decode(answer.value(u"signature").toString().toLatin1());
    const auto key = Ed25519Key::fromPublicKey(m_endKey);
    // The seal must be over this manifest, by the key that signed the chain.
    if (statement !=
            evidence::sealStatement(m_outcome.exportSeq, evidence::sha256Hex(m_manifest)) ||
        !signature || !key || !key->verify(statement, *signature))
        return fail(Error{
            u"evidence.seal"_qs,
            trExport(QT_TRANSLATE_NOOP("EvidenceExporter", "The control plane's signature over the "
                                                           "manifest does not verify.")),
            {}});
    const QString dir = m_outcome.dir;
    for (const auto &[name, bytes] : {std::pair{evidence::files::kStatement, statement},
                                      std::pair{evidence::files::kSignature, *signature}})
        if (Error e = evidence::writePackFile(dir, name, bytes); !e.isNull())
            return fail(e);

    QStringList all = m_files;
    all << evidence::files::kManifest << evidence::files::kStatement << evidence::files::kSignature;
    m_outcome.zip = dir + u".zip"_qs;
    if (Error e = writeZip(m_outcome.zip, dir, all, QFileInfo(dir).fileName(),
                           QDateTime::currentDateTimeUtc());
        !e.isNull())
        return fail(e);
    qCInfo(lcEvidence) << "evidence pack written:" << m_outcome.dir << "export record"
                       << m_outcome.exportSeq << "segment from" << m_outcome.firstSeq;
    if (m_done)
        std::exchange(m_done, {})(Error(), m_outcome);
}

} // namespace gatehouse
