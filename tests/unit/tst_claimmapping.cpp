#include "grants/Principal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;

// Who a token names, read with an issuer's claim mapping. The claim sets are
// shaped like what each provider really issues (documented in the README).
class TestClaimMapping : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text)).object();
    }

private Q_SLOTS:
    void mapsTheConfiguredClaims_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("subjectClaim");
        QTest::addColumn<QString>("groupsClaim");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("email");

        QTest::newRow("default: sub")
            << json(R"({"sub":"alice","name":"Alice Adams","email":"alice@example.test",
                        "groups":["payments-team"]})")
            << u"sub"_qs << u"groups"_qs << u"alice"_qs << QStringList{u"payments-team"_qs}
            << u"Alice Adams"_qs << u"alice@example.test"_qs;
        QTest::newRow("Okta: opaque sub, email")
            << json(R"({"sub":"00u1a2b3c4d5e6f7g8h9","email":"alice@example.com",
                        "name":"Alice Adams","groups":["Everyone","payments-team"]})")
            << u"email"_qs << u"groups"_qs << u"alice@example.com"_qs
            << QStringList{u"Everyone"_qs, u"payments-team"_qs} << u"Alice Adams"_qs
            << u"alice@example.com"_qs;
        QTest::newRow("Google: numeric sub, email, no groups")
            << json(R"({"sub":"110169484474386276334","email":"alice@example.com",
                        "hd":"example.com","name":"Alice Adams"})")
            << u"email"_qs << u"groups"_qs << u"alice@example.com"_qs << QStringList{}
            << u"Alice Adams"_qs << u"alice@example.com"_qs;
        QTest::newRow("Entra: preferred_username, app roles")
            << json(R"({"sub":"AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
                        "oid":"00000000-0000-0000-66f3-3332eca7ea81",
                        "preferred_username":"alice@contoso.onmicrosoft.com",
                        "name":"Alice Adams","roles":["Gatehouse.Admin"]})")
            << u"preferred_username"_qs << u"roles"_qs << u"alice@contoso.onmicrosoft.com"_qs
            << QStringList{u"Gatehouse.Admin"_qs} << u"Alice Adams"_qs << QString();
        QTest::newRow("Entra: object id, group object ids")
            << json(R"({"sub":"AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
                        "oid":"00000000-0000-0000-66f3-3332eca7ea81",
                        "groups":["a1b2c3d4-0000-0000-0000-000000000001"]})")
            << u"oid"_qs << u"groups"_qs << u"00000000-0000-0000-66f3-3332eca7ea81"_qs
            << QStringList{u"a1b2c3d4-0000-0000-0000-000000000001"_qs} << QString() << QString();
        QTest::newRow("Dex (GitHub): preferred_username, org:team groups")
            << json(R"({"sub":"CgcyMzQyNzQ0EgZnaXRodWI","preferred_username":"alice-gh",
                        "email":"alice@example.com","groups":["example-org:payments"]})")
            << u"preferred_username"_qs << u"groups"_qs << u"alice-gh"_qs
            << QStringList{u"example-org:payments"_qs} << u"alice-gh"_qs << u"alice@example.com"_qs;
        QTest::newRow("Keycloak: groups mapper with full path off, one group as a string")
            << json(R"({"sub":"f4a3c1e2-5b6d-4e7f-8a9b-0c1d2e3f4a5b","preferred_username":"alice",
                        "groups":"payments-team"})")
            << u"preferred_username"_qs << u"groups"_qs << u"alice"_qs
            << QStringList{u"payments-team"_qs} << u"alice"_qs << QString();
        QTest::newRow("numeric identifier claim")
            << json(R"({"sub":"x","github_id":2342744})") << u"github_id"_qs << u"groups"_qs
            << u"2342744"_qs << QStringList{} << QString() << QString();
        QTest::newRow("surrounding blanks are not part of the name")
            << json(R"({"sub":"x","email":" alice@example.com "})") << u"email"_qs << u"groups"_qs
            << u"alice@example.com"_qs << QStringList{} << QString() << u" alice@example.com "_qs;
    }
    void mapsTheConfiguredClaims()
    {
        QFETCH(QJsonObject, claims);
        ClaimMapping mapping;
        QFETCH(QString, subjectClaim);
        QFETCH(QString, groupsClaim);
        mapping.subjectClaim = subjectClaim;
        mapping.groupsClaim = groupsClaim;
        const auto p = principalFromClaims(claims, mapping);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().logText()));
        QTEST(p->subject, "subject");
        QTEST(p->groups, "groups");
        QTEST(p->displayName, "displayName");
        QTEST(p->email, "email");
        QVERIFY(p->kind == SubjectKind::User);
    }

    void refusesTokensWithoutTheIdentityClaim_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("subjectClaim");
        QTest::newRow("Google token without email scope")
            << json(R"({"sub":"110169484474386276334"})") << u"email"_qs;
        QTest::newRow("empty") << json(R"({"sub":"x","email":""})") << u"email"_qs;
        QTest::newRow("blank") << json(R"({"sub":"x","preferred_username":"  "})")
                               << u"preferred_username"_qs;
        QTest::newRow("array") << json(R"({"sub":"x","email":["a@b"]})") << u"email"_qs;
        QTest::newRow("object") << json(R"({"sub":"x","oid":{"v":1}})") << u"oid"_qs;
        QTest::newRow("fraction") << json(R"({"sub":"x","uid":1.5})") << u"uid"_qs;
        QTest::newRow("boolean") << json(R"({"sub":"x","uid":true})") << u"uid"_qs;
    }
    void refusesTokensWithoutTheIdentityClaim()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, subjectClaim);
        ClaimMapping mapping;
        mapping.subjectClaim = subjectClaim;
        const auto p = principalFromClaims(claims, mapping);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, principalcheck::kMissingIdentityClaim);
        // The sentence names the claim, so an administrator knows what to add.
        QVERIFY2(p.error().message.contains(u"'%1' claim"_qs.arg(subjectClaim)),
                 qPrintable(p.error().message));
    }

    void machineCallersUseTheirOwnClaim_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("service") << u"service"_qs << int(SubjectKind::Service);
        QTest::newRow("agent") << u"agent"_qs << int(SubjectKind::Agent);
    }
    void machineCallersUseTheirOwnClaim()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedKind);
        // Client-credentials tokens carry no email: their subject is the client.
        const QJsonObject claims{{u"sub"_qs, u"gatehouse-machine"_qs},
                                 {u"gatehouse_subject_kind"_qs, kind}};
        ClaimMapping mapping;
        mapping.subjectClaim = u"email"_qs;
        const auto p = principalFromClaims(claims, mapping);
        QVERIFY(p.ok());
        QCOMPARE(p->subject, u"gatehouse-machine"_qs);
        QCOMPARE(int(p->kind), expectedKind);
    }

    void ownersMatchTheMappedSubject()
    {
        Service payments;
        payments.name = u"payments"_qs;
        payments.owners = {u"alice@example.com"_qs, u"group:payments-admins"_qs};
        ClaimMapping mapping;
        const QJsonObject claims{{u"sub"_qs, u"00u1a2b3c4d5e6f7g8h9"_qs},
                                 {u"email"_qs, u"alice@example.com"_qs}};
        QVERIFY(!principalFromClaims(claims, mapping)->isOwnerOf(payments));
        mapping.subjectClaim = u"email"_qs;
        QVERIFY(principalFromClaims(claims, mapping)->isOwnerOf(payments));
    }
};

QTEST_GUILESS_MAIN(TestClaimMapping)
#include "tst_claimmapping.moc"
