#include "ApiClient.h"
#include "GatehousedFixture.h"
#include "StaticIdp.h"
#include "audit/AuditRecord.h"
#include "audit/Ed25519Key.h"
#include "audit/SignedHead.h"
#include "grants/Grant.h"
#include "grants/GrantErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {
struct Person
{
    QString name;
    QStringList groups;
};
const Person kAlice{u"alice"_qs, {u"payments-team"_qs}};
const Person kBob{u"bob"_qs, {u"engineering"_qs}};
const Person kCarol{u"carol"_qs, {u"auditors"_qs}};
const Person kDave{u"dave"_qs, {u"oncall"_qs, u"engineering"_qs}};
const Person kErin{u"erin"_qs, {u"gatehouse-admins"_qs}};

QJsonObject grantBody(const QString &subject, const QString &service, const QString &duration)
{
    return {{u"subject"_qs, subject},
            {u"service"_qs, service},
            {u"methods"_qs, QJsonArray{u"GET"_qs}},
            {u"duration"_qs, duration},
            {u"reason"_qs, u"investigating INC-7"_qs}};
}
QJsonObject reviewBody()
{
    return {{u"name"_qs, u"Q4 review"_qs},
            {u"period"_qs, u"2026-Q4"_qs},
            {u"due_at"_qs, formatTime(QDateTime::currentDateTimeUtc().addDays(14))},
            {u"services"_qs, QJsonArray{u"payments"_qs}}};
}
} // namespace

// gatehoused's API as a contract: who may call what (role x endpoint x
// status), what bad input gets, idempotent creation, key rotation, polling.
// Tokens come from an in-process issuer so every kind of bad token can be made.
class TestApiContract : public QObject
{
    Q_OBJECT

    StaticIdp m_idp;
    GatehousedFixture m_gatehoused;
    ApiClient m_api;

    QByteArray token(const Person &p, const QJsonObject &overrides = {}) const
    {
        return m_idp.token(p.name, p.groups, overrides);
    }
    Person person(const QString &name) const
    {
        for (const Person &p : {kAlice, kBob, kCarol, kDave, kErin}) {
            if (p.name == name)
                return p;
        }
        return {name, {}};
    }
    // A request by bob for ledger, pending review by its owners.
    QString pendingRequest()
    {
        const auto r = m_api.post(u"/v1/grants"_qs, token(kBob),
                                  grantBody(u"bob"_qs, u"ledger"_qs, u"30m"_qs));
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }
    QString activeGrant()
    {
        const auto r = m_api.post(u"/v1/grants"_qs, token(kAlice),
                                  grantBody(u"bob"_qs, u"payments"_qs, u"30m"_qs));
        return r.status == 201 ? r.json().value(u"id").toString() : QString();
    }
    qint64 auditSeq() const
    {
        return m_api.get(u"/v1/audit/head"_qs, token(kCarol)).json().value(u"seq").toInteger();
    }
    int grantCount() const
    {
        return int(
            m_api.get(u"/v1/grants"_qs, token(kCarol)).json().value(u"items").toArray().size());
    }

