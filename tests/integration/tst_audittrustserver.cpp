#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "PostgresFixture.h"
#include "StaticIdp.h"
#include "Store.h"
#include "TestEnvironment.h"
#include "audit/Ed25519Key.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

Run gatehoused(const QStringList &args)
{
    return run(gatehousedPath(), args);
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString script()
{
    return QString::fromLatin1(kSourceDir) + u"/tests/integration/data/audit_canonical.py"_qs;
}

QList<QByteArray> checkpointLines(const QString &dir)
{
    QFile f(dir + u"/checkpoints"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

qint64 lastCheckpointSeq(const QString &dir)
{
    const auto lines = checkpointLines(dir);
    return lines.isEmpty() ? -1 : lines.constLast().split(' ').value(0).toLongLong();
}

} // namespace

// The audit trail checked by someone who does not trust the server: a real
// gatehoused (SQLite, or PostgreSQL with GATEHOUSE_TEST_STORE=postgresql)
// writes checkpoints, `gatehoused audit verify` checks them against a pinned
// key, and independent tools (python3, sha256sum, openssl) recompute what it
// claims.
class TestAuditTrustServer : public QObject
{
    Q_OBJECT

    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<PostgresFixture> m_pg;
    StaticIdp m_idp;
    int m_databases = 0;

    QByteArray alice() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }
    QByteArray erin() const { return m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs}); }

    // Starts gatehoused on a fresh store, checkpointing every 3 records.
    bool start(GatehousedFixture &g, QString *storeUrl)
    {
        ++m_databases;
        *storeUrl =
            m_postgres ? m_pg->createDatabase(u"audit_trust_%1"_qs.arg(m_databases)) : QString();
        const QString extra = u"[testing]\nadjustable_clock = true\n\n"
                              "[audit]\nsigning_key = \"audit-signing.key\"\n"
                              "checkpoint_every_records = 3\ncheckpoint_interval = \"1m\"\n\n"_qs +
                              demoCatalog();
        return g.start(m_idp.issuer(), extra, *storeUrl);
    }

    bool makeGrants(GatehousedFixture &g, int count, int from = 0)
    {
        ApiClient api;
        api.setBase(g.url());
        for (int i = from; i < from + count; ++i) {
            const auto r = api.post(u"/v1/grants"_qs, alice(),
                                    {{u"subject"_qs, u"user-%1"_qs.arg(i)},
                                     {u"service"_qs, u"payments"_qs},
                                     {u"duration"_qs, u"1h"_qs},
                                     {u"reason"_qs, u"audit trust %1"_qs.arg(i)}});
            if (r.status != 201)
                return false;
        }
        return true;
    }

    QString sqliteUrl(GatehousedFixture &g, const QString &storeUrl) const
    {
        return storeUrl.isEmpty() ? u"sqlite:"_qs + g.storePath() : storeUrl;
    }

    // Every audit row, as the store holds it.
    QByteArray rowsAsJson(const QString &url)
    {
        auto store = server::Store::open(url);
        if (!store)
            return {};
        QSqlQuery q(QSqlDatabase::database(store.value()->connectionName()));
        q.exec(u"SELECT seq, time, actor, action, object_type, object_id, before_json, "
               "after_json, prev_hash, hash FROM audit_log ORDER BY seq"_qs);
        QJsonArray rows;
        while (q.next()) {
            QJsonObject row;
            const char *names[] = {"seq",         "time",      "actor",       "action",
                                   "object_type", "object_id", "before_json", "after_json",
                                   "prev_hash",   "hash"};
            for (int i = 0; i < 10; ++i)
                row.insert(QString::fromLatin1(names[i]), i == 0
                                                              ? QJsonValue(q.value(0).toLongLong())
                                                              : QJsonValue(q.value(i).toString()));
            rows.append(row);
        }
        return QJsonDocument(rows).toJson(QJsonDocument::Compact);
    }

    QString publicKeyPem(const QString &privateKeyPath, const QString &out)
    {
        const Run r = run(tool("openssl"),
                          {u"pkey"_qs, u"-in"_qs, privateKeyPath, u"-pubout"_qs, u"-out"_qs, out});
        return r.exitCode == 0 ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool("python3").isEmpty() && !tool("openssl").isEmpty() &&
                     !tool("sha256sum").isEmpty(),
                 "python3, openssl and sha256sum must be installed");
        if (m_postgres) {
            m_pg = std::make_unique<PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
        }
        qInfo() << "store backend:" << (m_postgres ? "postgresql" : "sqlite");
        QVERIFY(m_idp.start());
    }

    // gatehoused checkpoints every 3 records and after the interval, appends
    // only, with owner-only permissions; audit verify with the pinned key
    // agrees with every checkpoint.
    void checkpointsAreWrittenAndAgree()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 7));
        const QString dir = g.checkpointDir();
        // The catalog record and 7 grants: 8 records. The count is checked once a
        // second, so a quick burst gets one checkpoint, at seq 6 or later.
        QVERIFY(pollUntil([&] { return lastCheckpointSeq(dir) >= 6; }, std::chrono::seconds(10)));
        const QList<QByteArray> before = checkpointLines(dir);
        // One more record: too few for the count, but due once a minute passes.
        QVERIFY(makeGrants(g, 1, 100));
        ApiClient api;
        api.setBase(g.url());
        QCOMPARE(api.post(u"/v1/testing/clock"_qs, erin(), {{u"advance_ms"_qs, 61'000}}).status,
                 200);
        QVERIFY(pollUntil([&] { return lastCheckpointSeq(dir) == 9; }, std::chrono::seconds(10)));
        QCOMPARE(g.process().stop(), 0);

        // Append-only: what was there is still there, unchanged, at the start.
        const QList<QByteArray> after = checkpointLines(dir);
        QVERIFY(after.size() > before.size());
        QCOMPARE(after.mid(0, before.size()), before);
        // Owner-only, as `stat` reports it.
        QCOMPARE(run(tool("stat"), {u"-c"_qs, u"%a"_qs, dir}).output.trimmed(), u"700"_qs);
        QCOMPARE(run(tool("stat"), {u"-c"_qs, u"%a"_qs, dir + u"/checkpoints"_qs}).output.trimmed(),
                 u"600"_qs);

        QTemporaryDir tmp;
        const QString pub = publicKeyPem(g.signingKeyPath(), tmp.filePath(u"audit.pub"_qs));
        QVERIFY(!pub.isEmpty());
        const Run verify = gatehoused({u"audit"_qs, u"verify"_qs, u"--config"_qs, g.configPath(),
                                       u"--key"_qs, pub, u"--checkpoints"_qs, dir});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));
        QVERIFY2(verify.output.contains(u"chain intact from seq 1 to 9"_qs),
                 qPrintable(verify.output));
        QVERIFY2(verify.output.contains(u"matches the pinned key"_qs), qPrintable(verify.output));
        QVERIFY2(verify.output.contains(u"%1 checkpoint(s) agree"_qs.arg(after.size())),
                 qPrintable(verify.output));
    }

    // What verify claims, recomputed by tools that share no code with it:
    // a record's hash by python3 + sha256sum, a checkpoint's signature and
    // the key fingerprint by openssl.
    void independentToolsAgree()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 3));
        QCOMPARE(g.process().stop(), 0);
        const QByteArray rows = rowsAsJson(sqliteUrl(g, url));
        const auto stored = QJsonDocument::fromJson(rows).array();
        QCOMPARE(stored.size(), 4);
        for (const auto &row : stored) {
            const QString seq = QString::number(row[u"seq"].toInteger());
            const Run canonical = run(tool("python3"), {script(), u"canonical"_qs, seq}, rows);
            QCOMPARE(canonical.exitCode, 0);
            const Run digest = run(tool("sha256sum"), {u"-"_qs}, canonical.output.toUtf8());
            QCOMPARE(digest.output.section(u' ', 0, 0), row[u"hash"].toString());
        }

        const QList<QByteArray> lines = checkpointLines(g.checkpointDir());
        QVERIFY(!lines.isEmpty());
        const QList<QByteArray> f = lines.constLast().split(' ');
        QCOMPARE(f.size(), 6);
        QTemporaryDir tmp;
        const QString pub = publicKeyPem(g.signingKeyPath(), tmp.filePath(u"audit.pub"_qs));
        // Fingerprint: SHA-256 of the DER public key.
        const Run derKey = run(tool("sh"), {u"-c"_qs, u"openssl pkey -pubin -in '%1' -outform DER "
                                                      "| sha256sum"_qs.arg(pub)});
        QCOMPARE(derKey.output.section(u' ', 0, 0), QString::fromLatin1(f.at(3)));
        // Signature: Ed25519 over the head message, checked by openssl.
        QFile msg(tmp.filePath(u"msg"_qs)), sig(tmp.filePath(u"sig"_qs));
        QVERIFY(msg.open(QIODevice::WriteOnly) && sig.open(QIODevice::WriteOnly));
        msg.write("gatehouse-audit-head/v1\n" + f.at(0) + '\n' + f.at(1) + '\n' + f.at(2));
        sig.write(QByteArray::fromBase64(f.at(4)));
        msg.close();
        sig.close();
        const Run ok = run(tool("openssl"), {u"pkeyutl"_qs, u"-verify"_qs, u"-pubin"_qs,
                                             u"-inkey"_qs, pub, u"-rawin"_qs, u"-in"_qs,
                                             msg.fileName(), u"-sigfile"_qs, sig.fileName()});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));

        // What `audit public-key` hands to auditors is what openssl derives.
        QProcess publicKey;
        publicKey.start(gatehousedPath(),
                        {u"audit"_qs, u"public-key"_qs, u"--config"_qs, g.configPath()});
        QVERIFY(publicKey.waitForFinished(30000));
        QCOMPARE(publicKey.exitCode(), 0);
        QFile pem(pub);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QCOMPARE(publicKey.readAllStandardOutput(), pem.readAll());
        QVERIFY(publicKey.readAllStandardError().contains(QByteArray("fingerprint " + f.at(3))));
    }

    // A key the verifier did not pin is refused; with no pin at all, verify
    // says it only checked consistency.
    void unpinnedOrForeignKey()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 2));
        QCOMPARE(g.process().stop(), 0);
        QTemporaryDir tmp;
        const auto foreign = Ed25519Key::loadOrCreate(tmp.filePath(u"foreign.key"_qs));
        QVERIFY(foreign.ok());
        const Run refused = gatehoused({u"audit"_qs, u"verify"_qs, u"--config"_qs, g.configPath(),
                                        u"--key"_qs, foreign->fingerprint()});
        QCOMPARE(refused.exitCode, 65);
        QVERIFY2(refused.output.contains(
                     u"do not include the pinned key %1"_qs.arg(foreign->fingerprint().left(8))),
                 qPrintable(refused.output));
        const Run unpinned =
            gatehoused({u"audit"_qs, u"verify"_qs, u"--config"_qs, g.configPath()});
        QCOMPARE(unpinned.exitCode, 0);
        QVERIFY2(unpinned.output.contains(u"NO KEY PINNED"_qs), qPrintable(unpinned.output));
    }

    // The attack checkpoints exist for: rewrite a record, recompute every
    // hash after it (python3, not our code) and let the real signing key sign
    // the new head. The chain verifies; the checkpoints do not, and are named.
    void rewrittenDatabaseFailsAgainstCheckpoints()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 8));
        const QString dir = g.checkpointDir();
        QVERIFY(pollUntil([&] { return lastCheckpointSeq(dir) >= 6; }, std::chrono::seconds(10)));
        QCOMPARE(g.process().stop(), 0);
        const auto lines = checkpointLines(dir);
        // The first checkpoint at or after the rewritten record is the one named.
        constexpr qint64 kRewritten = 4;
        QByteArray named;
        for (const QByteArray &line : lines)
            if (line.split(' ').value(0).toLongLong() >= kRewritten) {
                named = line.split(' ').value(0);
                break;
            }
        QVERIFY(!named.isEmpty());

        const QString storeUrl = sqliteUrl(g, url);
        const Run rewrite = run(
            tool("python3"), {script(), u"rewrite"_qs, QString::number(kRewritten), u"mallory"_qs},
            rowsAsJson(storeUrl));
        QCOMPARE(rewrite.exitCode, 0);
        {
            auto store = server::Store::open(storeUrl);
            QVERIFY(store.ok());
            QSqlDatabase db = QSqlDatabase::database(store.value()->connectionName());
            QString lastHash;
            for (const auto &v : QJsonDocument::fromJson(rewrite.output.toUtf8()).array()) {
                QSqlQuery q(db);
                q.prepare(
                    u"UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?"_qs);
                q.addBindValue(v[u"actor"].toString());
                q.addBindValue(v[u"prev_hash"].toString());
                q.addBindValue(v[u"hash"].toString());
                q.addBindValue(v[u"seq"].toInteger());
                QVERIFY(q.exec() && q.numRowsAffected() == 1);
                lastHash = v[u"hash"].toString();
            }
            QSqlQuery head(db);
            head.prepare(u"UPDATE audit_head SET hash = ? WHERE id = 1"_qs);
            head.addBindValue(lastHash);
            QVERIFY(head.exec());
        }

        QTemporaryDir tmp;
        const QString pub = publicKeyPem(g.signingKeyPath(), tmp.filePath(u"audit.pub"_qs));
        const Run verify = gatehoused({u"audit"_qs, u"verify"_qs, u"--config"_qs, g.configPath(),
                                       u"--key"_qs, pub, u"--checkpoints"_qs, dir});
        qInfo().noquote() << verify.output;
        QCOMPARE(verify.exitCode, 65);
        QVERIFY2(
            verify.output.contains(u"checkpoint at seq %1 ("_qs.arg(QString::fromLatin1(named))),
            qPrintable(verify.output));
        QVERIFY2(verify.output.contains(
                     u"disagrees with the database: the chain was rewritten after it"_qs),
                 qPrintable(verify.output));
        // Without the checkpoints, the rewrite would have passed.
        QVERIFY2(verify.output.contains(u"chain intact from seq 1 to 9"_qs),
                 qPrintable(verify.output));
        QVERIFY2(verify.output.contains(u"matches the pinned key"_qs), qPrintable(verify.output));
    }

    // rotate-key hands over in a record both keys sign; gatehoused then
    // refuses the old key, runs with the new one, and a verifier that pinned
    // either key accepts the whole chain and its checkpoints.
    void rotationIsFollowedFromThePinnedKey()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 4));
        QCOMPARE(g.process().stop(), 0);
        QTemporaryDir tmp;
        const QString oldPub = publicKeyPem(g.signingKeyPath(), tmp.filePath(u"old.pub"_qs));
        const QString newKey = QFileInfo(g.configPath()).dir().filePath(u"audit-next.key"_qs);

        const Run rotate = gatehoused({u"audit"_qs, u"rotate-key"_qs, u"--config"_qs,
                                       g.configPath(), u"--new-key"_qs, newKey});
        QVERIFY2(rotate.exitCode == 0, qPrintable(rotate.output));
        QVERIFY2(rotate.output.contains(u"audit key rotated at seq 6"_qs),
                 qPrintable(rotate.output));
        const QString newPub = publicKeyPem(newKey, tmp.filePath(u"new.pub"_qs));
        const auto next = Ed25519Key::loadOrCreate(newKey);
        QVERIFY(next.ok());

        // The old key no longer starts gatehoused.
        const Run refused = gatehoused({u"--config"_qs, g.configPath()});
        qInfo().noquote() << refused.output;
        QCOMPARE(refused.exitCode, 78);
        QVERIFY2(refused.output.contains(u"handed over to key %1"_qs.arg(next->fingerprint())),
                 qPrintable(refused.output));

        QFile config(g.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        text.replace("signing_key = \"audit-signing.key\"", "signing_key = \"audit-next.key\"");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();
        QVERIFY2(g.restart(), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 4, 50));
        QCOMPARE(g.process().stop(), 0);

        for (const QString &pin : {oldPub, newPub, next->fingerprint()}) {
            const Run verify =
                gatehoused({u"audit"_qs, u"verify"_qs, u"--config"_qs, g.configPath(), u"--key"_qs,
                            pin, u"--checkpoints"_qs, g.checkpointDir()});
            qInfo().noquote() << verify.output;
            QVERIFY2(verify.exitCode == 0, qPrintable(pin + u": "_qs + verify.output));
            QVERIFY2(verify.output.contains(u"through 1 key rotation(s)"_qs),
                     qPrintable(verify.output));
            QVERIFY2(verify.output.contains(
                         u"head at seq 10 signed by key %1"_qs.arg(next->fingerprint().left(8))),
                     qPrintable(verify.output));
        }
        // The rotation record, recomputed and checked by other tools: its hash
        // by python3 + sha256sum, both signatures by openssl.
        const QByteArray rows = rowsAsJson(sqliteUrl(g, url));
        QJsonObject rotation;
        for (const auto &row : QJsonDocument::fromJson(rows).array())
            if (row[u"seq"].toInteger() == 6)
                rotation = row.toObject();
        QCOMPARE(rotation.value(u"action").toString(), u"audit.key_rotated"_qs);
        const Run canonical = run(tool("python3"), {script(), u"canonical"_qs, u"6"_qs}, rows);
        QCOMPARE(
            run(tool("sha256sum"), {u"-"_qs}, canonical.output.toUtf8()).output.section(u' ', 0, 0),
            rotation.value(u"hash").toString());
        const QJsonObject after =
            QJsonDocument::fromJson(rotation.value(u"after_json").toString().toUtf8()).object();
        const QString oldFp =
            QJsonDocument::fromJson(rotation.value(u"before_json").toString().toUtf8())
                .object()
                .value(u"fingerprint")
                .toString();
        QFile statement(tmp.filePath(u"rotation"_qs));
        QVERIFY(statement.open(QIODevice::WriteOnly));
        statement.write(u"gatehouse-audit-key-rotation/v1\n6\n%1\n%2\n%3\n%4"_qs
                            .arg(rotation.value(u"prev_hash").toString(),
                                 rotation.value(u"time").toString(), oldFp, next->fingerprint())
                            .toLatin1());
        statement.close();
        const QList<std::pair<QString, QString>> signers{{oldPub, u"signed_by_previous"_qs},
                                                         {newPub, u"signed_by_new"_qs}};
        for (const auto &[pubFile, field] : signers) {
            QFile sig(tmp.filePath(field));
            QVERIFY(sig.open(QIODevice::WriteOnly));
            sig.write(QByteArray::fromBase64(after.value(field).toString().toLatin1(),
                                             QByteArray::Base64UrlEncoding));
            sig.close();
            const Run checked =
                run(tool("openssl"), {u"pkeyutl"_qs, u"-verify"_qs, u"-pubin"_qs, u"-inkey"_qs,
                                      pubFile, u"-rawin"_qs, u"-in"_qs, statement.fileName(),
                                      u"-sigfile"_qs, sig.fileName()});
            QVERIFY2(checked.exitCode == 0, qPrintable(field + u": "_qs + checked.output));
        }

        // Checkpoints from before the rotation carry the old key and still agree.
        const auto lines = checkpointLines(g.checkpointDir());
        QVERIFY(lines.constFirst().contains(
            Ed25519Key::loadOrCreate(g.signingKeyPath())->fingerprint().toLatin1()));
        QVERIFY(lines.constLast().contains(next->fingerprint().toLatin1()));
    }

    // A key rotated away while gatehoused still runs with it: that process
    // stops checkpointing at once and says why, rather than sign past the
    // hand-over with a key verifiers would reject.
    void rotationWhileRunningStopsTheOldKey()
    {
        GatehousedFixture g;
        QString url;
        QVERIFY2(start(g, &url), qPrintable(g.diagnostics()));
        QVERIFY(makeGrants(g, 2));
        const QString dir = g.checkpointDir();
        QVERIFY(pollUntil([&] { return lastCheckpointSeq(dir) >= 1; }, std::chrono::seconds(10)));
        const QString newKey = QFileInfo(g.configPath()).dir().filePath(u"audit-next.key"_qs);
        const Run rotate = gatehoused({u"audit"_qs, u"rotate-key"_qs, u"--config"_qs,
                                       g.configPath(), u"--new-key"_qs, newKey});
        QVERIFY2(rotate.exitCode == 0, qPrintable(rotate.output));
        const qint64 rotatedAt =
            rotate.output.section(u"rotated at seq "_qs, 1).section(u':', 0, 0).toLongLong();
        QVERIFY(rotatedAt > 0);
        QVERIFY(makeGrants(g, 4, 20));
        QCOMPARE(g.process().stop(), 0);
        // At the latest on the way out (the last checkpoint), it noticed.
        QVERIFY2(g.diagnostics().contains(u"no more checkpoints; restart gatehoused with the "
                                          "new key"_qs),
                 qPrintable(g.diagnostics()));
        for (const QByteArray &line : checkpointLines(dir))
            QVERIFY2(line.split(' ').value(0).toLongLong() < rotatedAt, line.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrustServer)
#include "tst_audittrustserver.moc"
