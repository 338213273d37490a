#include "ConsoleOptions.h"

#include "DemoEnv.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gatehouse {

namespace {

QString trOptions(const char *text)
{
    return QCoreApplication::translate("ConsoleOptions", text);
}

struct Options
{
    QCommandLineOption controlPlane{
        u"control-plane"_qs,
        trOptions(
            QT_TRANSLATE_NOOP("ConsoleOptions", "Control plane URL (https, or http on loopback).")),
        u"url"_qs};
    QCommandLineOption issuer{
        u"issuer"_qs, trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "OpenID Connect issuer URL.")),
        u"url"_qs};
    QCommandLineOption clientId{
        u"client-id"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "OAuth client ID of this console.")),
        u"id"_qs};
    QCommandLineOption demoEnv{
        u"demo-env"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "Read endpoints from the demo stack's env <file>.")),
        u"file"_qs};
    QCommandLineOption profile{
        u"profile"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Use the saved profile <name>.")),
        u"name"_qs};
    QCommandLineOption browserCommand{
        u"browser-command"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "Run <command> with the sign-in URL as its last argument "
                                    "instead of opening the default browser (also "
                                    "GATEHOUSE_BROWSER).")),
        u"command"_qs};
    QCommandLineOption period{
        u"period"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "evidence export: the period, e.g. 2026-Q4, 2026-11 or 2026.")),
        u"period"_qs};
    QCommandLineOption out{
        u"out"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "evidence export: write the pack into the new folder <dir> "
                                    "(and <dir>.zip).")),
        u"dir"_qs};
    QCommandLineOption services{
        u"services"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "evidence export: only these services (comma-separated); "
                                    "all when not given.")),
        u"a,b"_qs};
    QCommandLineOption purpose{
        u"purpose"_qs,
        trOptions(
            QT_TRANSLATE_NOOP("ConsoleOptions", "evidence export: why, recorded with the export.")),
        u"text"_qs};
    QCommandLineOption key{
        u"key"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions",
                                    "evidence verify: the audit key you trust, as a public key "
                                    "file (PEM) or its SHA-256 fingerprint.")),
        u"key"_qs};
    QCommandLineOption help{{u"h"_qs, u"help"_qs},
                            trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Show this help."))};
    QCommandLineOption version{{u"v"_qs, u"version"_qs},
                               trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Show the version."))};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({controlPlane, issuer, clientId, demoEnv, profile, browserCommand, period,
                           out, services, purpose, key, help, version});
    }
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(trOptions(QT_TRANSLATE_NOOP(
        "ConsoleOptions",
        "Gatehouse console: see who may reach which service, grant access that expires, "
        "export audit evidence and read access logs.\n\n"
        "Commands (without one, the window opens):\n"
        "  login    sign in through the browser and keep the session in the keychain\n"
        "  whoami   show who is signed in and when the session ends\n"
        "  logout   revoke the session at the identity provider and forget it\n"
        "  evidence export --period 2026-Q4 --out DIR [--services a,b]\n"
        "           export an evidence pack (auditors and admins) into a new folder and a .zip\n"
        "  evidence verify DIR --key FINGERPRINT|FILE\n"
        "           verify a pack with no network, trusting only the given audit key\n\n"
        "Exit codes: 0 success, 1 failure, 10 identity provider unreachable, 11 sign-in "
        "cancelled, 12 sign-in timed out, 13 access denied at the identity provider, 14 state "
        "mismatch, 15 issuer mismatch, 16 token rejected, 17 keychain unavailable, 18 session "
        "ended at the identity provider, 19 not signed in, 20 other identity provider error, "
        "21 sign-in code not accepted, 64 usage error, 78 bad profile or configuration.")));
    options.addTo(parser);
    parser.addPositionalArgument(
        u"command"_qs,
        trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "login, whoami, logout or evidence")),
        u"[command]"_qs);
}

QString demoPathFrom(const QCommandLineParser &parser, const Options &o,
                     const QHash<QString, QString> &env)
{
    return parser.isSet(o.demoEnv) ? parser.value(o.demoEnv) : env.value(u"GATEHOUSE_DEMO_ENV"_qs);
}

} // namespace

