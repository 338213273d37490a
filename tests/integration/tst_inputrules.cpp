#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "grants/Grant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

// What gatehoused's API refuses in a grant request, and what it re-checks when
// a request is approved, against the real gatehoused. Each refusal is a 4xx
// that names the field or the rule, and writes nothing.
class TestInputRules : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;

    QByteArray alice() const { return m_idp.token(u"alice"_qs, {u"payments-team"_qs}); }
    QByteArray bob() const { return m_idp.token(u"bob"_qs, {u"engineering"_qs}); }
    QByteArray carol() const { return m_idp.token(u"carol"_qs, {u"auditors"_qs}); }
    QByteArray erin() const { return m_idp.token(u"erin"_qs, {u"gatehouse-admins"_qs}); }

    qint64 auditSeq() const
    {
        return m_api.get(u"/v1/audit/head"_qs, carol()).json().value(u"seq").toInteger();
    }
    QString errorField(const HttpResult &r) const
    {
        const auto details = r.json().value(u"error").toObject().value(u"details").toArray();
        return details.isEmpty() ? QString()
                                 : details.first().toObject().value(u"field").toString();
    }
    // A service only this test changes, owned by alice, approval by an owner.
    bool saveLab(const QString &maxGrant, bool ticketRequired)
    {
        const auto r = m_api.put(u"/v1/services/approvals-lab"_qs, erin(),
                                 {{u"team"_qs, u"payments-team"_qs},
                                  {u"owners"_qs, QJsonArray{u"alice"_qs, u"zoe"_qs}},
                                  {u"edge_hosts"_qs, QJsonArray{u"approvals-lab.localhost"_qs}},
                                  {u"max_grant"_qs, maxGrant},
                                  {u"approval"_qs, u"owner"_qs},
                                  {u"ticket_required"_qs, ticketRequired}});
        if (r.status != 200 && r.status != 201)
            qWarning() << "saving approvals-lab:" << r.status << r.body.left(300);
        return r.status == 200 || r.status == 201;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
    }

    void unsafeTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code"); // empty: accepted (201)
        QTest::addColumn<QString>("field");

        const auto grant = [](const QByteArray &subject, const QByteArray &reason,
                              const QByteArray &duration = "20s") -> QByteArray {
            return QByteArray("{\"subject\":\"") + subject +
                   "\",\"service\":\"payments\",\"duration\":\"" + duration + "\",\"reason\":\"" +
                   reason + "\"}";
        };
        const QString invalid = u"validation_failed"_qs;
        const QString malformed = u"malformed_json"_qs;
        // Raw control bytes inside JSON strings: RFC 8259 requires them escaped.
        QTest::newRow("raw SOH in reason") << grant("bob", "a\x01z") << malformed << u"reason"_qs;
        QTest::newRow("raw newline in reason")
            << grant("bob", "one\ntwo") << malformed << u"reason"_qs;
        QTest::newRow("raw tab in subject") << grant("bo\tb", "why") << malformed << u"subject"_qs;
        QTest::newRow("raw ESC in subject")
            << grant("bob\x1b[2J", "why") << malformed << u"subject"_qs;
        // Escaped, they are well-formed JSON but not acceptable text.
        QTest::newRow("escaped BEL in subject")
            << grant("bob\\u0007", "why") << invalid << u"subject"_qs;
        QTest::newRow("escaped newline in reason")
            << grant("bob", "one\\ntwo") << invalid << u"reason"_qs;
        QTest::newRow("RLO in subject") << grant("bob\\u202e", "why") << invalid << u"subject"_qs;
        QTest::newRow("LRI in reason") << grant("bob", "a\\u2066b") << invalid << u"reason"_qs;
        QTest::newRow("ZWSP in subject") << grant("b\\u200bob", "why") << invalid << u"subject"_qs;
        QTest::newRow("ZWJ in reason") << grant("bob", "a\\u200db") << invalid << u"reason"_qs;
        QTest::newRow("word joiner in subject")
            << grant("bo\\u2060b", "why") << invalid << u"subject"_qs;
        QTest::newRow("BOM in reason") << grant("bob", "\\ufeffwhy") << invalid << u"reason"_qs;
        QTest::newRow("lone surrogate in subject")
            << grant("bob\\ud800", "why") << invalid << u"subject"_qs;
        QTest::newRow("lone surrogate in reason")
            << grant("bob", "why\\udfff") << invalid << u"reason"_qs;
        QTest::newRow("fullwidth digit duration")
            << grant("bob", "why", "\\uff15m") << invalid << u"duration"_qs;
        QTest::newRow("fullwidth digit duration, raw UTF-8")
            << grant("bob", "why", "\xef\xbc\x95m") << invalid << u"duration"_qs;
        // What people do write is accepted.
        QTest::newRow("accents, dash and emoji")
            << grant("zo\\u00eb", "caf\\u00e9 \\u2014 on call \\ud83d\\ude80") << QString()
            << QString();
    }
    void unsafeTextIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const qint64 before = auditSeq();
        const auto r = m_api.postRaw(u"/v1/grants"_qs, alice(), body);
        if (code.isEmpty()) {
            QVERIFY2(r.status == 201, r.body.constData());
            return;
        }
        QVERIFY2(r.status == 400,
                 qPrintable(u"%1 %2"_qs.arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), code);
        QCOMPARE(errorField(r), field);
        QVERIFY(!r.json().value(u"error").toObject().value(u"message").toString().isEmpty());
        QCOMPARE(auditSeq(), before);
    }

    // A service's names follow the same rules as a grant's subject; its
    // description those of a reason.
    void unsafeServiceTextIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("RLO in team") << u"team"_qs << QJsonValue(u"pay\u202ements"_qs) << false;
        QTest::newRow("ZWSP in an owner")
            << u"owners"_qs << QJsonValue(QJsonArray{u"al\u200bice"_qs}) << false;
        QTest::newRow("NBSP in an owner")
            << u"owners"_qs << QJsonValue(QJsonArray{u"alice\u00a0"_qs}) << false;
        QTest::newRow("BEL in description")
            << u"description"_qs << QJsonValue(u"ring\u0007"_qs) << false;
        QTest::newRow("accented description")
            << u"description"_qs << QJsonValue(u"caf\u00e9 ledger"_qs) << true;
    }
    void unsafeServiceTextIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QJsonObject body{{u"team"_qs, u"lab-team"_qs},
                         {u"owners"_qs, QJsonArray{u"alice"_qs}},
                         {u"edge_hosts"_qs, QJsonArray{u"text-lab.localhost"_qs}}};
        body.insert(field, value);
        const auto r = m_api.put(u"/v1/services/text-lab"_qs, erin(), body);
        if (accepted) {
            QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
            return;
        }
        QVERIFY2(r.status == 400, r.body.constData());
        QCOMPARE(errorField(r), field);
    }

    // The cap is exact to the millisecond: payments allows 4 h.
    void capIsExact_data()
    {
        QTest::addColumn<qint64>("lengthMs");
        QTest::addColumn<int>("status");
        QTest::newRow("exactly 4 h") << qint64(4 * 3600 * 1000) << 201;
        QTest::newRow("4 h and 1 ms") << qint64(4 * 3600 * 1000 + 1) << 422;
        QTest::newRow("4 h and 999 ms") << qint64(4 * 3600 * 1000 + 999) << 422;
    }
    void capIsExact()
    {
        QFETCH(qint64, lengthMs);
        QFETCH(int, status);
        // A whole second a minute ahead: the window is exactly as written.
        const QDateTime starts =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 60, Qt::UTC);
        const auto r = m_api.post(u"/v1/grants"_qs, alice(),
                                  {{u"subject"_qs, u"bob"_qs},
                                   {u"service"_qs, u"payments"_qs},
                                   {u"starts_at"_qs, formatTime(starts)},
                                   {u"expires_at"_qs, formatTime(starts.addMSecs(lengthMs))},
                                   {u"reason"_qs, u"cap check"_qs}});
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 422)
            QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(),
                     u"grant.over_cap"_qs);
    }

    // An owner approves a request under the service's rules as they are at
    // approval, not as they were when it was made.
    void approveRechecksCurrentRules()
    {
        QVERIFY(saveLab(u"8h"_qs, false));
        const auto requested = m_api.post(u"/v1/grants"_qs, bob(),
                                          {{u"subject"_qs, u"bob"_qs},
                                           {u"service"_qs, u"approvals-lab"_qs},
                                           {u"duration"_qs, u"8h"_qs},
                                           {u"reason"_qs, u"overnight migration"_qs}});
        QCOMPARE(requested.status, 201);
        QCOMPARE(requested.json().value(u"state").toString(), u"pending"_qs);
        const QString id = requested.json().value(u"id").toString();
        const QString approve = u"/v1/grants/%1/approve"_qs.arg(id);

        // The cap came down to 1 h: the 8 h request cannot be approved.
        QVERIFY(saveLab(u"1h"_qs, false));
        const qint64 before = auditSeq();
        const auto overCap = m_api.post(approve, alice(), {});
        QVERIFY2(overCap.status == 409, overCap.body.constData());
        const auto error = overCap.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"grant.rules_changed"_qs);
        QVERIFY2(error.value(u"message").toString().contains(u"at most 1h"_qs),
                 qPrintable(error.value(u"message").toString()));
        QCOMPARE(auditSeq(), before);

        // The cap is back, but a ticket became required and the request has none.
        QVERIFY(saveLab(u"8h"_qs, true));
        const auto noTicket = m_api.post(approve, alice(), {});
        QVERIFY2(noTicket.status == 409, noTicket.body.constData());
        QVERIFY2(noTicket.json()
                     .value(u"error")
                     .toObject()
                     .value(u"message")
                     .toString()
                     .contains(u"ticket"_qs),
                 noTicket.body.constData());
        QCOMPARE(m_api.get(u"/v1/grants/"_qs + id, alice()).json().value(u"state").toString(),
                 u"pending"_qs);

        // Under rules it fits, it is approved.
        QVERIFY(saveLab(u"8h"_qs, false));
        const auto approved = m_api.post(approve, alice(), {});
        QVERIFY2(approved.status == 200, approved.body.constData());
        QCOMPARE(approved.json().value(u"state").toString(), u"active"_qs);
        QCOMPARE(m_api.post(u"/v1/grants/%1/revoke"_qs.arg(id), alice(), {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_inputrules.moc"
