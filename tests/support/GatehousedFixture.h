#pragma once

#include "ManagedProcess.h"

#include <QTemporaryDir>
#include <QUrl>

namespace gatehouse::test {

// The real gatehoused from build/bin, with a config written by the test,
// listening on an ephemeral loopback port, SQLite store in a temp dir.
class GatehousedFixture
{
public:
    GatehousedFixture();

    // `extra` is appended to a config that sets [server], [store] (SQLite in
    // the temp dir unless `storeUrl` names another) and [identity].
    bool start(const QUrl &issuer, const QString &extra = {}, const QString &storeUrl = {});
    // start() in two halves, so several processes can be started at once:
    // launch() writes the config and starts the process, waitReady() waits
    // for its ready line.
    bool launch(const QUrl &issuer, const QString &extra = {}, const QString &storeUrl = {});
    bool waitReady();
    // A fixed port instead of an ephemeral one (set before start), for
    // configurations that must name gatehoused's address.
    void setListenPort(quint16 port) { m_listenPort = port; }
    // Lines added to the [identity] table (claims, audiences), set before start.
    void setIdentityOptions(const QString &toml) { m_identityOptions = toml; }
    // Starts again on the same config, store and port (after stop or kill).
    bool restart();
    QUrl url() const { return m_url; }
    // The edge decision listener's URL (set when the config has an [edge]
    // table), where the generated Caddyfile sends forward_auth.
    QUrl decisionUrl() const
    {
        return m_decisionPort ? QUrl(u"http://127.0.0.1:%1"_qs.arg(m_decisionPort)) : QUrl();
    }
    QString storePath() const { return m_dir.filePath(u"gatehouse.db"_qs); }
    QString configPath() const { return m_dir.filePath(u"gatehoused.toml"_qs); }
    // The default [audit] signing_key and checkpoint_dir, next to the config.
    QString signingKeyPath() const { return m_dir.filePath(u"audit-signing.key"_qs); }
    QString checkpointDir() const { return m_dir.filePath(u"audit-checkpoints"_qs); }
    ManagedProcess &process() { return m_process; }
    QString diagnostics() const { return m_process.diagnostics(); }

private:
    QTemporaryDir m_dir;
    ManagedProcess m_process;
    QUrl m_url;
    quint16 m_listenPort = 0;
    quint16 m_decisionPort = 0;
    QString m_identityOptions;
};

QString gatehousedPath();
// What `gatehoused caddy-config --config configPath` prints: the Caddyfile a
// test's Caddy runs. Empty, with the reason in *error, when it fails.
QString generatedCaddyfile(const QString &configPath, QString *error);
// The demo catalog (services and standing permissions) as TOML text.
QString demoCatalog();
QString gatehousePath();

} // namespace gatehouse::test
