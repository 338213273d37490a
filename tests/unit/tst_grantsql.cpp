#include "GrantHoldsCases.h"
#include "GrantRepository.h"
#include "GrantService.h"
#include "PostgresFixture.h"
#include "Store.h"
#include "grants/Holds.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

// The store answers "which grants may this caller see" in SQL, for speed and
// so a limit never hides the caller's own grants. Its subject matching must
// be the C++ rule's (Holds.h: names): the same table of cases, against SQLite
// (default) or PostgreSQL (GATEHOUSE_TEST_STORE=postgresql, a real server).
class TestGrantSql : public QObject
{
    Q_OBJECT

    bool m_postgres = qEnvironmentVariable("GATEHOUSE_TEST_STORE") == u"postgresql";
    std::unique_ptr<PostgresFixture> m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<GrantRepository> m_repository;
    std::unique_ptr<GrantService> m_grants;
    QHash<QString, Grant> m_byRow; // one grant per case, on a service of its own

private Q_SLOTS:
    void initTestCase()
    {
        QString url = u"sqlite:"_qs + m_dir.filePath(u"grants.db"_qs);
        if (m_postgres) {
            m_pg = std::make_unique<PostgresFixture>();
            QVERIFY2(m_pg->start(), qPrintable(m_pg->diagnostics()));
            url = m_pg->createDatabase(u"grant_sql"_qs);
        }
        auto store = Store::open(url);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().logText()));
        m_store = std::move(store).value();
        m_repository = std::make_unique<GrantRepository>(m_store->connectionName());
        m_grants = std::make_unique<GrantService>(m_repository.get(), m_store.get(),
                                                  std::chrono::hours(1));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int n = 0;
        for (const NamesCase &c : namesCases()) {
            Grant g;
            g.id = u"grant-%1"_qs.arg(++n);
            g.subjectKind = c.kind;
            g.subject = c.subject;
            g.service = u"service-%1"_qs.arg(n);
            g.methods = {u"GET"_qs};
            g.pathPrefixes = {u"/"_qs};
            g.startsAt = now.addSecs(-60);
            g.expiresAt = now.addSecs(3600);
            g.createdAt = g.startsAt;
            g.reason = u"incident"_qs;
            g.requestedBy = u"zed"_qs; // nobody in the table
            g.state = GrantState::Active;
            const auto created = m_repository->create(g, {}, {}, now);
            QVERIFY2(created.ok(),
                     qPrintable(created.ok() ? QString() : created.error().logText()));
            m_byRow.insert(QLatin1String(c.row), g);
        }
    }

    void visibleByName_data()
    {
        QTest::addColumn<Principal>("who");
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("expected");
        for (const NamesCase &c : namesCases())
            QTest::newRow(c.row) << c.who << QString::fromLatin1(c.row) << c.names;
    }
    void visibleByName()
    {
        QFETCH(Principal, who);
        QFETCH(QString, row);
        QFETCH(bool, expected);
        const Grant g = m_byRow.value(row);
        QCOMPARE(names(g.subjectKind, g.subject, who), expected); // the table is the rule's
        GrantRepository::Filter filter;
        filter.service = g.service;
        const auto listed = m_grants->list(who, filter); // SQL
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), expected ? 1 : 0);
        if (expected)
            QCOMPARE(listed->first().id, g.id);
        QCOMPARE(m_grants->canSee(who, g), expected); // C++, for one grant
        const auto found = m_grants->find(who, g.id);
        QCOMPARE(found.ok(), expected);
    }
};

QTEST_GUILESS_MAIN(TestGrantSql)
#include "tst_grantsql.moc"
