#include "ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

class TestProfileStore : public QObject
{
    Q_OBJECT

    static Profile profile(const QString &name, const QString &issuer)
    {
        Profile p;
        p.name = name;
        p.controlPlaneUrl = QUrl(u"https://gatehouse.example"_qs);
        p.issuer = QUrl(issuer);
        return p;
    }

private Q_SLOTS:
    void savesSwitchesRenamesAndRemoves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatehouse.conf"_qs);
        {
            ProfileStore store(path);
            QVERIFY(store.isEmpty());
            QVERIFY(!store.current());
            QVERIFY(store.save(profile(u"Prod / EU"_qs, u"https://idp.example"_qs)).isNull());
            QVERIFY(store.save(profile(u"Staging"_qs, u"https://idp.staging.example"_qs)).isNull());
            QCOMPARE(store.current()->name, u"Prod / EU"_qs); // the first becomes current
            QVERIFY(store.setCurrent(u"Staging"_qs).isNull());
        }
        {
            ProfileStore store(path); // read back from the file
            QCOMPARE(store.profiles().size(), 2);
            QCOMPARE(store.current()->name, u"Staging"_qs);
            const auto prod = store.find(u"Prod / EU"_qs);
            QVERIFY(prod);
            QCOMPARE(prod->issuer, QUrl(u"https://idp.example"_qs));
            QCOMPARE(prod->scopes, Profile().scopes);

            Profile renamed = *store.find(u"Staging"_qs);
            renamed.name = u"Stage"_qs;
            QVERIFY(store.save(renamed, u"Staging"_qs).isNull());
            QVERIFY(!store.find(u"Staging"_qs));
            QCOMPARE(store.current()->name, u"Stage"_qs);
            QVERIFY(store.remove(u"Stage"_qs).isNull());
            QCOMPARE(store.profiles().size(), 1);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("token")); // only where to connect is kept
    }

    // The README promises 7 days and at most 2,000,000 access-log lines
    // unless the profile says otherwise, also for a profile saved before the
    // setting existed.
    void accessLogRetentionDefaultsToSevenDaysAndTwoMillionLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatehouse.conf"_qs);
        {
            ProfileStore store(path);
            QVERIFY(store.save(profile(u"Prod"_qs, u"https://idp.example"_qs)).isNull());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        QVERIFY(text.contains("access_log_days"));
        // An older file: without the retention keys.
        QByteArrayList kept;
        for (const QByteArray &line : text.split('\n'))
            if (!line.contains("access_log_"))
                kept.append(line);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kept.join('\n'));
        file.close();
        ProfileStore store(path);
        QCOMPARE(store.find(u"Prod"_qs)->accessLogDays, 7);
        QCOMPARE(store.find(u"Prod"_qs)->accessLogMaxLines, qint64(2'000'000));
    }

    // The audiences an ID token may name besides the client id survive a
    // restart; none are trusted unless listed.
    void keepsTrustedAudiences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatehouse.conf"_qs);
        {
            ProfileStore store(path);
            Profile trusting = profile(u"Entra"_qs, u"https://login.example/tenant/v2.0"_qs);
            trusting.trustedAudiences = {u"api://gatehouse"_qs, u"urn:gatehouse:api"_qs};
            QVERIFY(store.save(trusting).isNull());
            QVERIFY(store.save(profile(u"Plain"_qs, u"https://idp.example"_qs)).isNull());
        }
        ProfileStore store(path);
        QCOMPARE(store.find(u"Entra"_qs)->trustedAudiences,
                 (QStringList{u"api://gatehouse"_qs, u"urn:gatehouse:api"_qs}));
        QVERIFY(store.find(u"Plain"_qs)->trustedAudiences.isEmpty());
    }

    void refusesInsecureEndpoints_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://idp.example"_qs << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:47101"_qs << true;
        QTest::newRow("http localhost") << u"http://localhost:47101"_qs << true;
        QTest::newRow("http remote") << u"http://idp.example"_qs << false;
        QTest::newRow("not a URL") << u"idp"_qs << false;
    }
    void refusesInsecureEndpoints()
    {
        QFETCH(QString, issuer);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(u"gatehouse.conf"_qs));
        QCOMPARE(store.save(profile(u"P"_qs, issuer)).isNull(), accepted);
        QCOMPARE(store.profiles().size(), accepted ? 1 : 0);
    }

    void keepsHowTheApiTokenIsIssued_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("requested"); // the authorization request's scope
        QTest::addColumn<QString>("resourceParameter");
        const QStringList base = Profile().scopes;
        QTest::newRow("resource indicator")
            << int(ApiTokenMode::ResourceIndicator) << u"urn:gatehouse:api"_qs << QString() << true
            << base << u"urn:gatehouse:api"_qs;
        QTest::newRow("resource indicator without a resource")
            << int(ApiTokenMode::ResourceIndicator) << QString() << QString() << false << base
            << QString();
        QTest::newRow("Entra audience scope")
            << int(ApiTokenMode::AudienceScope) << u"urn:gatehouse:api"_qs
            << u"api://gatehouse/.default"_qs << true
            << base + QStringList{u"api://gatehouse/.default"_qs} << QString();
        QTest::newRow("audience scope without a scope")
            << int(ApiTokenMode::AudienceScope) << QString() << QString() << false << base
            << QString();
        QTest::newRow("audience scope with two scopes")
            << int(ApiTokenMode::AudienceScope) << QString() << u"a b"_qs << false << base
            << QString();
        QTest::newRow("Okta fixed audience")
            << int(ApiTokenMode::CodeExchangeToken) << u"urn:gatehouse:api"_qs << QString() << true
            << base << QString();
    }
    void keepsHowTheApiTokenIsIssued()
    {
        QFETCH(int, mode);
        QFETCH(QString, resource);
        QFETCH(QString, scope);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gatehouse.conf"_qs);
        Profile p = profile(u"P"_qs, u"https://idp.example"_qs);
        p.apiTokenMode = ApiTokenMode(mode);
        p.apiResource = resource;
        p.apiScope = scope;
        QCOMPARE(ProfileStore(path).save(p).isNull(), accepted);
        if (!accepted)
            return;
        const auto read = ProfileStore(path).find(u"P"_qs);
        QVERIFY(read);
        QCOMPARE(int(read->apiTokenMode), mode);
        QCOMPARE(read->apiScope, scope);
        QTEST(read->authorizationScopes(), "requested");
        QTEST(read->resourceParameter(), "resourceParameter");
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
