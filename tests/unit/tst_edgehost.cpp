#include "EdgeHost.h"

#include <QTest>

using namespace gatehouse;

// One spelling per host. Expected ACE forms were computed with Python's
// "idna" codec (IDNA 2003, as QUrl::toAce), not with the code under test.
class TestEdgeHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain") << u"payments.localhost"_qs << u"payments.localhost"_qs;
        QTest::newRow("upper case") << u"PAYMENTS.Localhost"_qs << u"payments.localhost"_qs;
        QTest::newRow("port") << u"payments.localhost:1"_qs << u"payments.localhost"_qs;
        QTest::newRow("edge port") << u"payments.localhost:8443"_qs << u"payments.localhost"_qs;
        QTest::newRow("trailing dot") << u"payments.localhost."_qs << u"payments.localhost"_qs;
        QTest::newRow("dot and port") << u"Payments.Localhost.:443"_qs << u"payments.localhost"_qs;
        QTest::newRow("spaces") << u"  payments.localhost "_qs << u"payments.localhost"_qs;
        QTest::newRow("single label") << u"localhost"_qs << u"localhost"_qs;
        QTest::newRow("idna") << u"bücher.example"_qs << u"xn--bcher-kva.example"_qs;
        QTest::newRow("idna upper") << u"MÜNCHEN.de:8080"_qs << u"xn--mnchen-3ya.de"_qs;
        QTest::newRow("idna greek")
            << u"παράδειγμα.δοκιμή"_qs << u"xn--hxajbheg2az3al.xn--jxalpdlp"_qs;
        QTest::newRow("ace kept") << u"xn--bcher-kva.example"_qs << u"xn--bcher-kva.example"_qs;
        QTest::newRow("full-width letters")
            << u"ｐａｙｍｅｎｔｓ.localhost"_qs << u"payments.localhost"_qs;
        QTest::newRow("ipv4") << u"127.0.0.1:8080"_qs << u"127.0.0.1"_qs;
        QTest::newRow("ipv6") << u"[::1]:8443"_qs << u"[::1]"_qs;
        QTest::newRow("ipv6 long") << u"[0:0:0:0:0:0:0:1]"_qs << u"[::1]"_qs;

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only a port") << u":8080"_qs << QString();
        QTest::newRow("only a dot") << u"."_qs << QString();
        QTest::newRow("two trailing dots") << u"payments.localhost.."_qs << QString();
        QTest::newRow("empty label") << u"payments..localhost"_qs << QString();
        QTest::newRow("port not a number") << u"payments.localhost:https"_qs << QString();
        QTest::newRow("port too large") << u"payments.localhost:65536"_qs << QString();
        QTest::newRow("empty port") << u"payments.localhost:"_qs << QString();
        QTest::newRow("two ports") << u"payments.localhost:1:2"_qs << QString();
        QTest::newRow("wildcard") << u"*.localhost"_qs << QString();
        QTest::newRow("underscore") << u"pay_ments.localhost"_qs << QString();
        QTest::newRow("slash") << u"payments.localhost/x"_qs << QString();
        QTest::newRow("user info") << u"a@payments.localhost"_qs << QString();
        QTest::newRow("space inside") << u"pay ments.localhost"_qs << QString();
        QTest::newRow("leading dash") << u"-payments.localhost"_qs << QString();
        QTest::newRow("label too long") << QString(64, u'a') + u".localhost"_qs << QString();
        QTest::newRow("ipv6 unclosed") << u"[::1"_qs << QString();
        QTest::newRow("ipv6 junk after") << u"[::1]x"_qs << QString();
        QTest::newRow("ipv6 not an address") << u"[payments]"_qs << QString();
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalisedEdgeHost(input), expected);
    }

    void isIdempotent_data() { normalises_data(); }

    void isIdempotent()
    {
        QFETCH(QString, expected);
        QCOMPARE(normalisedEdgeHost(expected), expected);
    }
};

QTEST_GUILESS_MAIN(TestEdgeHost)
#include "tst_edgehost.moc"