    // A grant the API answers with reads in the console's strict codec and
    // writes back byte for byte: one wire form on both sides.
    static void readsAsGrant(const QJsonObject &json)
    {
        const auto grant = Grant::fromJson(json);
        QVERIFY2(grant.ok(), qPrintable(grant.ok() ? QString() : grant.error().logText()));
        QCOMPARE(grant->toJson(), json);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_idp.start());
        QVERIFY2(m_gatehoused.start(m_idp.issuer(), demoCatalog()),
                 qPrintable(m_gatehoused.diagnostics()));
        m_api.setBase(m_gatehoused.url());
    }

    void roleMatrix_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        const QStringList everyone{u"alice"_qs, u"bob"_qs, u"carol"_qs, u"dave"_qs, u"erin"_qs};
        for (const QString &who : everyone) {
            for (const QString &call : {u"me"_qs, u"graph"_qs, u"grants"_qs})
                QTest::addRow("%s %s", qPrintable(who), qPrintable(call)) << who << call << 200;
            const bool readsAudit = who == u"carol" || who == u"erin";
            QTest::addRow("%s audit", qPrintable(who))
                << who << u"audit"_qs << (readsAudit ? 200 : 403);
            QTest::addRow("%s audit head", qPrintable(who))
                << who << u"head"_qs << (readsAudit ? 200 : 403);
            QTest::addRow("%s requests access", qPrintable(who)) << who << u"request"_qs << 201;
            // Only an owner other than the requester may approve bob's request.
            QTest::addRow("%s approves", qPrintable(who))
                << who << u"approve"_qs << (who == u"alice" ? 200 : 403);
            QTest::addRow("%s denies", qPrintable(who))
                << who << u"deny"_qs << (who == u"alice" ? 200 : 403);
            // Revoking bob's active grant on payments: owners and admins.
            const bool revokes = who == u"alice" || who == u"erin";
            QTest::addRow("%s revokes", qPrintable(who))
                << who << u"revoke"_qs << (revokes ? 200 : 403);
            QTest::addRow("%s extends", qPrintable(who))
                << who << u"extend"_qs << (revokes ? 200 : 403);
            QTest::addRow("%s lists reviews", qPrintable(who)) << who << u"reviews"_qs << 200;
            QTest::addRow("%s opens a review", qPrintable(who))
                << who << u"open review"_qs << (who == u"erin" ? 201 : 403);
        }
        for (const QString &call : {u"me"_qs, u"graph"_qs, u"grants"_qs, u"audit"_qs, u"request"_qs,
                                    u"approve"_qs, u"reviews"_qs, u"open review"_qs})
            QTest::addRow("anonymous %s", qPrintable(call)) << QString() << call << 401;
    }
    void roleMatrix()
    {
        QFETCH(QString, who);
        QFETCH(QString, call);
        QFETCH(int, status);
        const QByteArray t = who.isEmpty() ? QByteArray() : token(person(who));
        HttpResult r;
        if (call == u"me")
            r = m_api.get(u"/v1/me"_qs, t);
        else if (call == u"graph")
            r = m_api.get(u"/v1/graph"_qs, t);
        else if (call == u"grants")
            r = m_api.get(u"/v1/grants"_qs, t);
        else if (call == u"audit")
            r = m_api.get(u"/v1/audit"_qs, t);
        else if (call == u"head")
            r = m_api.get(u"/v1/audit/head"_qs, t);
        else if (call == u"request")
            r = m_api.post(u"/v1/grants"_qs, t, grantBody(who, u"ledger"_qs, u"10m"_qs));
        else if (call == u"approve" || call == u"deny")
            r = m_api.post(u"/v1/grants/%1/%2"_qs.arg(pendingRequest(), call), t, {});
        else if (call == u"revoke")
            r = m_api.post(u"/v1/grants/%1/revoke"_qs.arg(activeGrant()), t, {});
        else if (call == u"extend")
            r = m_api.post(
                u"/v1/grants/%1/extend"_qs.arg(activeGrant()), t,
                {{u"expires_at"_qs, formatTime(QDateTime::currentDateTimeUtc().addSecs(3600))}});
        else if (call == u"reviews")
            r = m_api.get(u"/v1/reviews"_qs, t);
        else if (call == u"open review")
            r = m_api.post(u"/v1/reviews"_qs, t, reviewBody());
        QVERIFY2(r.status == status,
                 qPrintable(u"%1: %2"_qs.arg(r.status).arg(QString::fromUtf8(r.body))));
        if (status >= 400)
            QVERIFY(!r.json().value(u"error").toObject().value(u"message").toString().isEmpty());
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void badInputIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("tokenKind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const auto json = [](QJsonObject o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const QJsonObject good = grantBody(u"bob"_qs, u"payments"_qs, u"20s"_qs);
        const auto with = [&](const char *key, const QJsonValue &v) {
            QJsonObject o = good;
            o.insert(QLatin1String(key), v);
            return json(o);
        };
        const auto without = [&](const char *key) {
            QJsonObject o = good;
            o.remove(QLatin1String(key));
            return json(o);
        };
        const QByteArray ct = "application/json";
        QTest::newRow("malformed JSON") << QByteArray("{\"subject\": ") << ct << u"ok"_qs << 400
                                        << u"malformed_json"_qs << QString();
        QTest::newRow("array body")
            << QByteArray("[]") << ct << u"ok"_qs << 400 << u"malformed_json"_qs << QString();
        QTest::newRow("form body")
            << QByteArray("subject=bob") << QByteArray("application/x-www-form-urlencoded")
            << u"ok"_qs << 415 << u"unsupported_media_type"_qs << QString();
        QTest::newRow("unknown field") << with("admin", true) << ct << u"ok"_qs << 400
                                       << u"validation_failed"_qs << u"admin"_qs;
        QTest::newRow("subject not a string") << with("subject", 5) << ct << u"ok"_qs << 400
                                              << u"validation_failed"_qs << u"subject"_qs;
        QTest::newRow("methods not a list") << with("methods", u"GET"_qs) << ct << u"ok"_qs << 400
                                            << u"validation_failed"_qs << u"methods"_qs;
        QTest::newRow("unknown method") << with("methods", QJsonArray{u"BREW"_qs}) << ct << u"ok"_qs
                                        << 400 << u"validation_failed"_qs << u"methods"_qs;
        QTest::newRow("path with ..")
            << with("path_prefixes", QJsonArray{u"/a/../b"_qs}) << ct << u"ok"_qs << 400
            << u"validation_failed"_qs << u"path_prefixes"_qs;
        QTest::newRow("overlong reason") << with("reason", QString(501, u'x')) << ct << u"ok"_qs
                                         << 400 << u"validation_failed"_qs << u"reason"_qs;
        QTest::newRow("overlong subject") << with("subject", QString(201, u'x')) << ct << u"ok"_qs
                                          << 400 << u"validation_failed"_qs << u"subject"_qs;
        QTest::newRow("missing reason") << without("reason") << ct << u"ok"_qs << 400
                                        << u"validation_failed"_qs << u"reason"_qs;
        QTest::newRow("blank reason") << with("reason", u"   "_qs) << ct << u"ok"_qs << 400
                                      << u"validation_failed"_qs << u"reason"_qs;
        QTest::newRow("bad duration") << with("duration", u"forever"_qs) << ct << u"ok"_qs << 400
                                      << u"validation_failed"_qs << u"duration"_qs;
        QTest::newRow("expiry and duration")
            << with("expires_at", u"2030-01-01T00:00:00Z"_qs) << ct << u"ok"_qs << 400
            << u"validation_failed"_qs << u"expires_at"_qs;
        QTest::newRow("not RFC 3339") << with("starts_at", u"tomorrow"_qs) << ct << u"ok"_qs << 400
                                      << u"validation_failed"_qs << u"starts_at"_qs;
        QTest::newRow("past the cap") << with("duration", u"5h"_qs) << ct << u"ok"_qs << 422
                                      << u"grant.over_cap"_qs << QString();
        QTest::newRow("starts in the past") << with("starts_at", u"2020-01-01T00:00:00Z"_qs) << ct
                                            << u"ok"_qs << 422 << u"grant.window"_qs << QString();
        QTest::newRow("unknown service") << with("service", u"nope"_qs) << ct << u"ok"_qs << 422
                                         << u"grant.unknown_service"_qs << QString();
        QTest::newRow("ticket required") << with("service", u"refunds"_qs) << ct << u"ok"_qs << 422
                                         << u"grant.ticket_required"_qs << QString();
        QTest::newRow("body over 64 KiB")
            << with("reason", QString(70 * 1024, u'x')) << ct << u"ok"_qs << 413
            << u"payload_too_large"_qs << QString();
        QTest::newRow("forged token")
            << json(good) << ct << u"forged"_qs << 401 << u"token.signature"_qs << QString();
        QTest::newRow("expired token")
            << json(good) << ct << u"expired"_qs << 401 << u"token.expired"_qs << QString();
        QTest::newRow("token for the edge")
            << json(good) << ct << u"edge"_qs << 401 << u"token.audience"_qs << QString();
        QTest::newRow("token from another issuer")
            << json(good) << ct << u"issuer"_qs << 401 << u"token.issuer"_qs << QString();
        QTest::newRow("unsigned token")
            << json(good) << ct << u"none"_qs << 401 << u"token.algorithm"_qs << QString();
        QTest::newRow("no token") << json(good) << ct << u"missing"_qs << 401 << u"token.missing"_qs
                                  << QString();
    }
    void badInputIsRefusedAndWritesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, tokenKind);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);

        const qint64 seqBefore = auditSeq();
        const int grantsBefore = grantCount();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QByteArray t = token(kAlice);
        if (tokenKind == u"forged")
            t = m_idp.forgedToken(u"alice"_qs, kAlice.groups);
        else if (tokenKind == u"expired")
            t = token(kAlice, {{u"iat"_qs, now - 900}, {u"exp"_qs, now - 600}});
        else if (tokenKind == u"edge")
            t = token(kAlice, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        else if (tokenKind == u"issuer")
            t = token(kAlice, {{u"iss"_qs, u"https://idp.example.test"_qs}});
        else if (tokenKind == u"none")
            t = makeUnsignedJwt(
                {{u"alg"_qs, u"none"_qs}, {u"kid"_qs, u"static-1"_qs}},
                QJsonDocument::fromJson(
                    QByteArray::fromBase64(t.split('.').at(1), QByteArray::Base64UrlEncoding))
                    .object());
        else if (tokenKind == u"missing")
            t.clear();

        const auto r = m_api.postRaw(u"/v1/grants"_qs, t, body, contentType);
        QVERIFY2(r.status == status,
                 qPrintable(u"%1 %2"_qs.arg(r.status).arg(QString::fromUtf8(r.body.left(300)))));
        const auto error = r.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), code);
        QVERIFY(!error.value(u"message").toString().isEmpty());
        // Every grant error is one of the contract's codes (GrantErrors.h).
        if (code.startsWith(u"grant."))
            QVERIFY2(grantErrorCode(code).has_value(), qPrintable(code));
        if (!field.isEmpty()) {
            const auto details = error.value(u"details").toArray();
            QVERIFY(std::any_of(details.begin(), details.end(), [&](const QJsonValue &d) {
                return d.toObject().value(u"field").toString() == field;
            }));
        }
        QVERIFY(!r.body.contains("Exception") && !r.body.contains(".cpp"));
        QCOMPARE(auditSeq(), seqBefore);
        QCOMPARE(grantCount(), grantsBefore);
    }

    void reviewInputIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject o = reviewBody();
            o.insert(QLatin1String(key), v);
            return o;
        };
        const auto without = [](const char *key) {
            QJsonObject o = reviewBody();
            o.remove(QLatin1String(key));
            return o;
        };
        QTest::newRow("unknown field") << with("owner", u"alice"_qs) << u"owner"_qs;
        QTest::newRow("no name") << without("name") << u"name"_qs;
        QTest::newRow("name with a bidi override")
            << with("name", u"Q4 \u202e review"_qs) << u"name"_qs;
        QTest::newRow("bad period") << with("period", u"2026-Q5"_qs) << u"period"_qs;
        QTest::newRow("no due date") << without("due_at") << u"due_at"_qs;
        QTest::newRow("due in the past")
            << with("due_at", u"2020-01-01T00:00:00Z"_qs) << u"due_at"_qs;
        QTest::newRow("unknown service")
            << with("services", QJsonArray{u"nope"_qs}) << u"services"_qs;
        QTest::newRow("bad threshold")
            << with("min_grant_duration", u"long"_qs) << u"min_grant_duration"_qs;
        QTest::newRow("revoke flag not a boolean")
            << with("revoke_unreviewed", u"yes"_qs) << u"revoke_unreviewed"_qs;
    }
    void reviewInputIsRefusedAndWritesNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 seqBefore = auditSeq();
        const auto r = m_api.post(u"/v1/reviews"_qs, token(kErin), body);
        QVERIFY2(r.status == 400, r.body.constData());
        const QJsonObject error = r.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"validation_failed"_qs);
        QCOMPARE(error.value(u"details").toArray().first().toObject().value(u"field").toString(),
                 field);
        QCOMPARE(auditSeq(), seqBefore);
    }

    void creationIsIdempotent()
    {
        const int before = grantCount();
        const QJsonObject body = grantBody(u"bob"_qs, u"payments"_qs, u"15m"_qs);
        const auto first = m_api.post(u"/v1/grants"_qs, token(kAlice), body, "retry-key-1");
        QCOMPARE(first.status, 201);
        const auto again = m_api.post(u"/v1/grants"_qs, token(kAlice), body, "retry-key-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"id"), first.json().value(u"id"));
        QCOMPARE(grantCount(), before + 1);

        QJsonObject changed = body;
        changed.insert(u"duration"_qs, u"20m"_qs);
        const auto conflict = m_api.post(u"/v1/grants"_qs, token(kAlice), changed, "retry-key-1");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(grantCount(), before + 1);
        // The key is per requester: bob may use the same string.
        const auto bobs = m_api.post(u"/v1/grants"_qs, token(kBob),
                                     grantBody(u"bob"_qs, u"ledger"_qs, u"5m"_qs), "retry-key-1");
        QCOMPARE(bobs.status, 201);
    }

    void lifecycleRules()
    {
        // bob's own request stays pending; he cannot approve it, carol cannot either.
        const QString id = pendingRequest();
        QVERIFY(!id.isEmpty());
        auto g = m_api.get(u"/v1/grants/"_qs + id, token(kBob)).json();
        QCOMPARE(g.value(u"state").toString(), u"pending"_qs);
        QVERIFY(!g.value(u"review_by").toString().isEmpty());
        QCOMPARE(m_api.post(u"/v1/grants/%1/approve"_qs.arg(id), token(kBob), {}).status, 403);
        QCOMPARE(m_api.post(u"/v1/grants/%1/approve"_qs.arg(id), token(kCarol), {}).status, 403);
        const auto approved = m_api.post(u"/v1/grants/%1/approve"_qs.arg(id), token(kAlice), {});
        QCOMPARE(approved.status, 200);
        QCOMPARE(approved.json().value(u"state").toString(), u"active"_qs);
        readsAsGrant(approved.json());
        QCOMPARE(approved.json().value(u"approved_by").toString(), u"alice"_qs);
        // Approving twice is a conflict, not a second change.
        QCOMPARE(m_api.post(u"/v1/grants/%1/approve"_qs.arg(id), token(kAlice), {}).status, 409);

        // An owner granting to themselves needs another owner.
        const auto self = m_api.post(u"/v1/grants"_qs, token(kAlice),
                                     grantBody(u"alice"_qs, u"payments"_qs, u"10m"_qs));
        QCOMPARE(self.status, 201);
        QCOMPARE(self.json().value(u"state").toString(), u"pending"_qs);
        readsAsGrant(self.json());

        // Extend stays within the cap (ledger: 2h from starts_at).
        const QDateTime starts = parseTime(approved.json().value(u"starts_at").toString());
        const auto tooLong = m_api.post(u"/v1/grants/%1/extend"_qs.arg(id), token(kAlice),
                                        {{u"expires_at"_qs, formatTime(starts.addSecs(3 * 3600))}});
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.json().value(u"error").toObject().value(u"code").toString(),
                 u"grant.over_cap"_qs);
        const auto longer = m_api.post(u"/v1/grants/%1/extend"_qs.arg(id), token(kAlice),
                                       {{u"expires_at"_qs, formatTime(starts.addSecs(3600))}});
        QCOMPARE(longer.status, 200);
        readsAsGrant(longer.json());

        // bob may withdraw his own request; others' grants are hidden from him.
        const QString other = pendingRequest();
        QCOMPARE(m_api.post(u"/v1/grants/%1/revoke"_qs.arg(other), token(kBob), {}).status, 200);
        const auto dave = m_api.post(u"/v1/grants"_qs, token(kDave),
                                     grantBody(u"dave"_qs, u"ledger"_qs, u"5m"_qs));
        QCOMPARE(
            m_api.get(u"/v1/grants/"_qs + dave.json().value(u"id").toString(), token(kBob)).status,
            404);
        const auto bobsList =
            m_api.get(u"/v1/grants"_qs, token(kBob)).json().value(u"items").toArray();
        QVERIFY(!bobsList.isEmpty());
        for (const auto &item : bobsList) {
            const auto g = item.toObject();
            QVERIFY(g.value(u"requested_by").toString() == u"bob" ||
                    g.value(u"subject").toString() == u"bob");
        }
        const auto davesList =
            m_api.get(u"/v1/grants"_qs, token(kDave)).json().value(u"items").toArray();
        QVERIFY(davesList.size() > bobsList.size()); // on-call sees every grant
    }

    void unknownKeyIsRefetchedOnce()
    {
        const int before = m_idp.jwksRequests();
        const QByteArray rotated = m_idp.tokenWithRotatedKey(u"alice"_qs, kAlice.groups);
        // Refused at once (decisions never wait for the IdP); the keys are
        // refetched in the background, and then the token is taken.
        const auto first = m_api.get(u"/v1/me"_qs, rotated);
        QCOMPARE(first.status, 401);
        QCOMPARE(first.json().value(u"error").toObject().value(u"code").toString(),
                 u"token.unknown_key"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(m_api.get(u"/v1/me"_qs, rotated).status, 200, 20000);
        QCOMPARE(m_idp.jwksRequests(), before + 1);
        // A token naming a key nobody publishes right after: refused, no new fetch.
        QByteArray bogus = m_idp.forgedToken(u"alice"_qs, kAlice.groups);
        const auto parts = bogus.split('.');
        QJsonObject header{{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, u"nobody"_qs}};
        bogus = QJsonDocument(header)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                '.' + parts.at(1) + '.' + parts.at(2);
        const auto r = m_api.get(u"/v1/me"_qs, bogus);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(),
                 u"token.unknown_key"_qs);
        QCOMPARE(m_idp.jwksRequests(), before + 1);
    }

    void graphCanBePolledCheaply()
    {
        const auto first = m_api.get(u"/v1/graph"_qs, token(kDave));
        QCOMPARE(first.status, 200);
        const auto graph = first.json();
        QCOMPARE(graph.value(u"services"_qs).toArray().size(), 20);
        QVERIFY(graph.value(u"permissions"_qs).toArray().size() >= 5);
        const qint64 version = graph.value(u"version").toInteger();
        QCOMPARE(first.header("ETag"), '"' + QByteArray::number(version) + '"');
        const auto same = m_api.get(u"/v1/graph?since=%1"_qs.arg(version), token(kDave));
        QCOMPARE(same.status, 304);
        QVERIFY(same.body.isEmpty());
        QVERIFY(!activeGrant().isEmpty());
        const auto changed = m_api.get(u"/v1/graph?since=%1"_qs.arg(version), token(kDave));
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.json().value(u"version").toInteger() > version);
    }

    void adminsManageTheCatalog()
    {
        const QJsonObject sandbox{{u"team"_qs, u"platform-team"_qs},
                                  {u"owners"_qs, QJsonArray{u"bob"_qs}},
                                  {u"edge_hosts"_qs, QJsonArray{u"Sandbox.localhost"_qs}},
                                  {u"max_grant"_qs, u"1h"_qs}};
        QCOMPARE(m_api.put(u"/v1/services/sandbox"_qs, token(kAlice), sandbox).status, 403);
        const auto created = m_api.put(u"/v1/services/sandbox"_qs, token(kErin), sandbox);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"source").toString(), u"api"_qs);
        QCOMPARE(created.json().value(u"edge_hosts").toArray().first().toString(),
                 u"sandbox.localhost"_qs);
        QJsonObject changed = sandbox;
        changed.insert(u"description"_qs, u"scratch space"_qs);
        QCOMPARE(m_api.put(u"/v1/services/sandbox"_qs, token(kErin), changed).status, 200);
        // Configuration-defined services and their hosts are not the API's to change.
        QCOMPARE(m_api.put(u"/v1/services/payments"_qs, token(kErin), sandbox).status, 409);
        QJsonObject stealsHost = sandbox;
        stealsHost.insert(u"edge_hosts"_qs, QJsonArray{u"payments.localhost"_qs});
        QCOMPARE(m_api.put(u"/v1/services/other"_qs, token(kErin), stealsHost).status, 409);
        QJsonObject bad = sandbox;
        bad.insert(u"max_grant"_qs, u"forever"_qs);
        const auto refused = m_api.put(u"/v1/services/sandbox"_qs, token(kErin), bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()
                     .value(u"error")
                     .toObject()
                     .value(u"details")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"field")
                     .toString(),
                 u"max_grant"_qs);

        // The new owner can grant on it at once, within its cap.
        const auto grant = m_api.post(u"/v1/grants"_qs, token(kBob),
                                      grantBody(u"dave"_qs, u"sandbox"_qs, u"30m"_qs));
        QCOMPARE(grant.status, 201);
        QCOMPARE(grant.json().value(u"state").toString(), u"active"_qs);
        QCOMPARE(
            m_api
                .post(u"/v1/grants"_qs, token(kBob), grantBody(u"dave"_qs, u"sandbox"_qs, u"2h"_qs))
                .status,
            422);

        QCOMPARE(m_api.remove(u"/v1/services/sandbox"_qs, token(kErin)).status,
                 409); // grant still open
        QCOMPARE(m_api
                     .post(u"/v1/grants/%1/revoke"_qs.arg(grant.json().value(u"id").toString()),
                           token(kBob), {})
                     .status,
                 200);
        QCOMPARE(m_api.remove(u"/v1/services/sandbox"_qs, token(kBob)).status, 403);
        QCOMPARE(m_api.remove(u"/v1/services/sandbox"_qs, token(kErin)).status, 200);
        QCOMPARE(m_api.remove(u"/v1/services/sandbox"_qs, token(kErin)).status, 404);
        QCOMPARE(m_api.remove(u"/v1/services/payments"_qs, token(kErin)).status, 409);
        const auto services =
            m_api.get(u"/v1/services"_qs, token(kBob)).json().value(u"items").toArray();
        QCOMPARE(services.size(), 20);

        QStringList actions;
        const auto audit =
            m_api.get(u"/v1/audit"_qs, token(kCarol)).json().value(u"items").toArray();
        for (const auto &r : audit) {
            if (r.toObject().value(u"object_id").toString() == u"sandbox")
                actions.append(r.toObject().value(u"action").toString());
        }
        QCOMPARE(actions, (QStringList{u"catalog.service_saved"_qs, u"catalog.service_saved"_qs,
                                       u"catalog.service_deleted"_qs}));
    }

    void auditExportVerifies()
    {
        const auto page = m_api.get(u"/v1/audit?after=0"_qs, token(kCarol)).json();
        QList<AuditRecord> records;
        const auto items = page.value(u"items").toArray();
        for (const auto &item : items)
            records.append(AuditRecord::fromJson(item.toObject()).value());
        QVERIFY(records.size() > 10);
        const ChainVerdict verdict = verifyChain(records, page.value(u"prev_hash").toString());
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        const auto head =
            SignedHead::fromJson(m_api.get(u"/v1/audit/head"_qs, token(kCarol)).json());
        QVERIFY(head.ok());
        const auto key = Ed25519Key::loadOrCreate(m_gatehoused.signingKeyPath());
        QVERIFY(key.ok());
        QVERIFY(head->verify(key.value()));
        QCOMPARE(head->seq, records.constLast().seq);
        QCOMPARE(head->hash, records.constLast().hash);
        // Taking an export is on record too, and the head it returns covers it.
        QCOMPARE(
            m_api.post(u"/v1/audit/exports"_qs, token(kBob), {{u"purpose"_qs, u"x"_qs}}).status,
            403);
        QCOMPARE(m_api.post(u"/v1/audit/exports"_qs, token(kCarol), {}).status, 400);
        const auto exported =
            m_api.post(u"/v1/audit/exports"_qs, token(kCarol),
                       {{u"after"_qs, 0}, {u"purpose"_qs, u"SOC 2 Q4 sample"_qs}});
        QCOMPARE(exported.status, 201);
        const auto exportRecord =
            AuditRecord::fromJson(exported.json().value(u"export").toObject());
        QVERIFY(exportRecord.ok());
        QCOMPARE(exportRecord->action, u"audit.exported"_qs);
        QCOMPARE(exportRecord->actor, u"carol"_qs);
        QCOMPARE(exportRecord->prevHash, records.constLast().hash);
        const auto exportHead = SignedHead::fromJson(exported.json().value(u"head").toObject());
        QVERIFY(exportHead.ok() && exportHead->verify(key.value()));
        QCOMPARE(exportHead->seq, exportRecord->seq);

        // A later page links to the one before it.
        const qint64 middle = records.at(4).seq;
        const auto tail = m_api.get(u"/v1/audit?after=%1"_qs.arg(middle), token(kErin)).json();
        QCOMPARE(tail.value(u"prev_hash").toString(), records.at(4).hash);
    }
};

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
