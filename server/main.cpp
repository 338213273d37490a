#include "AuditKeys.h"
#include "AuditLog.h"
#include "AuditVerify.h"
#include "CaddyfileWriter.h"
#include "Daemon.h"
#include "ServerConfig.h"
#include "Store.h"
#include "UnixSignals.h"
#include "Version.h"
#include "audit/Ed25519Key.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace gatehouse;

namespace {
// sysexits.h values, documented in --help.
enum ExitCode {
    Ok = 0,
    Usage = 64,
    DataError = 65,
    NoInput = 66,
    Unavailable = 69,
    Software = 70,
    Config = 78
};

// `gatehoused audit verify`: the trust anchor comes from --key or [audit]
// public_key, never from the store; checkpoints from --checkpoints or the
// configured directory.
int runAuditVerify(const server::ServerConfig &config, const QString &keyOption,
                   const QString &checkpointsOption)
{
    server::TrustInputs inputs;
    const QString pinSpec = keyOption.isEmpty() ? config.auditPublicKey : keyOption;
    if (!pinSpec.isEmpty()) {
        auto pin = PinnedKey::parse(pinSpec);
        if (!pin) {
            std::fprintf(stderr, "gatehoused: %s\n", qPrintable(pin.error().message));
            return keyOption.isEmpty() ? int(Config) : int(NoInput);
        }
        inputs.pin = pin.value();
    }
    QString checkpoints = checkpointsOption;
    if (checkpoints.isEmpty() && !config.auditCheckpointDir.isEmpty() &&
        QFile::exists(config.auditCheckpointDir + u'/' + kCheckpointFile))
        checkpoints = config.auditCheckpointDir;
    if (!checkpoints.isEmpty()) {
        auto read = readCheckpoints(checkpoints);
        if (!read) {
            std::fprintf(stderr, "gatehoused: %s\n", qPrintable(read.error().message));
            return NoInput;
        }
        inputs.checkpoints = read.value();
    }

    auto store = server::Store::open(config.storeUrl);
    if (!store) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(store.error().message),
                     qPrintable(store.error().detail));
        return Unavailable;
    }
    // The head as this server's signing key signs it now, when that key is
    // here: verifying it shows whether the key in use descends from the pin.
    if (QFile::exists(config.auditSigningKeyPath)) {
        const auto key = Ed25519Key::loadOrCreate(config.auditSigningKeyPath);
        const auto head = server::AuditLog(store.value()->connectionName()).head();
        if (key && head && head->seq > 0)
            inputs.head = SignedHead::sign(head->seq, head->hash, QDateTime::currentDateTimeUtc(),
                                           key.value());
    }
    const auto report = server::verifyStoredTrust(*store.value(), inputs);
    if (!report) {
        std::fprintf(stderr, "gatehoused: %s\n", qPrintable(report.error().logText()));
        return Unavailable;
    }
    QStringList lines = report->summary();
    if (report->ok())
        std::printf("audit chain OK: %lld records; %s\n",
                    static_cast<long long>(report->recordsChecked),
                    qPrintable(lines.join(u"; "_qs)));
    else
        std::printf("audit chain FAILED: %s\n", qPrintable(lines.join(u"; "_qs)));
    if (!checkpoints.isEmpty())
        std::printf("checkpoints read from %s\n", qPrintable(checkpoints));
    if (report->headChecked)
        std::printf("head signed by key %s\n", qPrintable(report->headFingerprint));
    if (inputs.pin)
        std::printf("pinned key %s\n", qPrintable(inputs.pin->fingerprint()));
    else
        std::printf("to pin the key: --key FILE|FINGERPRINT, or [audit] public_key in the "
                    "configuration\n");
    return report->ok() ? Ok : DataError;
}

