#include "session/SignInFlow.h"

#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

// Who the console says is signed in: a name and an email a person knows,
// never the identity provider's opaque subject id.
class TestSignedInUser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsPeopleByNameNeverByOpaqueId_data()
    {
        QTest::addColumn<QByteArray>("idToken");  // claims
        QTest::addColumn<QByteArray>("userinfo"); // claims
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << QByteArray(R"({"sub":"00u1a2b3","name":"Alice Adams"})")
                              << QByteArray("{}") << u"Alice Adams"_qs;
        QTest::newRow("user name only")
            << QByteArray(R"({"sub":"CgcyMzQyNzQ0EgZnaXRodWI","preferred_username":"alice-gh"})")
            << QByteArray("{}") << u"alice-gh"_qs;
        QTest::newRow("Google without profile scope: email")
            << QByteArray(R"({"sub":"110169484474386276334","email":"alice@example.com"})")
            << QByteArray("{}") << u"alice@example.com"_qs;
        QTest::newRow("name from userinfo")
            << QByteArray(R"({"sub":"00u1a2b3"})")
            << QByteArray(R"({"sub":"00u1a2b3","name":"Alice Adams"})") << u"Alice Adams"_qs;
        QTest::newRow("nothing but the id")
            << QByteArray(R"({"sub":"00000000-0000-0000-66f3-3332eca7ea81"})") << QByteArray("{}")
            << u"an account without a name"_qs;
    }
    void showsPeopleByNameNeverByOpaqueId()
    {
        QFETCH(QByteArray, idToken);
        QFETCH(QByteArray, userinfo);
        const SignedInUser u = userFromClaims(QJsonDocument::fromJson(idToken).object(),
                                              QJsonDocument::fromJson(userinfo).object());
        QTEST(u.displayName(), "shown");
        QVERIFY(!u.displayName().contains(u.subject));
    }
};

QTEST_GUILESS_MAIN(TestSignedInUser)
#include "tst_signedinuser.moc"
