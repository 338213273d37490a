#include "ConsoleApp.h"

#include "CommandLineSession.h"
#include "ConsoleOptions.h"
#include "EndpointProbe.h"
#include "EndpointStatusModel.h"
#include "MainWindow.h"
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
        if (options->command != ConsoleOptions::Command::Window) {
            // The command line prints its own messages; logs only when asked for.
            if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
                QLoggingCategory::setFilterRules(u"gatehouse.*.info=false"_qs);
            return runSessionCommand(options.value());
        }
        parsed = options.value();
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QString::fromLatin1(kApplicationId));
    installTranslations(app);
    const ConsoleOptions *options = &*parsed;

    QNetworkAccessManager nam;
    EndpointStatusModel endpoints;
    EndpointProbe probe(options->profile, &endpoints, &nam);
    MainWindow window(options->profile, &endpoints);
    QObject::connect(&window, &MainWindow::refreshRequested, &probe, &EndpointProbe::checkAll);
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app,
                     [](int) { QApplication::quit(); });
    window.show();
    probe.checkAll();
    return app.exec();
}

} // namespace gatehouse
