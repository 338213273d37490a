#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "PostgresFixture.h"
#include "StaticIdp.h"
#include "TestEnvironment.h"
#include "evidence/EvidenceExporter.h"
#include "evidence/PackFiles.h"
#include "evidence/PackVerifier.h"
#include "grants/Grant.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, u"cannot start "_qs + program};
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString currentQuarter()
{
    const QDate d = QDateTime::currentDateTimeUtc().date();
    return u"%1-Q%2"_qs.arg(d.year()).arg((d.month() - 1) / 3 + 1);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int dataRows(const QByteArray &csv)
{
    int rows = -1; // the column header
    for (const QByteArray &line : csv.split('\n'))
        if (!line.isEmpty() && !line.startsWith("# "))
            ++rows;
    return rows;
}

} // namespace

// The evidence pack from a real gatehoused with real grants: exported by the
// console's exporter, verified offline with only the pinned key, each kind
// of file tampered by one byte, and the core of it checked by openssl,
// sha256sum, unzip and pdftoppm.
class TestEvidencePack : public QObject
{
    Q_OBJECT

    // GATEHOUSE_TEST_STORE=postgresql: the same on a real PostgreSQL.
    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<PostgresFixture> m_pg;
    int m_databases = 0;
    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;
    QTemporaryDir m_out;
    QString m_pack;
    QString m_publicKeyPem; // written by openssl from the signing key
    QString m_fingerprint;
    QStringList m_created; // grant ids, as the API answered
    QString m_reviewId;
    EvidenceExporter::Outcome m_outcome;

    QString storeUrl()
    {
        return m_postgres ? m_pg->createDatabase(u"evidence_%1"_qs.arg(++m_databases)) : QString();
    }

