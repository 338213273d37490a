#include "GraphQuery.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse::graph;

// Find/hide expressions: what parses, what is refused and why (with the
// column), and which nodes of the demo graph each expression selects.
class TestGraphQuery : public QObject
{
    Q_OBJECT

    AccessGraph m_graph;
    // The moment the demo answer was taken: bob's grant has 28 minutes left.
    const QDateTime m_now =
        QDateTime::fromString(u"2026-11-30T05:25:21.780Z"_qs, Qt::ISODateWithMs);

    static QStringList sorted(const QSet<QString> &set)
    {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QString::fromLatin1(gatehouse::test::kSourceDir) +
                   u"/tests/graph/data/demo-graph.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_graph = AccessGraph::fromGraphJson(QJsonDocument::fromJson(file.readAll()).object());
        QCOMPARE(m_graph.nodes().size(), 25);
    }

    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("terms"); // in the first group

        QTest::newRow("owner") << u"owner = payments-team"_qs << 1 << 1;
        QTest::newRow("no spaces") << u"team!=platform-team"_qs << 1 << 1;
        QTest::newRow("quoted double") << u"service = \"pay*\""_qs << 1 << 1;
        QTest::newRow("quoted single with space") << u"name = 'a b'"_qs << 1 << 1;
        QTest::newRow("expires") << u"expires < 1h"_qs << 1 << 1;
        QTest::newRow("expires compound") << u"expires <= 1h30m"_qs << 1 << 1;
        QTest::newRow("and") << u"owner = payments-team and expires < 1h"_qs << 1 << 2;
        QTest::newRow("or") << u"kind = agent or state = pending"_qs << 2 << 1;
        QTest::newRow("and binds tighter")
            << u"kind = user and subject = bob or service = ledger"_qs << 2 << 2;
        QTest::newRow("upper-case keywords") << u"KIND = agent OR Source = mesh"_qs << 2 << 1;
        QTest::newRow("double equals") << u"health == Available"_qs << 1 << 1;
        QTest::newRow("wildcard kind") << u"kind = gr*"_qs << 1 << 1;
    }

    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(int, groups);
        QFETCH(int, terms);
        const auto query = GraphQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
        QCOMPARE(query->groups().size(), groups);
        QCOMPARE(query->groups().first().size(), terms);
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message"); // a part of it

        QTest::newRow("empty") << u"   "_qs << 1 << u"Type an expression"_qs;
        QTest::newRow("unknown field")
            << u"colour = red"_qs << 1 << u"Unknown field \u201ccolour\u201d"_qs;
        QTest::newRow("missing operator") << u"team payments"_qs << 6 << u"Expected an operator"_qs;
        QTest::newRow("missing value")
            << u"team ="_qs << 7 << u"Missing value after \u201c=\u201d"_qs;
        QTest::newRow("value is a keyword") << u"team = and"_qs << 8 << u"Missing value"_qs;
        QTest::newRow("bad operator") << u"team =! x"_qs << 6 << u"Expected an operator"_qs;
        QTest::newRow("ordered on text") << u"team < x"_qs << 6 << u"use = or !="_qs;
        QTest::newRow("equality on expires") << u"expires = 1h"_qs << 9 << u"compares durations"_qs;
        QTest::newRow("bad duration")
            << u"expires < 5x"_qs << 11 << u"\u201c5x\u201d is not a duration"_qs;
        QTest::newRow("bad kind") << u"kind = robot"_qs << 8 << u"not a kind"_qs;
        QTest::newRow("bad state") << u"state = gone"_qs << 9 << u"not a state"_qs;
        QTest::newRow("unclosed quote") << u"service = \"pay"_qs << 11 << u"never closed"_qs;
        QTest::newRow("dangling and") << u"kind = user and"_qs << 16 << u"Expected a field name"_qs;
        QTest::newRow("no joiner")
            << u"kind = user team = x"_qs << 13
            << u"Expected \u201cand\u201d or \u201cor\u201d at column 13, found \u201cteam\u201d"_qs;
        QTest::newRow("leading operator") << u"= x"_qs << 1 << u"Expected a field name"_qs;
    }

    void refusesInvalid()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        const auto query = GraphQuery::parse(text);
        QVERIFY(!query.ok());
        QCOMPARE(query.error().code, u"graph.query"_qs);
        QVERIFY2(query.error().message.contains(message), qPrintable(query.error().message));
        QCOMPARE(GraphQuery::errorColumn(query.error()), column);
    }

    void matchesDemo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QStringList paymentsTeam{u"service:fraud-scoring"_qs, u"service:fx-rates"_qs,
                                       u"service:invoicing"_qs,     u"service:ledger"_qs,
                                       u"service:payments"_qs,      u"service:payouts"_qs,
                                       u"service:refunds"_qs};
        QTest::newRow("team") << u"team = payments-team"_qs << paymentsTeam;
        QTest::newRow("owner group") << u"owner = payments-team"_qs
                                     << QStringList(paymentsTeam.begin(), paymentsTeam.end() - 2) +
                                            QStringList{u"service:refunds"_qs};
        QTest::newRow("owner user")
            << u"owner = alice"_qs
            << QStringList{u"service:ledger"_qs, u"service:payments"_qs, u"service:payouts"_qs};
        QTest::newRow("owner prefixed")
            << u"owner = user:dave"_qs << QStringList{u"service:logs"_qs, u"service:metrics"_qs};
        QTest::newRow("subject") << u"subject = bob"_qs << QStringList{u"user:bob"_qs};
        QTest::newRow("service wildcard")
            << u"service = pay*"_qs << QStringList{u"service:payments"_qs, u"service:payouts"_qs};
        QTest::newRow("quoted wildcard")
            << u"service = \"*-rates\""_qs << QStringList{u"service:fx-rates"_qs};
        QTest::newRow("kind group")
            << u"kind = group"_qs
            << QStringList{u"group:data-team"_qs, u"group:oncall"_qs, u"group:payments-team"_qs,
                           u"group:platform-team"_qs};
        QTest::newRow("kind agent: none") << u"kind = agent"_qs << QStringList{};
        QTest::newRow("expires within 1h")
            << u"expires < 1h"_qs << QStringList{u"service:payments"_qs, u"user:bob"_qs};
        QTest::newRow("expires within 10m: none") << u"expires < 10m"_qs << QStringList{};
        QTest::newRow("expires later than 20m")
            << u"expires > 20m"_qs << QStringList{u"service:payments"_qs, u"user:bob"_qs};
        QTest::newRow("state active")
            << u"state = active"_qs << QStringList{u"service:payments"_qs, u"user:bob"_qs};
        QTest::newRow("state pending: none") << u"state = pending"_qs << QStringList{};
        QTest::newRow("source mesh: none") << u"source = mesh"_qs << QStringList{};
        QTest::newRow("and") << u"team = payments-team and sensitivity = low"_qs
                             << QStringList{u"service:fx-rates"_qs};
        QTest::newRow("and with edge term")
            << u"owner = alice and expires < 1h"_qs << QStringList{u"service:payments"_qs};
        QTest::newRow("or") << u"subject = bob or service = ledger"_qs
                            << QStringList{u"service:ledger"_qs, u"user:bob"_qs};
        QTest::newRow("and before or")
            << u"kind = user or team = data-team and approval = owner and sensitivity = high"_qs
            << QStringList{u"service:exports"_qs, u"service:warehouse"_qs, u"user:bob"_qs};
        QTest::newRow("not equal")
            << u"team != platform-team and team != data-team"_qs << paymentsTeam;
        QTest::newRow("health unknown without mesh")
            << u"health = unknown and service = ledger"_qs << QStringList{u"service:ledger"_qs};
        QTest::newRow("method") << u"method = POST and kind = service and subject = refunds"_qs
                                << QStringList{u"service:refunds"_qs};
    }

    void matchesDemo()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto query = GraphQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
        expected.sort();
        QCOMPARE(sorted(query->matchingNodes(m_graph, m_now)), expected);
    }
};

QTEST_GUILESS_MAIN(TestGraphQuery)
#include "tst_graphquery.moc"
