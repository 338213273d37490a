#include "AccessTokenVerifier.h"
#include "DecisionLog.h"
#include "EdgeAuthorizer.h"
#include "GrantRepository.h"
#include "GrantService.h"
#include "Metrics.h"
#include "StaticIdp.h"
#include "Store.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

namespace {

// The issuer serves its keys from a thread of its own, apart from the
// verifier's (the verifier fetches asynchronously; QSignalSpy::wait turns
// this thread's loop meanwhile).
class IdpThread : public QThread
{
public:
    ~IdpThread() override
    {
        quit();
        wait();
    }
    const StaticIdp *startIdp()
    {
        start();
        m_ready.acquire();
        return m_idp;
    }

protected:
    void run() override
    {
        StaticIdp idp;
        const bool started = idp.start();
        m_idp = started ? &idp : nullptr;
        m_ready.release();
        if (started)
            exec();
    }

private:
    QSemaphore m_ready;
    const StaticIdp *m_idp = nullptr;
};

} // namespace

// The edge holds grants in memory and re-reads them when the store shows a
// change, checked at most every 250 ms (README, EdgeAuthorizer.h). With a
// stepped clock: a grant created or revoked through the grant service is
// not seen 249 ms after the last check and is seen at 250 ms.
class TestEdgeRefresh : public QObject
{
    Q_OBJECT

    IdpThread m_idpThread;
    const StaticIdp *m_idp = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<GrantRepository> m_repository;
    std::unique_ptr<GrantService> m_grants;
    std::unique_ptr<AccessTokenVerifier> m_verifier;
    std::unique_ptr<DecisionLog> m_log;
    Metrics m_metrics;
    std::unique_ptr<EdgeAuthorizer> m_edge;
    qint64 m_nowMs = 1'000'000;

    Principal alice() const
    {
        Principal p;
        p.subject = u"alice"_qs;
        p.groups = {u"payments-team"_qs};
        return p;
    }

    QString createGrant(const QString &subject)
    {
        const auto parsed = GrantRequest::parse({{u"subject"_qs, subject},
                                                 {u"service"_qs, u"payments"_qs},
                                                 {u"methods"_qs, QJsonArray{u"GET"_qs}},
                                                 {u"duration"_qs, u"10m"_qs},
                                                 {u"reason"_qs, u"INC-250 refresh"_qs}});
        if (!std::holds_alternative<GrantRequest>(parsed))
            return {};
        const QString key = QUuid::createUuid().toString();
        const auto created = m_grants->create(alice(), std::get<GrantRequest>(parsed), key, key);
        return created ? created->grant.id : QString();
    }

    // Caddy's question for `user` at payments; the status gatehoused answers.
    int ask(const QString &user)
    {
        const QByteArray token = m_idp->token(user, {}, {{u"aud"_qs, u"urn:gatehouse:edge"_qs}});
        return m_edge->decide(EdgeAuthorizer::Question{"Bearer " + token, u"GET"_qs,
                                                       u"payments.localhost:47180"_qs,
                                                       u"/v1/charges"_qs})
                           .statusCode() == QHttpServerResponse::StatusCode::Ok
                   ? 200
                   : 403;
    }

    // Starts a function with a check just made: the next one is 250 ms away.
    void freshCheck(const QString &user)
    {
        m_nowMs += 10'000;
        ask(user);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_idp = m_idpThread.startIdp();
        QVERIFY(m_idp);
        auto store = Store::open(u"sqlite:"_qs + m_dir.filePath(u"gatehouse.db"_qs));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().logText()));
        m_store = std::move(store).value();
        Service payments;
        payments.name = u"payments"_qs;
        payments.team = u"payments-team"_qs;
        payments.mesh = u"default"_qs;
        payments.meshService = u"payments"_qs;
        payments.edgeHosts = {u"payments.localhost"_qs};
        payments.owners = {u"alice"_qs};
        QVERIFY(m_store->replaceConfiguredServices({payments}, u"test"_qs).isNull());
        m_repository = std::make_unique<GrantRepository>(m_store->connectionName());
        m_grants = std::make_unique<GrantService>(m_repository.get(), m_store.get(),
                                                  std::chrono::hours(1));
        ServerConfig config;
        config.issuer = m_idp->issuer();
        m_verifier =
            std::make_unique<AccessTokenVerifier>(config, AccessTokenVerifier::Audience::Edge);
        QSignalSpy loaded(m_verifier.get(), &AccessTokenVerifier::keysLoaded);
        m_verifier->loadKeys();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
        m_log = std::make_unique<DecisionLog>(m_store->connectionName());
        m_edge =
            std::make_unique<EdgeAuthorizer>(m_store.get(), m_repository.get(), m_verifier.get(),
                                             QList<StandingPermission>{}, m_log.get(), &m_metrics);
        m_edge->setClock([this] { return m_nowMs; });
    }

    void aNewGrantIsSeenWithin250ms()
    {
        freshCheck(u"bob"_qs);
        QCOMPARE(ask(u"bob"_qs), 403);
        // Time alone, with no change in the store, opens nothing.
        m_nowMs += 1000;
        QCOMPARE(ask(u"bob"_qs), 403);

        const QString id = createGrant(u"bob"_qs);
        QVERIFY(!id.isEmpty());
        m_nowMs += 249;
        QCOMPARE(ask(u"bob"_qs), 403); // the last check is 249 ms old: not read again yet
        m_nowMs += 1;
        QCOMPARE(ask(u"bob"_qs), 200); // 250 ms: the documented bound
    }

    void aRevocationIsSeenWithin250ms()
    {
        const QString id = createGrant(u"dave"_qs);
        QVERIFY(!id.isEmpty());
        freshCheck(u"dave"_qs);
        QCOMPARE(ask(u"dave"_qs), 200);

        QVERIFY(m_grants->revoke(alice(), id));
        m_nowMs += 249;
        QCOMPARE(ask(u"dave"_qs), 200);
        m_nowMs += 1;
        QCOMPARE(ask(u"dave"_qs), 403);
    }

    void cleanupTestCase()
    {
        m_edge.reset();
        m_log.reset();
    }
};

QTEST_GUILESS_MAIN(TestEdgeRefresh)
#include "tst_edgerefresh.moc"