    QByteArray alice() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }
    QByteArray bob() const { return m_idp.token(u"bob"_qs, {}); }
    QByteArray erin() const { return m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs}); }
    QByteArray audra() const { return m_idp.token(u"audra"_qs, {u"auditors"_qs}); }

    QString request(const QByteArray &who, const QString &service, const QString &subject)
    {
        const auto r = m_api.post(u"/v1/grants"_qs, who,
                                  {{u"subject"_qs, subject},
                                   {u"service"_qs, service},
                                   {u"duration"_qs, u"1h"_qs},
                                   {u"reason"_qs, u"=evidence, \"quoted\" reason"_qs}});
        if (r.status != 201)
            qWarning() << "grant request failed" << r.status << r.body.left(300);
        const QString id = r.json().value(u"id").toString();
        m_created << id;
        return id;
    }

    bool act(const QByteArray &who, const QString &id, const QString &action)
    {
        return m_api.post(u"/v1/grants/%1/%2"_qs.arg(id, action), who, {}).status == 200;
    }

    void export_(const QString &dir, const QByteArray &token, Error *error)
    {
        QNetworkAccessManager nam;
        EvidenceExporter exporter(&nam, m_gatehoused.url(), token);
        bool done = false;
        exporter.run({currentQuarter(), {}, u"quarterly SOC 2 sample"_qs, dir},
                     [&](const Error &e, const EvidenceExporter::Outcome &out) {
                         *error = e;
                         m_outcome = out;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
    }

    // An access review of payments and ledger, due in half an hour: alice
    // keeps bob's ledger grant and asks for ledger's standing permission to
    // go; the other two items stay undecided.
    void openReview(const QString &kept)
    {
        const auto now = m_api.post(u"/v1/testing/clock"_qs, erin(), {{u"advance_ms"_qs, 1}});
        const QDateTime due = parseTime(now.json().value(u"now").toString()).addSecs(1800);
        const auto opened = m_api.post(u"/v1/reviews"_qs, erin(),
                                       {{u"name"_qs, u"Q review"_qs},
                                        {u"period"_qs, currentQuarter()},
                                        {u"due_at"_qs, formatTime(due)},
                                        {u"services"_qs, QJsonArray{u"ledger"_qs, u"payments"_qs}},
                                        {u"min_grant_duration"_qs, u"30m"_qs}});
        QVERIFY2(opened.status == 201, opened.body.constData());
        const QString id = opened.json().value(u"id").toString();
        m_reviewId = id;
        for (const QJsonValue &v : opened.json().value(u"items").toArray()) {
            const QJsonObject item = v.toObject();
            const QString path =
                u"/v1/reviews/%1/items/%2/decision"_qs.arg(id, item.value(u"id").toString());
            if (item.value(u"grant_id").toString() == kept)
                QCOMPARE(m_api
                             .post(path, alice(),
                                   {{u"decision"_qs, u"keep"_qs},
                                    {u"reason"_qs, u"bob runs the ledger migration"_qs}})
                             .status,
                         200);
            if (item.value(u"kind").toString() == u"standing" &&
                item.value(u"service").toString() == u"ledger")
                QCOMPARE(m_api
                             .post(path, alice(),
                                   {{u"decision"_qs, u"revoke"_qs},
                                    {u"reason"_qs, u"refunds posts through the API now"_qs}})
                             .status,
                         200);
        }
        QCOMPARE(opened.json().value(u"items").toArray().size(), 4);
    }

    // A copy of the pack with one byte changed at `offset` (negative: from the end).
    QString tampered(const QString &file, qint64 offset)
    {
        static int n = 0;
        const QString copy = m_out.filePath(u"tampered-%1"_qs.arg(++n));
        if (!copyTree(m_pack, copy))
            return {};
        QFile f(QDir(copy).filePath(file));
        if (!f.open(QIODevice::ReadWrite))
            return {};
        QByteArray bytes = f.readAll();
        const qint64 at = offset < 0 ? bytes.size() + offset : offset;
        bytes[at] = bytes[at] == 'x' ? 'y' : 'x';
        f.seek(0);
        f.write(bytes);
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool("openssl").isEmpty() && !tool("sha256sum").isEmpty() &&
                     !tool("pdftoppm").isEmpty() && !tool("unzip").isEmpty(),
                 "needs openssl, sha256sum, pdftoppm (poppler-utils) and unzip");
        QVERIFY(m_out.isValid());
        // GATEHOUSE_TEST_KEEP=1 keeps the pack for a person to read.
        if (qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEEP")) {
            m_out.setAutoRemove(false);
            qInfo() << "packs kept in" << m_out.path();
        }
        QVERIFY(m_idp.start());
        if (m_postgres) {
            m_pg = std::make_unique<PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
        }
        const QString extra = u"[testing]\nadjustable_clock = true\n\n"
                              "[audit]\nsigning_key = \"audit-signing.key\"\n"
                              "checkpoint_every_records = 3\ncheckpoint_interval = \"1m\"\n\n"_qs +
                              demoCatalog();
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), extra, storeUrl()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());

        // Real grants through the API: approved, denied, revoked, expired.
        const QString approved = request(bob(), u"ledger"_qs, u"bob"_qs);
        const QString denied = request(bob(), u"ledger"_qs, u"bob"_qs);
        QVERIFY(act(alice(), approved, u"approve"_qs));
        QVERIFY(act(alice(), denied, u"deny"_qs));
        const QString revoked = request(alice(), u"payments"_qs, u"user-r"_qs);
        QVERIFY(act(alice(), revoked, u"revoke"_qs));
        const QString expiring = request(alice(), u"payments"_qs, u"user-x"_qs);
        request(alice(), u"invoicing"_qs, u"user-i"_qs);
        QVERIFY(!expiring.isEmpty());
        openReview(approved);
        // Expiry by the control plane's clock, moved past the hour (which
        // also closes the review, its undecided items reported).
        QCOMPARE(m_api.post(u"/v1/testing/clock"_qs, erin(), {{u"advance_ms"_qs, 3700000}}).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api.get(u"/v1/grants/"_qs + expiring, alice()).json().value(u"state").toString(),
            u"expired"_qs, 20000);

        // The public key and its fingerprint, by openssl from the key file.
        const Run pub =
            run(tool("openssl"), {u"pkey"_qs, u"-in"_qs, m_gatehoused.signingKeyPath(),
                                  u"-pubout"_qs, u"-out"_qs, m_out.filePath(u"audit.pub"_qs)});
        QCOMPARE(pub.exitCode, 0);
        m_publicKeyPem = m_out.filePath(u"audit.pub"_qs);
        QProcess der;
        der.start(tool("openssl"),
                  {u"pkey"_qs, u"-pubin"_qs, u"-in"_qs, m_publicKeyPem, u"-outform"_qs, u"DER"_qs});
        QVERIFY(der.waitForFinished(10000));
        m_fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(der.readAllStandardOutput(), QCryptographicHash::Sha256)
                .toHex());

        Error error;
        export_(m_out.filePath(u"evidence-q"_qs), audra(), &error);
        m_pack = m_outcome.dir;
        QVERIFY2(error.isNull(), qPrintable(error.message + u" "_qs + error.detail));
        QVERIFY(QFile::exists(m_pack + u"/manifest.sig"_qs));
    }

    void packVerifiesWithThePinnedKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("public key file") << QString(); // filled in below
        QTest::newRow("fingerprint") << u"fingerprint"_qs;
    }
    void packVerifiesWithThePinnedKey()
    {
        QFETCH(QString, key);
        const QString spec = key.isEmpty() ? m_publicKeyPem : m_fingerprint;
        const auto pin = PinnedKey::parse(spec);
        QVERIFY(pin);
        const evidence::PackReport report = evidence::verifyPack(m_pack, pin.value());
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));

        // And the command line an auditor runs says so in words, given the
        // folder as a relative path from where they stand.
        const Run cli =
            run(gatehousePath(),
                {u"evidence"_qs, u"verify"_qs, QFileInfo(m_pack).fileName(), u"--key"_qs, spec},
                QFileInfo(m_pack).absolutePath());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.output));
        QVERIFY2(cli.output.contains(u"VERIFIED: every file is as the audit key signed it"_qs),
                 qPrintable(cli.output));
        QVERIFY2(cli.output.contains(u"chain intact from seq"_qs), qPrintable(cli.output));
    }

    void populationsHoldTheRealGrants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::newRow("created") << u"grants-created.csv"_qs << 5;
        QTest::newRow("approved") << u"grants-approved.csv"_qs << 1;
        QTest::newRow("denied") << u"grants-denied.csv"_qs << 1;
        QTest::newRow("revoked") << u"grants-revoked.csv"_qs << 1;
        QTest::newRow("expired") << u"grants-expired.csv"_qs << 3; // all three active ones
        QTest::newRow("denied summary") << u"denied-requests-summary.csv"_qs << 1;
        QTest::newRow("owners") << u"service-owners.csv"_qs << -1; // as /v1/services lists
        // 2 standing permissions and 2 grants of at least 30 minutes.
        QTest::newRow("access reviews") << u"access-reviews.csv"_qs << 4;
    }
    void populationsHoldTheRealGrants()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        if (rows < 0)
            rows =
                int(m_api.get(u"/v1/services"_qs, audra()).json().value(u"items").toArray().size());
        const QByteArray csv = readAll(m_pack + u"/populations/"_qs + file);
        QCOMPARE(dataRows(csv), rows);
        QVERIFY(csv.contains(QByteArray("# row count: " + QByteArray::number(rows) + '\n')));
        QVERIFY(csv.contains("# period: "));
        QVERIFY(csv.contains("# generated at: "));
        QVERIFY(csv.contains("by audra (export record seq"));
        if (file == u"grants-created.csv") {
            for (const QString &id : std::as_const(m_created))
                QVERIFY2(csv.contains(id.toUtf8()), qPrintable(id));
            // The reason's comma and quotes are quoted, its leading = defused.
            QVERIFY(csv.contains("\"'=evidence, \"\"quoted\"\" reason\""));
        }
        if (file == u"access-reviews.csv") {
            QVERIFY(!csv.contains("NOT SUPPORTED"));
            QVERIFY(csv.contains(m_reviewId.toUtf8()));
            // Decisions with who and why; the undecided items as the
            // control plane reported them at the due date.
            QVERIFY(csv.contains(",keep,bob runs the ledger migration,alice,"));
            QVERIFY(csv.contains(",revoke_requested,refunds posts through the API now,alice,"));
            QCOMPARE(csv.count(",unreviewed,,gatehoused,"), 2);
        }
    }

    // An independent reader: Python's json, hashlib and csv modules recompute
    // the chain and every grant population of the pack.
    void populationsRecomputedByPython()
    {
        const Run check = run(tool("python3"), {QString::fromLatin1(kSourceDir) +
                                                    u"/tests/integration/data/evidence_check.py"_qs,
                                                m_pack});
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        QVERIFY2(check.output.startsWith(u"OK records="_qs), qPrintable(check.output));
        QVERIFY2(check.output.contains(u"rows=11"_qs), qPrintable(check.output)); // 5+1+1+1+3
        QVERIFY2(check.output.contains(u"reviews=4 decided_on_record=4"_qs),
                 qPrintable(check.output));
    }

    void oneTamperedByteNamesTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("CSV row") << u"populations/grants-created.csv"_qs << qint64(-40);
        QTest::newRow("chain line") << u"chain/segment.jsonl"_qs << qint64(-300);
        QTest::newRow("manifest") << u"manifest.sha256"_qs << qint64(3);
        QTest::newRow("PDF memo") << u"memo.pdf"_qs << qint64(-2000);
        QTest::newRow("signed heads") << u"chain/heads.json"_qs << qint64(-30);
        QTest::newRow("signature") << u"manifest.sig"_qs << qint64(5);
    }
    void oneTamperedByteNamesTheFile()
    {
        QFETCH(QString, file);
        QFETCH(qint64, offset);
        const QString copy = tampered(file, offset);
        QVERIFY(!copy.isEmpty());
        const evidence::PackReport report =
            evidence::verifyPack(copy, PinnedKey::fromFingerprint(m_fingerprint));
        QVERIFY(!report.ok());
        QVERIFY2(report.problems.join(u'\n').contains(file),
                 qPrintable(report.problems.join(u'\n')));

        const Run cli =
            run(gatehousePath(), {u"evidence"_qs, u"verify"_qs, copy, u"--key"_qs, m_fingerprint});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.output.contains(u"FAIL  "_qs + file), qPrintable(cli.output));
        QVERIFY2(cli.output.contains(u"NOT VERIFIED"_qs), qPrintable(cli.output));
    }

    void aFileAddedAfterSigningIsNamed()
    {
        const QString copy = tampered(u"memo.pdf"_qs, 0);
        QVERIFY(QFile::copy(m_pack + u"/memo.pdf"_qs, copy + u"/memo.pdf.orig"_qs));
        QFile::remove(copy + u"/memo.pdf"_qs);
        QVERIFY(QFile::copy(m_pack + u"/memo.pdf"_qs, copy + u"/memo.pdf"_qs));
        const auto report = evidence::verifyPack(copy, PinnedKey::fromFingerprint(m_fingerprint));
        QVERIFY(!report.ok());
        QVERIFY(
            report.problems.join(u'\n').contains(u"memo.pdf.orig: not listed in the manifest"_qs));
    }

    void wrongKeyFails()
    {
        const QString other = m_out.filePath(u"other.pem"_qs);
        QCOMPARE(run(tool("openssl"), {u"genpkey"_qs, u"-algorithm"_qs, u"ed25519"_qs, u"-out"_qs,
                                       m_out.filePath(u"other.key"_qs)})
                     .exitCode,
                 0);
        QCOMPARE(run(tool("openssl"), {u"pkey"_qs, u"-in"_qs, m_out.filePath(u"other.key"_qs),
                                       u"-pubout"_qs, u"-out"_qs, other})
                     .exitCode,
                 0);
        const Run cli =
            run(gatehousePath(), {u"evidence"_qs, u"verify"_qs, m_pack, u"--key"_qs, other});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.output.contains(u"NOT VERIFIED"_qs), qPrintable(cli.output));
        QVERIFY2(!cli.output.contains(u"ok    manifest"_qs), qPrintable(cli.output));
    }

    // The core of the check with standard tools only (as the README shows).
    void manifestCheckedByOpensslAndSha256sum()
    {
        const Run sig = run(tool("openssl"),
                            {u"pkeyutl"_qs, u"-verify"_qs, u"-pubin"_qs, u"-inkey"_qs,
                             m_publicKeyPem, u"-rawin"_qs, u"-in"_qs, u"manifest.statement"_qs,
                             u"-sigfile"_qs, u"manifest.sig"_qs},
                            m_pack);
        QVERIFY2(sig.exitCode == 0, qPrintable(sig.output));
        QVERIFY(sig.output.contains(u"Signature Verified Successfully"_qs));
        const Run sums =
            run(tool("sha256sum"), {u"-c"_qs, u"--strict"_qs, u"manifest.sha256"_qs}, m_pack);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.output));
        const Run digest = run(tool("sha256sum"), {u"manifest.sha256"_qs}, m_pack);
        const QByteArray statement = readAll(m_pack + u"/manifest.statement"_qs);
        QVERIFY(statement.contains(
            QByteArray("manifest-sha256 " + digest.output.left(64).toLatin1() + '\n')));
        QVERIFY(statement.contains(
            QByteArray("export-seq " + QByteArray::number(m_outcome.exportSeq) + '\n')));
    }

    // The README's step 4, as written there: the end head checked with jq,
    // basenc and openssl, and it is the segment's last record.
    void endHeadCheckedByHand()
    {
        const QString script =
            u"set -e\n"
            "b64url() { local s; s=$(cat); while [ $(( ${#s} % 4 )) -ne 0 ]; do s=\"$s=\"; done\n"
            "           printf '%s' \"$s\" | basenc --base64url -d; }\n"
            "jq -r '.end | \"\\(.seq) \\(.hash) \\(.signed_at)\"' chain/heads.json | { read seq "
            "hash at\n"
            "    printf 'gatehouse-audit-head/v1\\n%s\\n%s\\n%s' \"$seq\" \"$hash\" \"$at\" > "
            "\"$TMP/head.msg\"; }\n"
            "jq -r .end.signature chain/heads.json | b64url > \"$TMP/head.sig\"\n"
            "openssl pkeyutl -verify -pubin -inkey \"$KEY\" -rawin -in \"$TMP/head.msg\" "
            "-sigfile \"$TMP/head.sig\"\n"
            "tail -n1 chain/segment.jsonl | jq -r '\"\\(.seq) \\(.hash) \\(.action)\"'\n"
            "jq -r '.end | \"\\(.seq) \\(.hash)\"' chain/heads.json\n"_qs;
        QProcess bash;
        bash.setWorkingDirectory(m_pack);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KEY"_qs, m_publicKeyPem);
        env.insert(u"TMP"_qs, m_out.path());
        bash.setProcessEnvironment(env);
        bash.start(tool("bash"), {u"-c"_qs, script});
        QVERIFY(bash.waitForFinished(30000));
        const QString out = QString::fromUtf8(bash.readAllStandardOutput());
        QVERIFY2(bash.exitCode() == 0,
                 qPrintable(out + QString::fromUtf8(bash.readAllStandardError())));
        QVERIFY2(out.contains(u"Signature Verified Successfully"_qs), qPrintable(out));
        const QStringList lines = out.trimmed().split(u'\n');
        QCOMPARE(lines.value(lines.size() - 2).section(u' ', 0, 1), lines.constLast());
        QVERIFY(lines.value(lines.size() - 2).endsWith(u" evidence.exported"_qs));
    }

    void exportAndSealAreAuditRecords()
    {
        const auto page = m_api.get(u"/v1/audit?after=%1"_qs.arg(m_outcome.exportSeq - 1), audra());
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json().value(u"items").toArray();
        QVERIFY(items.size() >= 2);
        const QJsonObject exported = items.at(0).toObject();
        QCOMPARE(exported.value(u"action").toString(), u"evidence.exported"_qs);
        QCOMPARE(exported.value(u"actor").toString(), u"audra"_qs);
        QCOMPARE(exported.value(u"object_id").toString(), currentQuarter());
        QCOMPARE(exported.value(u"after").toObject().value(u"purpose").toString(),
                 u"quarterly SOC 2 sample"_qs);
        const QJsonObject sealed = items.at(1).toObject();
        QCOMPARE(sealed.value(u"action").toString(), u"evidence.sealed"_qs);
        QCOMPARE(sealed.value(u"object_id").toString(), QString::number(m_outcome.exportSeq));
        const Run digest = run(tool("sha256sum"), {u"manifest.sha256"_qs}, m_pack);
        QCOMPARE(sealed.value(u"after").toObject().value(u"manifest_sha256").toString(),
                 digest.output.left(64));
    }

    void onlyAuditorsAndAdminsExportAndOnlyTheExporterSealsOnce()
    {
        QCOMPARE(m_api.post(u"/v1/audit/evidence"_qs, alice(), {{u"period"_qs, currentQuarter()}})
                     .status,
                 403);
        QCOMPARE(
            m_api.post(u"/v1/audit/evidence"_qs, {}, {{u"period"_qs, currentQuarter()}}).status,
            401);
        QCOMPARE(m_api.post(u"/v1/audit/evidence"_qs, audra(), {{u"period"_qs, u"last quarter"_qs}})
                     .status,
                 400);
        const QJsonObject seal{{u"export_seq"_qs, m_outcome.exportSeq},
                               {u"manifest_sha256"_qs, QString(64, u'a')}};
        QCOMPARE(m_api.post(u"/v1/audit/evidence/seal"_qs, erin(), seal).status, 403);
        QCOMPARE(m_api.post(u"/v1/audit/evidence/seal"_qs, audra(), seal).status, 409);
        QCOMPARE(m_api.post(u"/v1/audit/evidence/seal"_qs, alice(), seal).status, 403);
    }

    void zipHoldsTheFolder()
    {
        const Run test = run(tool("unzip"), {u"-t"_qs, m_outcome.zip});
        QVERIFY2(test.exitCode == 0, qPrintable(test.output));
        const Run list = run(tool("unzip"), {u"-Z1"_qs, m_outcome.zip});
        QVERIFY(list.output.contains(u"evidence-q/manifest.sig"_qs));
        QVERIFY(list.output.contains(u"evidence-q/populations/grants-created.csv"_qs));
        // Unzipped elsewhere, it verifies the same.
        const QString elsewhere = m_out.filePath(u"unzipped"_qs);
        QCOMPARE(run(tool("unzip"), {u"-q"_qs, m_outcome.zip, u"-d"_qs, elsewhere}).exitCode, 0);
        QVERIFY(evidence::verifyPack(elsewhere + u"/evidence-q"_qs,
                                     PinnedKey::fromFingerprint(m_fingerprint))
                    .ok());
    }

    void memoFirstTwoPagesRender()
    {
        const QString shots = QString::fromLatin1(kBinaryDir) + u"/screenshots"_qs;
        QDir().mkpath(shots);
        const Run info = run(tool("pdfinfo"), {m_pack + u"/memo.pdf"_qs});
        QVERIFY2(info.output.contains(u"Pages:"_qs), qPrintable(info.output));
        const Run render = run(tool("pdftoppm"), {u"-r"_qs, u"80"_qs, u"-f"_qs, u"1"_qs, u"-l"_qs,
                                                  u"2"_qs, u"-png"_qs, m_pack + u"/memo.pdf"_qs,
                                                  shots + u"/evidence-memo"_qs});
        QVERIFY2(render.exitCode == 0, qPrintable(render.output));
        QVERIFY(QFile::exists(shots + u"/evidence-memo-1.png"_qs));
        QVERIFY(QFile::exists(shots + u"/evidence-memo-2.png"_qs));
        // The words an auditor looks for are in the PDF's text.
        const Run text = run(tool("pdftotext"), {m_pack + u"/memo.pdf"_qs, u"-"_qs});
        for (const char *needle : {"CC6.1", "CC6.2", "CC6.3", "CC7.2", "A.5.15", "A.5.18",
                                   "grants-created.csv", "gatehouse evidence verify"})
            QVERIFY2(text.output.contains(QString::fromLatin1(needle)), needle);
    }

    // After `gatehoused audit rotate-key`, the pack verifies from the old
    // key and from the new one: the rotation record is in the segment and in
    // the key history, and the end head and the seal are by the new key.
    void packFollowsAKeyRotation()
    {
        GatehousedFixture g;
        const QString extra =
            u"[audit]\nsigning_key = \"audit-signing.key\"\n\n"_qs + demoCatalog();
        QVERIFY2(g.start(m_idp.issuer(), extra, storeUrl()), qPrintable(g.diagnostics()));
        m_api.setBase(g.url());
        QVERIFY(!request(alice(), u"payments"_qs, u"before-rotation"_qs).isEmpty());
        QCOMPARE(g.process().stop(), 0);
        const QString oldPub = m_out.filePath(u"rot-old.pub"_qs);
        QCOMPARE(run(tool("openssl"),
                     {u"pkey"_qs, u"-in"_qs, g.signingKeyPath(), u"-pubout"_qs, u"-out"_qs, oldPub})
                     .exitCode,
                 0);
        const QString newKey = QFileInfo(g.configPath()).dir().filePath(u"audit-next.key"_qs);
        const Run rotate = run(gatehousedPath(), {u"audit"_qs, u"rotate-key"_qs, u"--config"_qs,
                                                  g.configPath(), u"--new-key"_qs, newKey});
        QVERIFY2(rotate.exitCode == 0, qPrintable(rotate.output));
        QFile config(g.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        text.replace("signing_key = \"audit-signing.key\"", "signing_key = \"audit-next.key\"");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();
        QVERIFY2(g.restart(), qPrintable(g.diagnostics()));
        QVERIFY(!request(alice(), u"payments"_qs, u"after-rotation"_qs).isEmpty());
        const QString newPub = m_out.filePath(u"rot-new.pub"_qs);
        QCOMPARE(
            run(tool("openssl"), {u"pkey"_qs, u"-in"_qs, newKey, u"-pubout"_qs, u"-out"_qs, newPub})
                .exitCode,
            0);

        QNetworkAccessManager nam;
        EvidenceExporter exporter(&nam, g.url(), audra());
        bool done = false;
        Error error;
        QString dir;
        exporter.run({currentQuarter(), {u"payments"_qs}, {}, m_out.filePath(u"rotated"_qs)},
                     [&](const Error &e, const EvidenceExporter::Outcome &out) {
                         error = e;
                         dir = out.dir;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
        m_api.setBase(m_gatehoused.url());
        QVERIFY2(error.isNull(), qPrintable(error.message));
        QCOMPARE(dataRows(readAll(dir + u"/chain/key-history.jsonl"_qs)), 0); // one line, no header
        QCOMPARE(readAll(dir + u"/chain/key-history.jsonl"_qs).count('\n'), 1);
        for (const QString &pin : {oldPub, newPub}) {
            const auto report = evidence::verifyPack(dir, PinnedKey::parse(pin).value());
            QVERIFY2(report.ok(), qPrintable(pin + u": "_qs + report.problems.join(u'\n')));
            QVERIFY2(report.findings.join(u'\n').contains(u"through 1 key rotation(s)"_qs),
                     qPrintable(report.findings.join(u'\n')));
        }
        const auto wrong = evidence::verifyPack(dir, PinnedKey::fromFingerprint(m_fingerprint));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.problems.join(u'\n').contains(u"chain/key-history.jsonl: the pinned key"_qs),
                 qPrintable(wrong.problems.join(u'\n')));
    }

    void anUnknownServiceIsNamed()
    {
        QNetworkAccessManager nam;
        EvidenceExporter exporter(&nam, m_gatehoused.url(), audra());
        bool done = false;
        Error error;
        exporter.run({currentQuarter(), {u"nope"_qs}, {}, m_out.filePath(u"unknown"_qs)},
                     [&](const Error &e, const EvidenceExporter::Outcome &) {
                         error = e;
                         done = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(error.message.contains(u"services: 'nope' is not a service in the catalog"_qs),
                 qPrintable(error.message));
    }

    void outputFolderIsNeverOverwritten()
    {
        Error error;
        export_(m_pack, audra(), &error);
        QCOMPARE(error.code, u"evidence.out"_qs);
        // Nor a .zip of the same name next to a new folder.
        QFile zip(m_out.filePath(u"taken.zip"_qs));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.close();
        export_(m_out.filePath(u"taken"_qs), audra(), &error);
        QCOMPARE(error.code, u"evidence.out"_qs);
        QCOMPARE(QFileInfo(zip.fileName()).size(), 0);
    }
};

QTEST_MAIN(TestEvidencePack)
#include "tst_evidencepack.moc"
