#include "ApiClient.h"
#include "DevIdp.h"
#include "GatehousedFixture.h"
#include "audit/AuditRecord.h"
#include "audit/Ed25519Key.h"
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

    // Moves gatehoused's clock forward; returns its time after the move.
    QDateTime advanceClock(std::chrono::milliseconds step)
    {
        const auto r = m_api.post(u"/v1/testing/clock"_qs, token(u"erin"_qs),
                                  {{u"advance_ms"_qs, qint64(step.count())}});
        if (r.status != 200) {
            qWarning() << "moving the clock failed:" << r.status << r.body.left(300);
            return {};
        }
        return parseTime(r.json().value(u"now").toString());
    }

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
        // A test clock: expiry is checked by moving gatehoused's time, not
        // by waiting for it.
        QVERIFY2(m_gatehoused.start(m_idp.issuer(),
                                    u"[testing]\nadjustable_clock = true\n\n"_qs + demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
        for (const char *user : {"alice", "bob", "carol", "erin"})
            QVERIFY(!token(QString::fromLatin1(user)).isEmpty());
    }

    void grantExpiresOnTimeWithoutConsole()
    {
        const auto created =
            m_api.post(u"/v1/grants"_qs, token(u"alice"_qs),
                       {{u"subject"_qs, u"bob"_qs},
                        {u"service"_qs, u"payments"_qs},
                        {u"methods"_qs, QJsonArray{u"GET"_qs}},
                        {u"duration"_qs, u"1h"_qs},
                        {u"reason"_qs, u"INC-1234: read-only look at payments"_qs}},
                       "scenario-1");
        QCOMPARE(created.status, 201);
        const QJsonObject grant = created.json();
        QCOMPARE(grant.value(u"state").toString(), u"active"_qs);
        const QString id = grant.value(u"id").toString();
        const QDateTime expiresAt = parseTime(grant.value(u"expires_at").toString());
        QCOMPARE(parseTime(grant.value(u"starts_at").toString()).secsTo(expiresAt), 3600);

        // bob sees his grant in the graph.
        const auto graph = m_api.get(u"/v1/graph"_qs, token(u"bob"_qs)).json();
        const auto grants = graph.value(u"grants").toArray();
        QVERIFY(std::any_of(grants.begin(), grants.end(), [&](const QJsonValue &g) {
            return g.toObject().value(u"id").toString() == id &&
                   g.toObject().value(u"state").toString() == u"active";
        }));

        // Nobody touches it. gatehoused's clock (a test clock) is moved to just
        // before the end: after several reaper rounds the grant is still active.
        const auto state = [&] {
            return m_api.get(u"/v1/grants/"_qs + id, token(u"alice"_qs))
                .json()
                .value(u"state")
                .toString();
        };
        const QDateTime justBefore = advanceClock(std::chrono::seconds(3600 - 30));
        QVERIFY(justBefore.isValid());
        QVERIFY2(justBefore < expiresAt, qPrintable(formatTime(justBefore)));
        QTest::qWait(1000); // a window of four reaper rounds, in which nothing may happen
        QCOMPARE(state(), u"active"_qs);

        // Moved past the end, the control plane expires it by itself.
        const QDateTime past = advanceClock(std::chrono::seconds(30));
        QVERIFY(past >= expiresAt);
        QVERIFY(pollUntil([&] { return state() == u"expired"; }, std::chrono::seconds(20)));

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
        // Recorded at gatehoused's time, not before the end.
        QVERIFY2(expired->time >= expiresAt, qPrintable(formatTime(expired->time)));
        QVERIFY2(expired->time >= past, qPrintable(formatTime(expired->time)));
        const ChainVerdict verdict = verifyChain(records);
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        const auto head =
            SignedHead::fromJson(m_api.get(u"/v1/audit/head"_qs, token(u"carol"_qs)).json());
        const auto key = Ed25519Key::loadOrCreate(m_gatehoused.signingKeyPath());
        QVERIFY(key.ok());
        QVERIFY(head.ok() && head->verify(key.value()));
        QCOMPARE(head->hash, records.constLast().hash);
    }

    void clockMovesOnlyForAdmins()
    {
        const QJsonObject step{{u"advance_ms"_qs, 1}};
        QCOMPARE(m_api.post(u"/v1/testing/clock"_qs, token(u"alice"_qs), step).status, 403);
        QCOMPARE(m_api.post(u"/v1/testing/clock"_qs, {}, step).status, 401);
        for (const QJsonValue &bad :
             {QJsonValue(0), QJsonValue(-5), QJsonValue(u"1h"_qs), QJsonValue(1.5)}) {
            const auto r =
                m_api.post(u"/v1/testing/clock"_qs, token(u"erin"_qs), {{u"advance_ms"_qs, bad}});
            QCOMPARE(r.status, 400);
        }
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
        // Started again, for whatever runs next.
        QVERIFY2(m_gatehoused.restart(), qPrintable(m_gatehoused.diagnostics()));
        QCOMPARE(verify.exitCode(), 0);
        QVERIFY2(out.startsWith(u"audit chain OK"_qs), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestGrantLifecycle)
#include "tst_grantlifecycle.moc"
