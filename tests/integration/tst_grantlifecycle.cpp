#include "ApiClient.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "audit/AuditRecord.h"
#include "audit/SignedHead.h"
#include "grants/Grant.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// The control plane's promise, end to end with the real development IdP:
// a grant expires on time with no console running, the audit chain records
// it once and verifies, and review rules hold for real users.
class TestGrantLifecycle : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;
    QHash<QString, QByteArray> m_tokens;

    QByteArray token(const QString &user)
    {
        if (!m_tokens.contains(user)) {
            QString error;
            const auto response = m_idp.signIn(user, u"api"_qs, &error);
            m_tokens.insert(user, response.value(u"access_token").toString().toLatin1());
            if (response.isEmpty())
                qWarning() << "sign-in failed for" << user << error;
        }
        return m_tokens.value(user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
        for (const char *user : {"alice", "bob", "carol"})
            QVERIFY(!token(QString::fromLatin1(user)).isEmpty());
    }

    void grantExpiresOnTimeWithoutConsole()
    {
        const auto created =
            m_api.post(u"/v1/grants"_qs, token(u"alice"_qs),
                       {{u"subject"_qs, u"bob"_qs},
                        {u"service"_qs, u"payments"_qs},
                        {u"methods"_qs, QJsonArray{u"GET"_qs}},
                        {u"duration"_qs, u"20s"_qs},
                        {u"reason"_qs, u"INC-1234: read-only look at payments"_qs}},
                       "scenario-1");
        QCOMPARE(created.status, 201);
        const QJsonObject grant = created.json();
        QCOMPARE(grant.value(u"state").toString(), u"active"_qs);
        const QString id = grant.value(u"id").toString();
        const QDateTime expiresAt = parseTime(grant.value(u"expires_at").toString());
        QCOMPARE(parseTime(grant.value(u"starts_at").toString()).secsTo(expiresAt), 20);

        // bob sees his grant in the graph.
        const auto graph = m_api.get(u"/v1/graph"_qs, token(u"bob"_qs)).json();
        const auto grants = graph.value(u"grants").toArray();
        QVERIFY(std::any_of(grants.begin(), grants.end(), [&](const QJsonValue &g) {
            return g.toObject().value(u"id").toString() == id &&
                   g.toObject().value(u"state").toString() == u"active";
        }));

        // Nobody touches it; the control plane expires it by itself.
        QJsonObject after;
        QVERIFY(pollUntil(
            [&] {
                after = m_api.get(u"/v1/grants/"_qs + id, token(u"alice"_qs)).json();
                return after.value(u"state").toString() == u"expired";
            },
            std::chrono::seconds(30)));
        const QDateTime seenExpired = QDateTime::currentDateTimeUtc();
        QVERIFY2(seenExpired >= expiresAt, "expired early");
        QVERIFY2(expiresAt.msecsTo(seenExpired) < 1500,
                 qPrintable(u"seen expired %1 ms late"_qs.arg(expiresAt.msecsTo(seenExpired))));

        // The audit chain holds created and expired, once each, and verifies.
        const auto page = m_api.get(u"/v1/audit"_qs, token(u"carol"_qs)).json();
        QList<AuditRecord> records;
        const auto items = page.value(u"items").toArray();
        for (const auto &item : items)
            records.append(AuditRecord::fromJson(item.toObject()).value());
        QStringList actions;
        for (const AuditRecord &r : std::as_const(records)) {
            if (r.objectId == id)
                actions.append(r.action);
        }
        QCOMPARE(actions, (QStringList{u"grant.created"_qs, u"grant.expired"_qs}));
        const auto expired =
            std::find_if(records.begin(), records.end(), [&](const AuditRecord &r) {
                return r.objectId == id && r.action == u"grant.expired";
            });
        QCOMPARE(expired->actor, u"gatehoused"_qs);
        QVERIFY(expired->time >= expiresAt);
        QVERIFY(expiresAt.msecsTo(expired->time) < 1000);
        const ChainVerdict verdict = verifyChain(records);
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        const auto head =
            SignedHead::fromJson(m_api.get(u"/v1/audit/head"_qs, token(u"carol"_qs)).json());
        QVERIFY(head.ok() && head->verify());
        QCOMPARE(head->hash, records.constLast().hash);
    }

    void requestNeedsAnotherOwner()
    {
        const auto request = m_api.post(u"/v1/grants"_qs, token(u"bob"_qs),
                                        {{u"subject"_qs, u"bob"_qs},
                                         {u"service"_qs, u"ledger"_qs},
                                         {u"duration"_qs, u"1h"_qs},
                                         {u"reason"_qs, u"reconcile yesterday's batch"_qs}});
        QCOMPARE(request.status, 201);
        QCOMPARE(request.json().value(u"state").toString(), u"pending"_qs);
        const QString path =
            u"/v1/grants/%1/approve"_qs.arg(request.json().value(u"id").toString());

        const auto bobs = m_api.post(path, token(u"bob"_qs), {});
        QCOMPARE(bobs.status, 403);
        QCOMPARE(bobs.json().value(u"error").toObject().value(u"message").toString(),
                 u"Only an owner of ledger can review this request."_qs);
        const auto carols = m_api.post(path, token(u"carol"_qs), {});
        QCOMPARE(carols.status, 403);
        const auto alices = m_api.post(path, token(u"alice"_qs), {});
        QCOMPARE(alices.status, 200);
        QCOMPARE(alices.json().value(u"state").toString(), u"active"_qs);
        QCOMPARE(alices.json().value(u"approved_by").toString(), u"alice"_qs);
    }

    void storeChainVerifiesOffline()
    {
        QCOMPARE(m_gatehoused.process().stop(), 0);
        QProcess verify;
        verify.start(gatehousedPath(),
                     {u"audit"_qs, u"verify"_qs, u"--config"_qs, m_gatehoused.configPath()});
        QVERIFY(verify.waitForFinished(30000));
        const QString out = QString::fromUtf8(verify.readAllStandardOutput());
        QCOMPARE(verify.exitCode(), 0);
        QVERIFY2(out.startsWith(u"audit chain OK"_qs), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestGrantLifecycle)
#include "tst_grantlifecycle.moc"
