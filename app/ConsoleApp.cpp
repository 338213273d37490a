#include "ConsoleApp.h"

#include "CommandLineSession.h"
#include "ConsoleController.h"
#include "ConsoleOptions.h"
#include "EvidenceCommand.h"
#include "ProfileDialog.h"
#include "UnixSignals.h"
#include "Version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace gatehouse {

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_qs, u"_"_qs,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"gatehouse"_qs, u"_"_qs, u":/i18n"_qs))
        QCoreApplication::installTranslator(own);
}

QHash<QString, QString> environment()
{
    QHash<QString, QString> out;
    const auto env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        out.insert(key, env.value(key));
    return out;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"Gatehouse"_qs);
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace

int runConsole(int argc, char *argv[])
{
    // Options are read before any window system is touched, so --help,
    // --version and usage errors work without a display.
    std::optional<ConsoleOptions> parsed;
    {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        installTranslations(core);
        auto options = ConsoleOptions::parse(QCoreApplication::arguments(), environment());
        if (!options) {
            std::fprintf(stderr, "gatehouse: %s\n", qPrintable(options.error().message));
            return options.error().code == u"usage" ? ExitUsage : ExitConfig;
        }
        if (options->showHelp) {
            std::printf("%s", qPrintable(ConsoleOptions::helpText()));
            return ExitOk;
        }
        if (options->showVersion) {
            std::printf("gatehouse %s\n", kVersion);
            return ExitOk;
        }
        if (options->command == ConsoleOptions::Command::EvidenceVerify)
            return runEvidenceVerify(options.value());
        if (options->command != ConsoleOptions::Command::Window &&
            options->command != ConsoleOptions::Command::EvidenceExport) {
            // The command line prints its own messages; logs only when asked for.
            if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
                QLoggingCategory::setFilterRules(u"gatehouse.*.info=false"_qs);
            return runSessionCommand(options.value());
        }
        parsed = options.value();
    }

    if (parsed->command == ConsoleOptions::Command::EvidenceExport) {
        // The memo's charts need a QApplication, not a screen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") &&
            !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(u"gatehouse.*.info=false"_qs);
        QApplication app(argc, argv);
        setApplicationNames();
        installTranslations(app);
        return runEvidenceExport(*parsed);
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
    installTranslations(app);
    const ConsoleOptions *options = &*parsed;

    ProfileStore store;
    std::optional<Profile> profile;
    if (!options->profileName.isEmpty() || options->explicitEndpoints || !store.isEmpty()) {
        auto resolved = resolveProfile(*options, store);
        if (!resolved) {
            std::fprintf(stderr, "gatehouse: %s\n", qPrintable(resolved.error().message));
            return ExitConfig;
        }
        profile = resolved.value();
        // Endpoints given on the command line or by the demo become a saved profile.
        if (options->explicitEndpoints && !store.find(profile->name))
            store.save(*profile);
    } else {
        // First start: a short setup, prefilled for the demo stack.
        ProfileDialog setup(options->profile, ProfileDialog::Purpose::FirstStart, {});
        if (setup.exec() != QDialog::Accepted)
            return ExitOk;
        profile = setup.profile();
        if (Error e = store.save(*profile); !e.isNull())
            std::fprintf(stderr, "gatehouse: %s\n", qPrintable(e.message));
    }

    QNetworkAccessManager nam;
    ConsoleController controller(*profile, &store, &nam, options->browserCommand);
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app,
                     [](int) { QApplication::quit(); });
    controller.show();
    controller.restoreSession();
    return app.exec();
}

} // namespace gatehouse
