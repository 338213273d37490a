#include "identity/Pkce.h"

#include <QSet>
#include <QTest>

using namespace gatehouse;

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void challenge_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<QByteArray>("challenge");
        // RFC 7636 Appendix B.
        QTest::newRow("RFC 7636 B") << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                    << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }
    void challenge()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(QByteArray, challenge);
        QCOMPARE(pkce::challengeS256(verifier), challenge);
    }

    void randomTokensAreLongAndDistinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray t = pkce::randomToken();
            QCOMPARE(t.size(), 43); // 256 bits, base64url without padding
            QVERIFY(!t.contains('=') && !t.contains('+') && !t.contains('/'));
            seen.insert(t);
        }
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
