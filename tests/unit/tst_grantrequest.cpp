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
            "\"subject\":\"bob\",\"service\":\"payments\",\"reason\":\"r\",\"duration\":\"20s\"";
        const auto body = [&](const char *extra) -> QByteArray {
            return QByteArray("{") + base + (extra[0] ? "," : "") + extra + "}";
        };
        QTest::newRow("minimal") << body("") << QString();
        QTest::newRow("full") << body("\"subject_kind\":\"agent\",\"methods\":[\"get\",\"POST\"],"
                                      "\"path_prefixes\":[\"/v1/"
                                      "charges\"],\"starts_at\":\"2030-01-01T10:00:00.000+02:00\","
                                      "\"ticket\":\"INC-1\"")
                              << QString();
        QTest::newRow("unknown field") << body("\"role\":\"admin\"") << u"role"_qs;
        QTest::newRow("bad kind") << body("\"subject_kind\":\"robot\"") << u"subject_kind"_qs;
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
        QTest::newRow("no methods") << body("\"methods\":[]") << u"methods"_qs;
        QTest::newRow("17 methods")
            << body("\"methods\":[\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\","
                    "\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\",\"GET\"]")
            << u"methods"_qs;
        QTest::newRow("method BREW") << body("\"methods\":[\"BREW\"]") << u"methods"_qs;
        QTest::newRow("prefix relative")
            << body("\"path_prefixes\":[\"v1\"]") << u"path_prefixes"_qs;
        QTest::newRow("prefix query")
            << body("\"path_prefixes\":[\"/a?b=1\"]") << u"path_prefixes"_qs;
        QTest::newRow("prefix dotdot")
            << body("\"path_prefixes\":[\"/a/..\"]") << u"path_prefixes"_qs;
        QTest::newRow("prefix space")
            << body("\"path_prefixes\":[\"/a b\"]") << u"path_prefixes"_qs;
        QTest::newRow("starts_at without offset")
            << body("\"starts_at\":\"2030-01-01T10:00:00\"") << u"starts_at"_qs;
        QTest::newRow("starts_at date only")
            << body("\"starts_at\":\"2030-01-01\"") << u"starts_at"_qs;
        QTest::newRow("no expiry")
            << QByteArray(R"({"subject":"bob","service":"payments","reason":"r"})")
            << u"expires_at"_qs;
        QTest::newRow("both expiries")
            << body("\"expires_at\":\"2030-01-01T10:00:00Z\"") << u"expires_at"_qs;
        QTest::newRow("duration 0s")
            << QByteArray(R"({"subject":"bob","service":"payments","reason":"r","duration":"0s"})")
            << u"duration"_qs;
        QTest::newRow("no reason")
            << QByteArray(R"({"subject":"bob","service":"payments","duration":"20s"})")
            << u"reason"_qs;
        // Invisible and control characters, in an identifier and in free text.
        // Escaped in the JSON, so the parser sees them as the API would.
        const auto subject = [](const char *value) -> QByteArray {
            return QByteArray("{\"subject\":\"") + value +
                   "\",\"service\":\"payments\",\"reason\":\"r\",\"duration\":\"20s\"}";
        };
        const auto reason = [](const char *value) -> QByteArray {
            return QByteArray("{\"subject\":\"bob\",\"service\":\"payments\",\"reason\":\"") +
                   value + "\",\"duration\":\"20s\"}";
        };
        QTest::newRow("subject BEL") << subject("bo\\u0007b") << u"subject"_qs;
        QTest::newRow("subject NUL") << subject("bob\\u0000") << u"subject"_qs;
        QTest::newRow("subject DEL") << subject("bo\\u007fb") << u"subject"_qs;
        QTest::newRow("subject C1 NEL") << subject("bo\\u0085b") << u"subject"_qs;
        QTest::newRow("subject newline") << subject("bob\\nmallory") << u"subject"_qs;
        QTest::newRow("subject RLO") << subject("bob\\u202e") << u"subject"_qs;
        QTest::newRow("subject LRE") << subject("\\u202abob") << u"subject"_qs;
        QTest::newRow("subject LRI") << subject("bo\\u2066b") << u"subject"_qs;
        QTest::newRow("subject PDI") << subject("bob\\u2069x") << u"subject"_qs;
        QTest::newRow("subject RLM") << subject("bob\\u200fx") << u"subject"_qs;
        QTest::newRow("subject ZWSP") << subject("b\\u200bob") << u"subject"_qs;
        QTest::newRow("subject ZWNJ") << subject("b\\u200cob") << u"subject"_qs;
        QTest::newRow("subject ZWJ") << subject("b\\u200dob") << u"subject"_qs;
        QTest::newRow("subject word joiner") << subject("b\\u2060ob") << u"subject"_qs;
        QTest::newRow("subject BOM") << subject("\\ufeffbob") << u"subject"_qs;
        QTest::newRow("subject soft hyphen") << subject("bo\\u00adb") << u"subject"_qs;
        QTest::newRow("subject no-break space") << subject("bo\\u00a0b") << u"subject"_qs;
        QTest::newRow("subject lone high surrogate") << subject("bob\\ud800") << u"subject"_qs;
        QTest::newRow("subject lone low surrogate") << subject("\\udc00bob") << u"subject"_qs;
        QTest::newRow("subject reversed pair") << subject("\\ude00\\ud83d") << u"subject"_qs;
        QTest::newRow("subject noncharacter") << subject("bob\\uffff") << u"subject"_qs;
        QTest::newRow("subject with accents") << subject("zo\\u00eb") << QString();
        QTest::newRow("subject with space") << subject("Payments Team") << QString();
        QTest::newRow("reason BEL") << reason("why\\u0007") << u"reason"_qs;
        QTest::newRow("reason newline") << reason("line one\\nline two") << u"reason"_qs;
        QTest::newRow("reason tab") << reason("a\\tb") << u"reason"_qs;
        QTest::newRow("reason ESC") << reason("\\u001b[31mred") << u"reason"_qs;
        QTest::newRow("reason RLO") << reason("fix \\u202egnp.exe") << u"reason"_qs;
        QTest::newRow("reason FSI") << reason("a\\u2068b") << u"reason"_qs;
        QTest::newRow("reason ZWSP") << reason("a\\u200bb") << u"reason"_qs;
        QTest::newRow("reason ZWJ") << reason("a\\u200db") << u"reason"_qs;
        QTest::newRow("reason BOM") << reason("\\ufeffwhy") << u"reason"_qs;
        QTest::newRow("reason line separator") << reason("a\\u2028b") << u"reason"_qs;
        QTest::newRow("reason lone surrogate") << reason("why \\udbff") << u"reason"_qs;
        QTest::newRow("reason emoji and dash")
            << reason("caf\\u00e9 \\u2014 on call \\ud83d\\ude80") << QString();
        QTest::newRow("ticket RLO") << body("\"ticket\":\"INC\\u202e-1\"") << u"ticket"_qs;
        QTest::newRow("ticket ZWSP") << body("\"ticket\":\"INC\\u200b-1\"") << u"ticket"_qs;
        QTest::newRow("duration fullwidth digit")
            << QByteArray("{\"subject\":\"bob\",\"service\":\"payments\",\"reason\":\"r\","
                          "\"duration\":\"\\uff15m\"}")
            << u"duration"_qs;
        QTest::newRow("starts_at fullwidth digits")
            << body("\"starts_at\":\"\\uff12\\uff10\\uff13\\uff10-01-01T10:00:00Z\"")
            << u"starts_at"_qs;
        QTest::newRow("starts_at arabic-indic digits")
            << body("\"starts_at\":\"2030-01-01T\\u0661\\u0660:00:00Z\"") << u"starts_at"_qs;
        QTest::newRow("ticket too long")
            << body(QByteArray("\"ticket\":\"" + QByteArray(101, 'x') + "\"").constData())
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
            if (const auto *errors = std::get_if<QList<FieldError>>(&parsed))
                QFAIL(qPrintable(errors->constFirst().field + u": "_qs +
                                 errors->constFirst().message));
            return;
        }
        QVERIFY2(std::holds_alternative<QList<FieldError>>(parsed), "accepted");
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