// `gatehoused audit rotate-key --new-key FILE`: with gatehoused stopped, the
// configured key hands over to the new one in a record both keys sign.
int runAuditRotateKey(const server::ServerConfig &config, const QString &newKeyPath)
{
    if (!QFile::exists(config.auditSigningKeyPath)) {
        std::fprintf(stderr, "gatehoused: the current signing key %s does not exist\n",
                     qPrintable(config.auditSigningKeyPath));
        return Config;
    }
    const auto oldKey = Ed25519Key::loadOrCreate(config.auditSigningKeyPath);
    if (!oldKey) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(oldKey.error().message),
                     qPrintable(oldKey.error().detail));
        return Config;
    }
    const bool created = !QFile::exists(newKeyPath);
    const auto newKey = Ed25519Key::loadOrCreate(newKeyPath);
    if (!newKey) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(newKey.error().message),
                     qPrintable(newKey.error().detail));
        return NoInput;
    }
    auto store = server::Store::open(config.storeUrl);
    if (!store) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(store.error().message),
                     qPrintable(store.error().detail));
        return Unavailable;
    }
    const QString who = qEnvironmentVariable("USER", u"operator"_qs);
    const auto record = server::auditkeys::rotate(*store.value(), oldKey.value(), newKey.value(),
                                                  u"gatehoused audit rotate-key (%1)"_qs.arg(who));
    if (!record) {
        std::fprintf(stderr, "gatehoused: %s\n", qPrintable(record.error().message));
        return DataError;
    }
    std::printf("audit key rotated at seq %lld: %s -> %s%s\n", static_cast<long long>(record->seq),
                qPrintable(oldKey->fingerprint()), qPrintable(newKey->fingerprint()),
                created ? " (new key created)" : "");
    std::printf("now set [audit] signing_key = \"%s\" and start gatehoused; verifiers that "
                "pinned the old key follow the rotation\n",
                qPrintable(newKeyPath));
    return Ok;
}

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
        "  audit verify   check the audit chain in the configured store: every link, key\n"
        "                 rotations, the signing key against the pinned key (--key or\n"
        "                 [audit] public_key) and the checkpoints (--checkpoints or\n"
        "                 [audit] checkpoint_dir); names the first broken record\n"
        "  audit rotate-key --new-key FILE\n"
        "                 hand the audit signing key over to FILE (created if missing),\n"
        "                 recorded in the chain and signed by both keys; run with\n"
        "                 gatehoused stopped, then configure the new key\n"
        "  audit public-key\n"
        "                 print the signing key's public key (PEM, for auditors to pin)\n"
        "                 and its SHA-256 fingerprint (on stderr)\n"
        "  caddy-config   print the Caddyfile that puts the catalog behind gatehoused\n"
        "\n"
        "Exit codes: 0 success, 64 usage error, 65 audit verification failed, 66 cannot read\n"
        "checkpoints or key, 69 cannot listen or open the store, 70 internal error,\n"
        "78 configuration error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        {u"c"_qs, u"config"_qs},
        QCoreApplication::translate("gatehoused", "Read configuration from <file> (TOML)."),
        u"file"_qs);
    const QCommandLineOption checkOption(
        u"check-config"_qs,
        QCoreApplication::translate("gatehoused", "Validate the configuration and exit."));
    const QCommandLineOption keyOption(
        u"key"_qs,
        QCoreApplication::translate("gatehoused",
                                    "audit verify: trust this audit key: a PEM public key "
                                    "<file> or its SHA-256 fingerprint (hex)."),
        u"file|fingerprint"_qs);
    const QCommandLineOption checkpointsOption(
        u"checkpoints"_qs,
        QCoreApplication::translate("gatehoused",
                                    "audit verify: compare the chain with the checkpoints "
                                    "in <dir> (or a checkpoints file)."),
        u"dir"_qs);
    const QCommandLineOption newKeyOption(
        u"new-key"_qs,
        QCoreApplication::translate("gatehoused",
                                    "audit rotate-key: the new signing key (PKCS#8 PEM, "
                                    "created with mode 0600 if missing)."),
        u"file"_qs);
    parser.addOption(configOption);
    parser.addOption(checkOption);
    parser.addOption(keyOption);
    parser.addOption(checkpointsOption);
    parser.addOption(newKeyOption);

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
    const bool rotateKey = command == QStringList{u"audit"_qs, u"rotate-key"_qs};
    const bool publicKey = command == QStringList{u"audit"_qs, u"public-key"_qs};
    const bool caddyConfig = command == QStringList{u"caddy-config"_qs};
    if (!command.isEmpty() && !auditVerify && !rotateKey && !publicKey && !caddyConfig) {
        std::fprintf(stderr, "gatehoused: unknown command '%s' (see --help)\n",
                     qPrintable(command.join(u' ')));
        return Usage;
    }
    if (rotateKey && !parser.isSet(newKeyOption)) {
        std::fprintf(stderr, "gatehoused: audit rotate-key needs --new-key FILE\n");
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
    if (auditVerify)
        return runAuditVerify(config.value(), parser.value(keyOption),
                              parser.value(checkpointsOption));
    if (rotateKey)
        return runAuditRotateKey(config.value(), parser.value(newKeyOption));
    if (publicKey) {
        // What to hand to auditors to pin: the PEM on stdout, the fingerprint on stderr.
        if (!QFile::exists(config->auditSigningKeyPath)) {
            std::fprintf(stderr, "gatehoused: the signing key %s does not exist yet\n",
                         qPrintable(config->auditSigningKeyPath));
            return Config;
        }
        const auto key = Ed25519Key::loadOrCreate(config->auditSigningKeyPath);
        if (!key) {
            std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(key.error().message),
                         qPrintable(key.error().detail));
            return Config;
        }
        std::printf("%s", key->publicKeyPem().constData());
        std::fprintf(stderr, "fingerprint %s\n", qPrintable(key->fingerprint()));
        return Ok;
    }

    server::Daemon daemon(std::move(config).value());
    const auto exitCode = [](const Error &error) {
        std::fprintf(stderr, "gatehoused: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.detail));
        return error.code == u"config.invalid" ? Config : Unavailable;
    };
    QObject::connect(&daemon, &server::Daemon::ready, &app, [&daemon](quint16 port) {
        // One machine-readable line so scripts and tests know where we listen.
        const QHostAddress address = daemon.listenAddress();
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u"["_qs + address.toString() + u"]"_qs
                                 : address.toString();
        std::printf("gatehoused ready url=http://%s:%u\n", qPrintable(host), unsigned(port));
        std::fflush(stdout);
    });
    // From the event loop (the keys are fetched first), so exit() ends exec().
    QObject::connect(&daemon, &server::Daemon::failed, &app,
                     [exitCode](const Error &error) { QCoreApplication::exit(exitCode(error)); });
    if (const Error error = daemon.start(); !error.isNull())
        return exitCode(error);

    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    return app.exec();
}
