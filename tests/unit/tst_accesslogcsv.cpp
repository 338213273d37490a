#include "logs/AccessLogCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

// CSV records as RFC 4180 says, read back by Python's csv module (not by us),
// and cells a spreadsheet would run as formulas made text.
class TestAccessLogCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldIsQuotedAndNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"/v1/charges"_qs << u"/v1/charges"_qs;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_qs << u"\"a,b\""_qs;
        QTest::newRow("quote") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
        QTest::newRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::newRow("carriage return") << u"a\rb"_qs << u"\"a\rb\""_qs;
        QTest::newRow("formula =") << u"=1+1"_qs << u"'=1+1"_qs;
        QTest::newRow("formula +") << u"+1"_qs << u"'+1"_qs;
        QTest::newRow("formula -") << u"-1"_qs << u"'-1"_qs;
        QTest::newRow("formula @") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab first") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("formula with comma")
            << u"=HYPERLINK(\"u\",\"a, b\")"_qs << u"\"'=HYPERLINK(\"\"u\"\",\"\"a, b\"\")\""_qs;
        QTest::newRow("= later is fine") << u"a=b"_qs << u"a=b"_qs;
    }
    void fieldIsQuotedAndNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(accesslogcsv::field(text), field);
    }

    void pythonReadsWhatWeWrite()
    {
        QList<AccessLogEntry> entries;
        const QStringList paths{u"/plain"_qs,
                                u"/a,b"_qs,
                                u"/say \"hi\""_qs,
                                u"/multi\r\nline"_qs,
                                u"=cmd|' /C calc'!A0"_qs,
                                u"/ünïcødé ✓"_qs};
        for (int i = 0; i < paths.size(); ++i) {
            AccessLogEntry e;
            e.id = u"id-%1"_qs.arg(i);
            e.loggedAt = QDateTime::fromMSecsSinceEpoch(1'765'000'000'123LL + i, Qt::UTC);
            e.method = u"GET"_qs;
            e.path = paths.at(i);
            e.status = 200 + i;
            e.hasDecision = true;
            e.allowed = i % 2 == 0;
            e.subject = u"bob"_qs;
            e.subjectKind = u"user"_qs;
            e.service = u"payments"_qs;
            e.reason = u"-reason, with comma"_qs;
            e.flagged = i == 4;
            entries.append(e);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"lines.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(accesslogcsv::header());
        for (const AccessLogEntry &e : entries)
            file.write(accesslogcsv::record(e));
        file.close();
        QProcess python;
        python.start(u"python3"_qs, {u"-c"_qs,
                                     u"import csv,json,sys\n"
                                     "rows=list(csv.DictReader(open(sys.argv[1],newline='',"
                                     "encoding='utf-8'),strict=True))\n"
                                     "print(json.dumps(rows))"_qs,
                                     path});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), entries.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject r = rows.at(i).toObject();
            const AccessLogEntry &e = entries.at(i);
            const QString expectedPath = e.path.startsWith(u'=') ? u'\'' + e.path : e.path;
            QCOMPARE(r.value(u"path"_qs).toString(), expectedPath);
            QCOMPARE(r.value(u"id"_qs).toString(), e.id);
            QCOMPARE(r.value(u"status"_qs).toString(), QString::number(e.status));
            QCOMPARE(r.value(u"decision"_qs).toString(), e.allowed ? u"allow"_qs : u"deny"_qs);
            QCOMPARE(r.value(u"caller"_qs).toString(), u"bob"_qs);
            QCOMPARE(r.value(u"caller_kind"_qs).toString(), u"user"_qs);
            QCOMPARE(r.value(u"reason"_qs).toString(), u"'-reason, with comma"_qs);
            QCOMPARE(r.value(u"time"_qs).toString(), e.loggedAt.toString(Qt::ISODateWithMs));
            QCOMPARE(r.value(u"flags"_qs).toString(), i == 4 ? u"forged"_qs : QString());
        }
        // Records end in CRLF; the CRLF inside the quoted path is kept as data.
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), qsizetype(entries.size() + 1 + 1));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogCsv)
#include "tst_accesslogcsv.moc"
