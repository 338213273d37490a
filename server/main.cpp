#include "AuditVerify.h"
#include "CaddyfileWriter.h"
#include "Daemon.h"
#include "ServerConfig.h"
#include "Store.h"
#include "UnixSignals.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace gatehouse;

namespace {
// sysexits.h values, documented in --help.
enum ExitCode { Ok = 0, Usage = 64, DataError = 65, Unavailable = 69, Software = 70, Config = 78 };
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatehoused"_qs);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "gatehoused",
        "Gatehouse control plane: service catalog, grants that expire, enforcement and audit.\n"
        "\n"
        "Commands:\n"
        "  (none)         run the control plane\n"
        "  audit verify   check the audit chain in the configured store and name the first\n"
        "                 broken record\n"
        "  caddy-config   print the Caddyfile that puts the catalog behind gatehoused\n"
        "\n"
        "Exit codes: 0 success, 64 usage error, 65 audit chain broken, 69 cannot listen or\n"
        "open the store, 70 internal error, 78 configuration error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        {u"c"_qs, u"config"_qs},
        QCoreApplication::translate("gatehoused", "Read configuration from <file> (TOML)."),
        u"file"_qs);
    const QCommandLineOption checkOption(
        u"check-config"_qs,
        QCoreApplication::translate("gatehoused", "Validate the configuration and exit."));
    parser.addOption(configOption);
    parser.addOption(checkOption);

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "gatehoused: %s\n", qPrintable(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(u"help"_qs))
        parser.showHelp(Ok);
    if (parser.isSet(u"version"_qs))
        parser.showVersion();
    const QStringList command = parser.positionalArguments();
    const bool auditVerify = command == QStringList{u"audit"_qs, u"verify"_qs};
    const bool caddyConfig = command == QStringList{u"caddy-config"_qs};
    if (!command.isEmpty() && !auditVerify && !caddyConfig) {
        std::fprintf(stderr, "gatehoused: unknown command '%s' (see --help)\n",
                     qPrintable(command.join(u' ')));
        return Usage;
    }
    if (!parser.isSet(configOption)) {
        std::fprintf(stderr, "gatehoused: --config FILE is required (see --help)\n");
        return Usage;
    }

    auto config = server::ServerConfig::load(parser.value(configOption));
    if (!config) {
        std::fprintf(stderr, "gatehoused: %s\n", qPrintable(config.error().message));
        return Config;
    }
    if (parser.isSet(checkOption)) {
        std::printf("configuration OK: %lld services\n",
                    static_cast<long long>(config->services.size()));
        return Ok;
    }

    if (caddyConfig) {
        std::printf("%s", qPrintable(server::caddyfile(config.value())));
        return Ok;
    }
    if (auditVerify) {
        auto store = server::Store::open(config->storeUrl);
        if (!store) {
            std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(store.error().message),
                         qPrintable(store.error().detail));
            return Unavailable;
        }
        const auto verdict = server::verifyStoredChain(*store.value());
        if (!verdict) {
            std::fprintf(stderr, "gatehoused: %s\n", qPrintable(verdict.error().logText()));
            return Unavailable;
        }
        if (!verdict->ok) {
            std::printf("audit chain BROKEN at record %lld: %s (%lld records before it verify)\n",
                        static_cast<long long>(verdict->firstBrokenSeq),
                        qPrintable(verdict->reason),
                        static_cast<long long>(verdict->recordsChecked));
            return DataError;
        }
        std::printf("audit chain OK: %lld records\n",
                    static_cast<long long>(verdict->recordsChecked));
        return Ok;
    }

    server::Daemon daemon(std::move(config).value());
    Error error;
    const quint16 port = daemon.start(&error);
    if (port == 0) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.detail));
        return error.code == u"config.invalid" ? Config : Unavailable;
    }
    // One machine-readable line so scripts and tests know where we listen.
    const QHostAddress address = daemon.listenAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"["_qs + address.toString() + u"]"_qs
                             : address.toString();
    std::printf("gatehoused ready url=http://%s:%u\n", qPrintable(host), unsigned(port));
    std::fflush(stdout);

    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    return app.exec();
}
