#include "CommandLineSession.h"

#include "UnixSignals.h"
#include "session/BrowserLauncher.h"
#include "session/Session.h"
#include "session/SignInErrors.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>

namespace gatehouse {

namespace {

QString trCli(const char *text)
{
    return QCoreApplication::translate("CommandLineSession", text);
}

void printError(const Error &error)
{
    std::fprintf(stderr, "gatehouse: %s\n", qPrintable(error.message));
}

void printUser(const Session &session)
{
    const SignedInUser &u = session.user();
    std::printf("%s\n", qPrintable(trCli(QT_TRANSLATE_NOOP("CommandLineSession", "Signed in as %1"))
                                       .arg(u.displayName())));
    if (!u.email.isEmpty())
        std::printf("  %s %s\n",
                    qPrintable(trCli(QT_TRANSLATE_NOOP("CommandLineSession", "email:  "))),
                    qPrintable(u.email));
    std::printf("  %s %s\n", qPrintable(trCli(QT_TRANSLATE_NOOP("CommandLineSession", "groups: "))),
                qPrintable(u.groups.isEmpty() ? u"-"_qs : u.groups.join(u", "_qs)));
    std::printf(
        "  %s %s (%s)\n", qPrintable(trCli(QT_TRANSLATE_NOOP("CommandLineSession", "profile:"))),
        qPrintable(session.profile().name), qPrintable(session.profile().issuer.toString()));
    const QString ends = u.sessionEndsAt.isValid()
                             ? u.sessionEndsAt.toString(Qt::ISODate)
                             : trCli(QT_TRANSLATE_NOOP("CommandLineSession", "unknown"));
    std::printf("  %s %s\n",
                qPrintable(trCli(QT_TRANSLATE_NOOP("CommandLineSession", "session ends:"))),
                qPrintable(ends));
    std::fflush(stdout);
}

} // namespace

Result<Profile> resolveProfile(const ConsoleOptions &options, const ProfileStore &store)
{
    if (!options.profileName.isEmpty()) {
        if (auto p = store.find(options.profileName))
            return *p;
        return Error{u"profile.unknown"_qs,
                     trCli(QT_TRANSLATE_NOOP("CommandLineSession", "There is no profile named %1."))
                         .arg(options.profileName),
                     {}};
    }
    if (!options.explicitEndpoints) {
        if (auto p = store.current())
            return *p;
    }
    return options.profile;
}

int runSessionCommand(const ConsoleOptions &options)
{
    ProfileStore store;
    auto profile = resolveProfile(options, store);
    if (!profile) {
        printError(profile.error());
        return ExitConfig;
    }
    QNetworkAccessManager nam;
    Session session(profile.value(), &nam);
    const bool haveDisplay =
        qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    QString command = options.browserCommand;
    if (command.isEmpty() && haveDisplay)
        command = u"xdg-open"_qs;
    session.setBrowserLauncher(makeBrowserLauncher(command, BrowserMode::PrintOnly));

    QEventLoop loop;
    int exitCode = ExitOk;
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::terminationRequested, &loop, [&](int) {
        if (session.state() == Session::State::WaitingForBrowser)
            return session.cancelSignIn(); // finishes through the callback
        exitCode = signin::ExitCancelled;
        loop.quit();
    });
    QObject::connect(&session, &Session::signInUrlReady, &loop, [](const QUrl &url) {
        std::fprintf(
            stderr, "%s\n  %s\n",
            qPrintable(trCli(QT_TRANSLATE_NOOP(
                "CommandLineSession", "Sign in in your browser. If it did not open, visit:"))),
            qPrintable(url.toString(QUrl::FullyEncoded)));
        std::fflush(stderr);
    });
    const auto done = [&](const Error &error) {
        exitCode = signin::exitCodeFor(error);
        loop.quit();
    };

    switch (options.command) {
    case ConsoleOptions::Command::Login:
        session.signIn([&](const Error &error) {
            if (!error.isNull()) {
                printError(error);
                return done(error);
            }
            printUser(session);
            if (!session.keychainAvailable()) {
                const Error keychain{
                    signin::kKeychainUnavailable,
                    trCli(QT_TRANSLATE_NOOP("CommandLineSession",
                                            "No keychain is available, so the session could not "
                                            "be saved; it was signed out again.")),
                    session.keychainProblem()};
                printError(keychain);
                session.signOut([&, keychain](const Error &) { done(keychain); });
                return;
            }
            done({});
        });
        break;
    case ConsoleOptions::Command::WhoAmI:
        session.restore([&](const Error &error) {
            if (error.isNull()) {
                printUser(session);
                return done({});
            }
            if (error.code == signin::kNotSignedIn && !session.keychainAvailable()) {
                const Error keychain{
                    signin::kKeychainUnavailable,
                    trCli(QT_TRANSLATE_NOOP("CommandLineSession", "No keychain is available, so no "
                                                                  "saved session can be read.")),
                    session.keychainProblem()};
                printError(keychain);
                return done(keychain);
            }
            printError(error.code == signin::kNotSignedIn
                           ? Error{error.code,
                                   trCli(QT_TRANSLATE_NOOP(
                                       "CommandLineSession",
                                       "Not signed in. Run 'gatehouse login' to sign in.")),
                                   {}}
                           : error);
            done(error);
        });
        break;
    case ConsoleOptions::Command::Logout:
        session.signOut([&](const Error &error) {
            if (error.isNull() || error.code == signin::kNotSignedIn) {
                std::printf(
                    "%s\n",
                    qPrintable(
                        error.isNull()
                            ? trCli(QT_TRANSLATE_NOOP("CommandLineSession",
                                                      "Signed out; the session was revoked."))
                            : trCli(QT_TRANSLATE_NOOP("CommandLineSession",
                                                      "Not signed in; nothing to do."))));
                std::fflush(stdout);
                return done({});
            }
            printError(error);
            done(error);
        });
        break;
    case ConsoleOptions::Command::Window:
    case ConsoleOptions::Command::EvidenceExport: // EvidenceCommand runs these
    case ConsoleOptions::Command::EvidenceVerify:
        return ExitUsage;
    }
    loop.exec();
    return exitCode;
}

} // namespace gatehouse
