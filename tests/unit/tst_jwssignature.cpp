#include "TestEnvironment.h"
#include "identity/Base64Url.h"
#include "identity/Jwk.h"
#include "identity/JwtSignature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

namespace {

// The published examples (tests/fixtures/jws/rfc-examples.json): keys and
// signatures made by the RFC authors, not by this code.
QJsonArray publishedExamples()
{
    QFile file(QString::fromLatin1(test::kSourceDir) + u"/tests/fixtures/jws/rfc-examples.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"examples").toArray();
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = char(bytes.at(index) ^ (1 << bit));
    return bytes;
}

} // namespace

// JWS signature verification against the known-answer examples of RFC 7515
// Appendix A.2 (RS256) and A.3 (ES256) and RFC 8037 Appendix A.4 (EdDSA with
// Ed25519): each verifies as published, and a single changed bit anywhere in
// what was signed, or in the signature, makes it fail.
class TestJwsSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QByteArray>("jws");
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("valid");
        const QJsonArray examples = publishedExamples();
        QVERIFY2(examples.size() == 3, "tests/fixtures/jws/rfc-examples.json not readable");
        for (const auto &value : examples) {
            const QJsonObject example = value.toObject();
            const QByteArray name = example.value(u"name").toString().toUtf8();
            const QJsonObject jwk = example.value(u"jwk").toObject();
            const QByteArray jws = example.value(u"jws").toString().toLatin1();
            QTest::addRow("%s as published", name.constData()) << jwk << jws << QString() << true;
            for (const char *change :
                 {"header", "payload", "signature first byte", "signature last byte"})
                QTest::addRow("%s, one bit of the %s flipped", name.constData(), change)
                    << jwk << jws << QString::fromLatin1(change) << false;
        }
    }
    void rfcExamples()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QByteArray, jws);
        QFETCH(QString, change);
        QFETCH(bool, valid);

        auto key = Jwk::fromJson(jwk);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().logText()));
        const QList<QByteArray> parts = jws.split('.');
        QCOMPARE(parts.size(), 3);
        auto header = base64url::decode(parts.at(0));
        auto payload = base64url::decode(parts.at(1));
        auto signature = base64url::decode(parts.at(2));
        QVERIFY(header && payload && signature);
        const QString alg = QJsonDocument::fromJson(*header).object().value(u"alg").toString();
        QVERIFY(!alg.isEmpty());

        // The signing input is what was sent, re-encoded after a change.
        if (change == u"header")
            header = flipBit(*header, header->size() / 2, 0);
        else if (change == u"payload")
            payload = flipBit(*payload, payload->size() / 2, 3);
        else if (change == u"signature first byte")
            signature = flipBit(*signature, 0, 7);
        else if (change == u"signature last byte")
            signature = flipBit(*signature, signature->size() - 1, 0);
        const QByteArray signingInput =
            change.isEmpty() ? parts.at(0) + '.' + parts.at(1)
                             : base64url::encode(*header) + '.' + base64url::encode(*payload);

        QCOMPARE(verifyJwsSignature(alg, key.value(), signingInput, *signature), valid);
    }
};

QTEST_GUILESS_MAIN(TestJwsSignature)
#include "tst_jwssignature.moc"
