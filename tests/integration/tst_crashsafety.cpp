#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
constexpr int kBurst = 300;

QJsonObject grantBody(int i)
{
    return {{u"subject"_qs, u"user-%1"_qs.arg(i)},
            {u"service"_qs, u"payments"_qs},
            {u"duration"_qs, u"1h"_qs},
            {u"reason"_qs, u"burst %1"_qs.arg(i)}};
}

struct VerifyRun
{
    int exitCode = -1;
    QString output;
};

VerifyRun auditVerify(const QString &config)
{
    QProcess p;
    p.start(gatehousedPath(), {u"audit"_qs, u"verify"_qs, u"--config"_qs, config});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}
} // namespace

// A crash must lose nothing that was acknowledged and leave the store and the
// audit chain consistent; tampering with the chain must be found and named.
class TestCrashSafety : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;

    QByteArray alice() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
    }

    void killDuringBurstLosesNothingAcknowledged()
    {
        QNetworkAccessManager nam;
        QHash<int, QString> acknowledged; // request number -> grant id
        int finished = 0;
        const QByteArray token = alice();
        for (int i = 0; i < kBurst; ++i) {
            QNetworkRequest request(QUrl(m_gatehoused.url().toString() + u"/v1/grants"_qs));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Idempotency-Key", "burst-" + QByteArray::number(i));
            QNetworkReply *reply =
                nam.post(request, QJsonDocument(grantBody(i)).toJson(QJsonDocument::Compact));
            connect(reply, &QNetworkReply::finished, this, [&, reply, i] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged.insert(
                        i,
                        QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString());
                ++finished;
                reply->deleteLater();
            });
        }
        QVERIFY(pollUntil([&] { return acknowledged.size() >= 60; }, std::chrono::seconds(60)));
        m_gatehoused.process().kill(); // SIGKILL in the middle of the burst
        QVERIFY(pollUntil([&] { return finished == kBurst; }, std::chrono::seconds(30)));
        qInfo() << acknowledged.size() << "of" << kBurst << "acknowledged before the crash";
        QVERIFY(acknowledged.size() < kBurst);

        // The store is consistent after the crash, before anything repairs it.
        const VerifyRun verify = auditVerify(m_gatehoused.configPath());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.output));

        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const auto r = m_api.get(u"/v1/grants/"_qs + it.value(), token);
            QVERIFY2(
                r.status == 200,
                qPrintable(
                    u"%1: %2 %3"_qs.arg(it.value()).arg(r.status).arg(QString::fromUtf8(r.body))));
            QCOMPARE(r.json().value(u"subject").toString(), u"user-%1"_qs.arg(it.key()));
        }

        // Clients retry what got no answer: no request makes a second grant.
        for (int i = 0; i < kBurst; ++i) {
            if (acknowledged.contains(i))
                continue;
            const auto r =
                m_api.post(u"/v1/grants"_qs, token, grantBody(i), "burst-" + QByteArray::number(i));
            QVERIFY2(r.status == 201 || r.status == 200, qPrintable(QString::number(r.status)));
        }
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const auto r = m_api.post(u"/v1/grants"_qs, token, grantBody(it.key()),
                                      "burst-" + QByteArray::number(it.key()));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"id").toString(), it.value());
        }
        const auto all = m_api.get(u"/v1/grants?service=payments"_qs, token).json();
        QCOMPARE(all.value(u"items").toArray().size(), kBurst);
        QCOMPARE(m_gatehoused.process().stop(), 0);
        const VerifyRun after = auditVerify(m_gatehoused.configPath());
        QVERIFY2(after.exitCode == 0, qPrintable(after.output));
        QVERIFY2(after.output.contains(u"audit chain OK: %1 records"_qs.arg(kBurst + 1)),
                 qPrintable(after.output));
    }

    void tamperingIsFoundAndNamed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("actor rewritten")
            << u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 7"_qs
            << u"BROKEN at seq 7: content does not match its hash"_qs;
        QTest::newRow("record removed") << u"DELETE FROM audit_log WHERE seq = 9"_qs
                                        << u"BROKEN at seq 9: record is missing"_qs;
        QTest::newRow("hash recomputed but link broken")
            << u"UPDATE audit_log SET prev_hash = hash WHERE seq = 12"_qs
            << u"BROKEN at seq 12: prev_hash does not match"_qs;
        QTest::newRow("tail cut off")
            << u"DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 3 FROM audit_log)"_qs
            << u"records were removed"_qs;
    }
    void tamperingIsFoundAndNamed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString copy = m_gatehoused.storePath() + u".tamper"_qs;
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_gatehoused.storePath(), copy));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tamper"_qs);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(sql));
            QVERIFY(q.numRowsAffected() > 0);
        }
        QSqlDatabase::removeDatabase(u"tamper"_qs);
        // A config pointing at the tampered copy.
        QFile config(m_gatehoused.configPath());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(config.readAll());
        text.replace(u"sqlite:gatehouse.db"_qs, u"sqlite:gatehouse.db.tamper"_qs);
        const QString tamperedConfig = m_gatehoused.configPath() + u".tamper.toml"_qs;
        QFile out(tamperedConfig);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();

        const VerifyRun verify = auditVerify(tamperedConfig);
        QCOMPARE(verify.exitCode, 65);
        QVERIFY2(verify.output.contains(expected), qPrintable(verify.output));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
