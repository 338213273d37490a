#include "grants/GrantRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

// The API's grant request parser: strict, and every refusal names its field.
class TestGrantRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: accepted

        const QByteArray base =
            R"("subject":"bob","service":"payments","reason":"r","duration":"20s")";
        const auto body = [&](const char *extra) -> QByteArray {
            return QByteArray("{") + base + (extra[0] ? "," : "") + extra + "}";
        };
        QTest::newRow("minimal") << body("") << QString();
        QTest::newRow("full")
            << body(
                   R"("subject_kind":"agent","methods":["get","POST"],"path_prefixes":["/v1/charges"],"starts_at":"2030-01-01T10:00:00.000+02:00","ticket":"INC-1")")
            << QString();
        QTest::newRow("unknown field") << body(R"("role":"admin")") << u"role"_qs;
        QTest::newRow("bad kind") << body(R"("subject_kind":"robot")") << u"subject_kind"_qs;
        QTest::newRow("subject number")
            << QByteArray(R"({"subject":1,"service":"payments","reason":"r","duration":"20s"})")
            << u"subject"_qs;
        QTest::newRow("empty subject")
            << QByteArray(R"({"subject":" ","service":"payments","reason":"r","duration":"20s"})")
            << u"subject"_qs;
        QTest::newRow("service name")
            << QByteArray(
                   R"({"subject":"bob","service":"Pay Ments","reason":"r","duration":"20s"})")
            << u"service"_qs;
        QTest::newRow("no methods") << body(R"("methods":[])") << u"methods"_qs;
        QTest::newRow("17 methods")
            << body(
                   R"("methods":["GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET","GET"])")
            << u"methods"_qs;
        QTest::newRow("method BREW") << body(R"("methods":["BREW"])") << u"methods"_qs;
        QTest::newRow("prefix relative")
            << body(R"("path_prefixes":["v1"])") << u"path_prefixes"_qs;
        QTest::newRow("prefix query")
            << body(R"("path_prefixes":["/a?b=1"])") << u"path_prefixes"_qs;
        QTest::newRow("prefix dotdot")
            << body(R"("path_prefixes":["/a/.."])") << u"path_prefixes"_qs;
        QTest::newRow("prefix space") << body(R"("path_prefixes":["/a b"])") << u"path_prefixes"_qs;
        QTest::newRow("starts_at without offset")
            << body(R"("starts_at":"2030-01-01T10:00:00")") << u"starts_at"_qs;
        QTest::newRow("starts_at date only")
            << body(R"("starts_at":"2030-01-01")") << u"starts_at"_qs;
        QTest::newRow("no expiry")
            << QByteArray(R"({"subject":"bob","service":"payments","reason":"r"})")
            << u"expires_at"_qs;
        QTest::newRow("both expiries")
            << body(R"("expires_at":"2030-01-01T10:00:00Z")") << u"expires_at"_qs;
        QTest::newRow("duration 0s")
            << QByteArray(R"({"subject":"bob","service":"payments","reason":"r","duration":"0s"})")
            << u"duration"_qs;
        QTest::newRow("no reason")
            << QByteArray(R"({"subject":"bob","service":"payments","duration":"20s"})")
            << u"reason"_qs;
        QTest::newRow("ticket too long")
            << body(QByteArray(R"("ticket":")" + QByteArray(101, 'x') + R"(")").constData())
            << u"ticket"_qs;
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        const auto parsed = GrantRequest::parse(doc.object());
        if (field.isEmpty()) {
            QVERIFY(std::holds_alternative<GrantRequest>(parsed));
            return;
        }
        QVERIFY(std::holds_alternative<QList<FieldError>>(parsed));
        const auto errors = std::get<QList<FieldError>>(parsed);
        QVERIFY2(std::any_of(errors.begin(), errors.end(),
                             [&](const FieldError &e) { return e.field == field; }),
                 qPrintable(errors.constFirst().field + u": "_qs + errors.constFirst().message));
    }

    void normalises()
    {
        const auto doc = QJsonDocument::fromJson(
            R"({"subject":" bob ","service":"payments","reason":" why ","duration":"1h30m","methods":["get","GET","post"]})");
        auto parsed = std::get<GrantRequest>(GrantRequest::parse(doc.object()));
        QCOMPARE(parsed.subject, u"bob"_qs);
        QCOMPARE(parsed.reason, u"why"_qs);
        QCOMPARE(parsed.methods, (QStringList{u"GET"_qs, u"POST"_qs}));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        parsed.resolveTimes(now);
        QCOMPARE(parsed.startsAt, now);
        QCOMPARE(parsed.expiresAt, now.addSecs(5400));
    }
};

QTEST_GUILESS_MAIN(TestGrantRequest)
#include "tst_grantrequest.moc"
