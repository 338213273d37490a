#include "GraphLayout.h"
#include "GraphScene.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace gatehouse::graph;

// Graphviz in-process: dot for the demo, sfdp for larger graphs, no node on
// top of another, and only the newest of several requests reported.
class TestGraphLayout : public QObject
{
    Q_OBJECT

    static AccessGraph demo()
    {
        QFile file(QString::fromLatin1(gatehouse::test::kSourceDir) +
                   u"/tests/graph/data/demo-graph.json"_qs);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return AccessGraph::fromGraphJson(QJsonDocument::fromJson(file.readAll()).object());
    }

    static LayoutRequest synthetic(int nodes, int edges, quint32 seed)
    {
        QRandomGenerator random(seed);
        LayoutRequest request;
        for (int i = 0; i < nodes; ++i)
            request.nodes.append(LayoutNode{i % 5 ? QSizeF(130, 42) : QSizeF(90, 28), {}});
        for (int i = 0; i < edges; ++i) {
            const int from = random.bounded(nodes);
            const int to = (from + 1 + random.bounded(nodes - 1)) % nodes;
            request.edges.append(LayoutEdge{from, to, {}});
        }
        return request;
    }

    static int overlaps(const LayoutRequest &request, const LayoutResult &result)
    {
        int count = 0;
        QList<QRectF> rects;
        for (int i = 0; i < result.centers.size(); ++i) {
            const QSizeF s = request.nodes.at(i).size;
            rects.append(QRectF(result.centers.at(i) - QPointF(s.width() / 2, s.height() / 2), s)
                             .adjusted(1, 1, -1, -1));
        }
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                count += rects.at(i).intersects(rects.at(j)) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void demoWithDot()
    {
        const AccessGraph graph = demo();
        const LayoutRequest request = GraphScene::layoutRequest(graph);
        QCOMPARE(request.chosenEngine(), LayoutEngine::Dot);
        const LayoutResult result = GraphLayout::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.engine, u"dot"_qs);
        QCOMPARE(result.centers.size(), graph.nodes().size());
        QCOMPARE(result.edgePaths.size(), graph.edges().size());
        for (const QPolygonF &path : result.edgePaths)
            QVERIFY(path.size() >= 4 && (path.size() - 1) % 3 == 0);
        QSet<QPair<int, int>> distinct;
        for (const QPointF &c : result.centers)
            distinct.insert({qRound(c.x()), qRound(c.y())});
        QCOMPARE(distinct.size(), graph.nodes().size());
        QCOMPARE(overlaps(request, result), 0);
        QVERIFY(result.bounds.width() > 100 && result.bounds.height() > 100);
        // The grant edge got room for its label.
        bool labelled = false;
        for (int i = 0; i < graph.edges().size(); ++i)
            labelled |= graph.edges().at(i).kind == EdgeKind::Grant &&
                        !result.labelPositions.at(i).isNull();
        QVERIFY(labelled);
    }

    void sfdpBothOverlapModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("engine");
        QTest::newRow("prism") << int(SfdpOverlap::Prism) << u"sfdp+prism"_qs;
        QTest::newRow("grid") << int(SfdpOverlap::Grid) << u"sfdp+grid"_qs;
    }

    void sfdpBothOverlapModes()
    {
        QFETCH(int, mode);
        QFETCH(QString, engine);
        LayoutRequest request = synthetic(400, 1200, 7);
        QCOMPARE(request.chosenEngine(), LayoutEngine::Sfdp);
        request.overlap = SfdpOverlap(mode);
        const LayoutResult result = GraphLayout::run(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.engine, engine);
        QCOMPARE(result.centers.size(), 400);
        QVERIFY(!result.hasSplines());
        QCOMPARE(overlaps(request, result), 0);
    }

    void newerRequestSupersedesOlder()
    {
        GraphLayout layout;
        QSignalSpy finished(&layout, &GraphLayout::finished);
        const quint64 first = layout.request(synthetic(1500, 4000, 1));
        const quint64 second = layout.request(synthetic(300, 700, 2));
        const quint64 third = layout.request(GraphScene::layoutRequest(demo()));
        QVERIFY(first < second && second < third);
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!layout.isBusy(), 60000);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<LayoutResult>();
        QCOMPARE(result.ticket, third);
        QCOMPARE(result.engine, u"dot"_qs);
    }

    void runIsSafeFromManyThreads()
    {
        const LayoutRequest request = synthetic(120, 200, 3);
        QList<LayoutResult> results(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&, i] { results[i] = GraphLayout::run(request); });
        for (auto &t : threads)
            t.join();
        for (const LayoutResult &r : results) {
            QVERIFY(r.ok());
            QCOMPARE(r.centers, results.first().centers); // deterministic
        }
    }

    void emptyGraph()
    {
        const LayoutResult result = GraphLayout::run(LayoutRequest{});
        QVERIFY(result.ok());
        QVERIFY(result.centers.isEmpty());
    }
};

QTEST_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
