#pragma once

#include "Profile.h"
#include "Result.h"

#include <QStringList>

namespace gatehouse {

// What the console was asked to do, from its command line and environment.
struct ConsoleOptions
{
    enum class Command { Window, Login, WhoAmI, Logout, EvidenceExport, EvidenceVerify };

    Profile profile;
    Command command = Command::Window;
    QString profileName;            // --profile: a saved profile by name
    QString browserCommand;         // --browser-command or GATEHOUSE_BROWSER
    bool explicitEndpoints = false; // endpoints came from options, environment or demo env
    // gatehouse evidence export --period P --out DIR [--services a,b] [--purpose TEXT]
    // gatehouse evidence verify DIR --key FINGERPRINT|FILE
    QString evidencePeriod;
    QString evidenceDir; // export: --out; verify: the pack folder
    QStringList evidenceServices;
    QString evidencePurpose;
    QString evidenceKey;
    bool showHelp = false;
    bool showVersion = false;

    // Precedence: command-line options, then GATEHOUSE_CONTROL_PLANE /
    // GATEHOUSE_ISSUER / GATEHOUSE_CLIENT_ID, then the demo env file
    // (--demo-env or GATEHOUSE_DEMO_ENV), then the demo stack's defaults.
    static Result<ConsoleOptions> parse(const QStringList &arguments,
                                        const QHash<QString, QString> &environment);
    static QString helpText();
};

// Exit codes, also printed by --help (sign-in ones are in session/SignInErrors.h).
enum ConsoleExit { ExitOk = 0, ExitFailure = 1, ExitUsage = 64, ExitConfig = 78 };

} // namespace gatehouse
