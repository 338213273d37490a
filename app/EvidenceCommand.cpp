#include "EvidenceCommand.h"

#include "CommandLineSession.h"
#include "evidence/EvidenceExporter.h"
#include "evidence/PackVerifier.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <cstdio>

namespace gatehouse {

namespace {

QString trEvidence(const char *text)
{
    return QCoreApplication::translate("EvidenceCommand", text);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printError(const Error &error)
{
    std::fprintf(stderr, "gatehouse: %s\n", qPrintable(error.message));
}

} // namespace

int runEvidenceVerify(const ConsoleOptions &options)
{
    const auto pin = PinnedKey::parse(options.evidenceKey);
    if (!pin) {
        printError(pin.error());
        return ExitUsage;
    }
    say(trEvidence(QT_TRANSLATE_NOOP("EvidenceCommand",
                                     "Verifying the evidence pack %1 with the pinned audit key "
                                     "%2 (no network):"))
            .arg(options.evidenceDir, pin->fingerprint()));
    const evidence::PackReport report = evidence::verifyPack(options.evidenceDir, pin.value());
    for (const QString &line : report.findings)
        say(u"  ok    "_qs + line);
    for (const QString &line : report.problems)
        say(u"  FAIL  "_qs + line);
    if (report.ok()) {
        say(trEvidence(QT_TRANSLATE_NOOP(
            "EvidenceCommand", "VERIFIED: every file is as the audit key signed it, and every "
                               "population is what the signed chain says.")));
        return ExitOk;
    }
    say(trEvidence(QT_TRANSLATE_NOOP("EvidenceCommand",
                                     "NOT VERIFIED: %1 problem(s); do not rely on this pack."))
            .arg(report.problems.size()));
    return ExitFailure;
}

int runEvidenceExport(const ConsoleOptions &options)
{
    ProfileStore store;
    auto profile = resolveProfile(options, store);
    if (!profile) {
        printError(profile.error());
        return ExitConfig;
    }
    QNetworkAccessManager nam;
    Session session(profile.value(), &nam);
    QEventLoop loop;
    int exitCode = ExitOk;
    const auto finished = [&](const Error &error, const EvidenceExporter::Outcome &out) {
        if (!error.isNull()) {
            printError(error);
            exitCode = ExitFailure;
            return loop.quit();
        }
        say(trEvidence(
                QT_TRANSLATE_NOOP("EvidenceCommand", "Evidence pack for %1 written to %2 and %3."))
                .arg(options.evidencePeriod, out.dir, out.zip));
        say(trEvidence(QT_TRANSLATE_NOOP("EvidenceCommand",
                                         "The export is audit record %1; the chain segment runs "
                                         "from seq %2 to %1."))
                .arg(out.exportSeq)
                .arg(out.firstSeq));
        for (const evidence::Population &p : out.populations)
            say(u"  %1: %2 row(s)"_qs.arg(p.file).arg(p.rows));
        say(trEvidence(QT_TRANSLATE_NOOP("EvidenceCommand",
                                         "Auditors check it with: gatehouse evidence verify %1 "
                                         "--key AUDIT-KEY"))
                .arg(out.dir));
        loop.quit();
    };
    session.restore([&](const Error &error) {
        if (!error.isNull()) {
            printError(error.code == signin::kNotSignedIn
                           ? Error{error.code,
                                   trEvidence(QT_TRANSLATE_NOOP(
                                       "EvidenceCommand",
                                       "Not signed in. Run 'gatehouse login' to sign in.")),
                                   {}}
                           : error);
            exitCode = signin::exitCodeFor(error);
            return loop.quit();
        }
        auto *run =
            new EvidenceExporter(&nam, profile->controlPlaneUrl, session.accessToken(), &loop);
        QObject::connect(run, &EvidenceExporter::progress, &loop, [](const QString &step) {
            std::fprintf(stderr, "%s\n", qPrintable(step));
        });
        run->run({options.evidencePeriod, options.evidenceServices, options.evidencePurpose,
                  options.evidenceDir},
                 finished);
    });
    loop.exec();
    return exitCode;
}

} // namespace gatehouse
