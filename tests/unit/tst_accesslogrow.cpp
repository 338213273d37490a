#include "AccessLogRows.h"

#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;

// The export writes each line's JSON itself: it must read exactly as the
// page's QJsonObject form, times included (expected times from Python's
// datetime).
class TestAccessLogRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatThePageWrites_data()
    {
        QTest::addColumn<qint64>("atUs");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("joined");
        QTest::newRow("api example") << qint64(1796011741104123) << u"2026-11-30T04:09:01.104Z"_qs
                                     << u"/v1/charges"_qs << true;
        QTest::newRow("leap day") << qint64(1709251199999000) << u"2024-02-29T23:59:59.999Z"_qs
                                  << u"/a\"b\\c"_qs << false;
        QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00.000Z"_qs
                               << QString(u"/nul"_qs + QChar(0) + u"x\t\x1f"_qs) << true;
        QTest::newRow("2000-03-01") << qint64(951912000001000) << u"2000-03-01T12:00:00.001Z"_qs
                                    << u"/caf\u00e9/\u732b/\U0001F600"_qs << true;
        QTest::newRow("year 2100")
            << qint64(4107542400000000) << u"2100-03-01T00:00:00.000Z"_qs << QString() << false;
    }
    void writesWhatThePageWrites()
    {
        QFETCH(qint64, atUs);
        QFETCH(QString, time);
        QFETCH(QString, path);
        QFETCH(bool, joined);
        AccessLogRow row;
        row.id = u"2049-1311022:912"_qs;
        row.atUs = atUs;
        row.method = u"GET"_qs;
        row.host = u"payments.localhost"_qs;
        row.path = path;
        row.status = 503;
        row.durationUs = 1204;
        row.size = -1;
        row.remoteIp = u"::1"_qs;
        row.userId = u"bob"_qs;
        row.decisionId = u"7b1f"_qs;
        row.flagged = joined;
        row.flagReason = u"X-Gatehouse-User: [\"carol\"]"_qs;
        row.joined = joined;
        row.subject = u"bob"_qs;
        row.subjectKind = u"user"_qs;
        row.service = u"payments"_qs;
        row.allowed = true;
        row.reason = u"grant 42"_qs;
        row.grantId = u"42"_qs;
        QByteArray line;
        row.appendJson(line);
        QJsonParseError error;
        const QJsonObject written = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(written.value(u"logged_at").toString(), time);
        QCOMPARE(written, row.toJson());
        // Byte for byte too, except that controls are written as \u00XX.
        if (!path.contains(QChar(0)))
            QCOMPARE(line, QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogRow)
#include "tst_accesslogrow.moc"
