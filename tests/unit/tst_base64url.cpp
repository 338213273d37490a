#include "identity/Base64Url.h"

#include <QTest>

using namespace gatehouse;

class TestBase64Url : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("empty") << QByteArray() << true << QByteArray();
        QTest::newRow("plain") << QByteArray("aGVsbG8") << true << QByteArray("hello");
        QTest::newRow("url alphabet") << QByteArray("-_8") << true << QByteArray("\xfb\xff");
        QTest::newRow("padding refused") << QByteArray("aGVsbG8=") << false << QByteArray();
        QTest::newRow("standard alphabet refused") << QByteArray("+/8") << false << QByteArray();
        QTest::newRow("whitespace refused") << QByteArray("aGVs bG8") << false << QByteArray();
        QTest::newRow("impossible length") << QByteArray("aGVsb") << false << QByteArray();
    }
    void decode()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, decoded);
        const auto result = base64url::decode(text);
        QCOMPARE(result.has_value(), valid);
        if (valid) {
            QCOMPARE(*result, decoded);
            QCOMPARE(base64url::encode(decoded), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