QString ConsoleOptions::helpText()
{
    QCommandLineParser parser;
    Options options;
    configure(parser, options);
    return parser.helpText();
}

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments,
                                             const QHash<QString, QString> &env)
{
    QCommandLineParser parser;
    Options o;
    configure(parser, o);
    if (!parser.parse(arguments))
        return Error{u"usage"_qs, parser.errorText(), {}};
    ConsoleOptions result;
    const QStringList positional = parser.positionalArguments();
    static const QHash<QString, Command> commands{{u"login"_qs, Command::Login},
                                                  {u"whoami"_qs, Command::WhoAmI},
                                                  {u"logout"_qs, Command::Logout}};
    const auto usage = [](const char *text, const QString &arg = {}) {
        return Error{u"usage"_qs, arg.isNull() ? trOptions(text) : trOptions(text).arg(arg), {}};
    };
    if (!positional.isEmpty() && positional[0] == u"evidence") {
        const QString sub = positional.value(1);
        if (sub == u"export" && positional.size() == 2) {
            result.command = Command::EvidenceExport;
            result.evidencePeriod = parser.value(o.period);
            result.evidenceDir = parser.value(o.out);
            result.evidenceServices = parser.value(o.services).split(u',', Qt::SkipEmptyParts);
            for (QString &s : result.evidenceServices)
                s = s.trimmed();
            result.evidencePurpose = parser.value(o.purpose);
            if ((result.evidencePeriod.isEmpty() || result.evidenceDir.isEmpty()) &&
                !parser.isSet(o.help))
                return usage(QT_TRANSLATE_NOOP("ConsoleOptions",
                                               "evidence export needs --period and --out."));
        } else if (sub == u"verify" && positional.size() == 3) {
            result.command = Command::EvidenceVerify;
            result.evidenceDir = positional[2];
            result.evidenceKey = parser.value(o.key);
            if (result.evidenceKey.isEmpty())
                return usage(QT_TRANSLATE_NOOP(
                    "ConsoleOptions", "evidence verify needs --key: the audit key you trust (a "
                                      "public key file or its SHA-256 fingerprint)."));
        } else if (sub == u"verify" || sub == u"export")
            return usage(QT_TRANSLATE_NOOP("ConsoleOptions",
                                           "Use 'evidence verify DIR --key KEY' (one pack "
                                           "folder) or 'evidence export --period P --out DIR'."));
        else
            return usage(QT_TRANSLATE_NOOP("ConsoleOptions",
                                           "Use 'evidence export --period P --out DIR' or "
                                           "'evidence verify DIR --key KEY', not '%1'."),
                         positional.mid(1).join(u' '));
    } else if (positional.size() > 1 ||
               (positional.size() == 1 && !commands.contains(positional[0])))
        return Error{u"usage"_qs,
                     trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Unexpected argument '%1'."))
                         .arg(positional.constLast()),
                     {}};
    if (!positional.isEmpty() && commands.contains(positional[0]))
        result.command = commands.value(positional[0]);
    result.profileName = parser.value(o.profile);
    result.browserCommand = parser.isSet(o.browserCommand) ? parser.value(o.browserCommand)
                                                           : env.value(u"GATEHOUSE_BROWSER"_qs);
    result.explicitEndpoints = !demoPathFrom(parser, o, env).isEmpty() ||
                               parser.isSet(o.controlPlane) || parser.isSet(o.issuer) ||
                               env.contains(u"GATEHOUSE_CONTROL_PLANE"_qs) ||
                               env.contains(u"GATEHOUSE_ISSUER"_qs);
    result.showHelp = parser.isSet(o.help);
    result.showVersion = parser.isSet(o.version);

    QHash<QString, QString> demo;
    const QString demoPath = demoPathFrom(parser, o, env);
    if (!demoPath.isEmpty()) {
        auto read = readEnvFile(demoPath);
        if (!read)
            return read.error();
        demo = read.value();
    }
    const auto pick = [&](const QCommandLineOption &option, const QString &envKey,
                          const QString &demoKey, const QString &fallback) {
        if (parser.isSet(option))
            return parser.value(option);
        if (env.contains(envKey))
            return env.value(envKey);
        return demo.value(demoKey, fallback);
    };

    Profile &p = result.profile;
    p.name = demoPath.isEmpty() && !parser.isSet(o.controlPlane)
                 ? trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Demo"))
                 : trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Default"));
    if (!demoPath.isEmpty())
        p.name = trOptions(QT_TRANSLATE_NOOP("ConsoleOptions", "Demo"));
    p.controlPlaneUrl = QUrl(pick(o.controlPlane, u"GATEHOUSE_CONTROL_PLANE"_qs,
                                  u"GATEHOUSE_URL"_qs, u"http://127.0.0.1:47102"_qs),
                             QUrl::StrictMode);
    p.issuer = QUrl(pick(o.issuer, u"GATEHOUSE_ISSUER"_qs, u"GATEHOUSE_IDP_ISSUER"_qs,
                         u"http://127.0.0.1:47101"_qs),
                    QUrl::StrictMode);
    p.clientId =
        pick(o.clientId, u"GATEHOUSE_CLIENT_ID"_qs, u"GATEHOUSE_CONSOLE_CLIENT_ID"_qs, p.clientId);
    if (!result.showHelp && !result.showVersion) {
        if (Error e = p.validate(); !e.isNull())
            return e;
    }
    return result;
}

} // namespace gatehouse
