#include "EdgeLabelItem.h"
#include "GraphLegend.h"
#include "GraphOverlays.h"
#include "GraphPage.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "Screenshots.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFontInfo>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QTranslator>

using namespace gatehouse::graph;

// The graph as issue 14 found it: unreadable at ordinary window sizes, a
// legend for 4 of the things drawn, health as a bare dot, nodes moving on
// every new grant, holes where hidden nodes were, no sign of focus, and
// keys nobody could find. Each test reproduces one of those.
class TestGraphLegibility : public QObject
{
    Q_OBJECT

    QJsonObject m_demo;
    QDateTime m_now;
    std::unique_ptr<GraphPage> m_page;

    // The demo graph with a mesh (health of every kind, a mesh policy, a
    // service only the mesh knows), a service alice owns, a pending request
    // for 1h, a grant about to end and one already past its end.
    QJsonObject richGraph() const
    {
        QJsonObject json = m_demo;
        QJsonArray services = json.value(u"services").toArray();
        for (int i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            if (s.value(u"name").toString() == u"ledger")
                s[u"owned_by_me"_qs] = true;
            services[i] = s;
        }
        json[u"services"_qs] = services;
        QJsonArray grants = json.value(u"grants").toArray();
        const QJsonObject active = grants.at(0).toObject();
        auto grant = [&](const QString &id, const QString &state, const QString &subject,
                         const QString &service, qint64 startOffset, qint64 endOffset,
                         const QString &kind = u"user"_qs) {
            QJsonObject g = active;
            g[u"id"_qs] = id;
            g[u"state"_qs] = state;
            g[u"subject"_qs] = subject;
            g[u"subject_kind"_qs] = kind;
            g[u"service"_qs] = service;
            g[u"starts_at"_qs] = m_now.addSecs(startOffset).toString(Qt::ISODateWithMs);
            g[u"expires_at"_qs] = m_now.addSecs(endOffset).toString(Qt::ISODateWithMs);
            grants.append(g);
        };
        grant(u"p-1"_qs, u"pending"_qs, u"carol"_qs, u"ledger"_qs, 0, 3600);
        grant(u"g-soon"_qs, u"active"_qs, u"dave"_qs, u"ledger"_qs, -3000, 300);
        grant(u"g-ended"_qs, u"active"_qs, u"erin"_qs, u"ledger"_qs, -3000, -5);
        grant(u"g-agent"_qs, u"active"_qs, u"triage-bot"_qs, u"refunds"_qs, -60, 7200, u"agent"_qs);
        json[u"grants"_qs] = grants;
        json[u"mesh"_qs] = QJsonObject{
            {u"services"_qs,
             QJsonArray{
                 QJsonObject{{u"mesh"_qs, u"default"_qs},
                             {u"name"_qs, u"payments"_qs},
                             {u"health"_qs, u"2/2 online"_qs}},
                 QJsonObject{{u"mesh"_qs, u"default"_qs},
                             {u"name"_qs, u"ledger"_qs},
                             {u"health"_qs, u"1/2 online"_qs}},
                 QJsonObject{{u"mesh"_qs, u"default"_qs},
                             {u"name"_qs, u"payouts"_qs},
                             {u"health"_qs, u"0/1 online"_qs}},
             }},
            {u"permissions"_qs, QJsonArray{QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                       {u"policy"_qs, u"allow-gateway"_qs},
                                                       {u"from"_qs, u"api-gateway"_qs},
                                                       {u"to"_qs, u"legacy-batch"_qs}},
                                           QJsonObject{{u"mesh"_qs, u"default"_qs},
                                                       {u"policy"_qs, u"allow-all"_qs},
                                                       {u"from"_qs, u"*"_qs},
                                                       {u"to"_qs, u"metrics"_qs}}}},
        };
        return json;
    }

    bool load(const QJsonObject &json)
    {
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        return finished.wait(20000);
    }

    void open(const QSize &size, const QJsonObject &json)
    {
        m_page = std::make_unique<GraphPage>();
        m_page->resize(size);
        m_page->view()->setClock([this] { return m_now; });
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(load(json));
    }

    QHash<QString, QPointF> positions() const
    {
        QHash<QString, QPointF> at;
        for (const Node &n : m_page->view()->graph().nodes())
            at.insert(n.id, m_page->view()->graphScene()->nodeItem(n.id)->pos());
        return at;
    }

    // The pixel size text is drawn at: the font as Qt resolves it, through
    // the item's transform to the screen.
    static double drawnPixels(GraphView *view, QGraphicsItem *item, const QFont &font)
    {
        return QFontInfo(font).pixelSize() * item->deviceTransform(view->viewportTransform()).m22();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QString::fromLatin1(gatehouse::test::kSourceDir) +
                   u"/tests/graph/data/demo-graph.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_demo = QJsonDocument::fromJson(file.readAll()).object();
    }

    void init()
    {
        m_now = QDateTime::fromString(u"2026-11-30T05:25:21.780Z"_qs, Qt::ISODateWithMs);
    }

    void cleanup() { m_page.reset(); }

    void textIsReadableAtAnySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("scrolls");
        QTest::newRow("800x600") << QSize(800, 600) << true;
        QTest::newRow("1200x800") << QSize(1200, 800) << true;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << false;
    }

    void textIsReadableAtAnySize()
    {
        QFETCH(QSize, size);
        QFETCH(bool, scrolls);
        open(size, richGraph());
        GraphView *view = m_page->view();
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        int nodes = 0, labels = 0;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible() || !shown.intersects(item->sceneBoundingRect()))
                continue;
            if (item->type() == NodeItem::Type) {
                auto *node = static_cast<NodeItem *>(item);
                QVERIFY2(node->textPixels(view->viewportTransform()) > 0, qPrintable(node->id()));
                const double px = drawnPixels(view, node, style::detailFont());
                QVERIFY2(px >= style::kMinimumTextPixels - 0.5,
                         qPrintable(u"%1: %2 px"_qs.arg(node->id()).arg(px)));
                ++nodes;
            } else if (item->type() == EdgeLabelItem::Type) {
                auto *label = static_cast<EdgeLabelItem *>(item);
                QVERIFY2(label->textPixels(view->viewportTransform()) > 0,
                         qPrintable(label->text()));
                const double px = drawnPixels(view, label, style::labelFont());
                QVERIFY2(px >= style::kMinimumTextPixels - 0.5,
                         qPrintable(u"%1: %2 px"_qs.arg(label->text()).arg(px)));
                ++labels;
            }
        }
        QVERIFY(nodes >= 4);
        gatehouse::test::saveScreenshot(m_page.get(),
                                        u"graph-%1x%2"_qs.arg(size.width()).arg(size.height()));
        // Too big for the window: scroll rather than shrink.
        const auto scrollbars = [view] {
            return view->horizontalScrollBar()->isVisible() ||
                   view->verticalScrollBar()->isVisible();
        };
        QTRY_COMPARE(scrollbars(), scrolls);
        gatehouse::test::saveScreenshot(m_page.get(),
                                        u"graph-%1x%2"_qs.arg(size.width()).arg(size.height()));
    }

    void zoomedOutKeepsTheSelectionsLabels()
    {
        open(QSize(1200, 800), richGraph());
        GraphView *view = m_page->view();
        m_page->selectNode(u"service:payments"_qs);
        view->setZoom(0.2);
        const QSet<QString> near = view->graph().neighbourhood(u"service:payments"_qs);
        for (const Node &n : view->graph().nodes()) {
            NodeItem *item = view->graphScene()->nodeItem(n.id);
            const double px = item->textPixels(view->viewportTransform());
            if (near.contains(n.id))
                QVERIFY2(px >= style::kMinimumTextPixels, qPrintable(n.id));
            else
                QVERIFY2(px == 0, qPrintable(n.id)); // too small to read: not drawn
        }
        for (EdgeLabelItem *label : view->graphScene()->labels()) {
            const Edge &e = view->graph().edges().at(label->edge());
            const bool kept = e.to == u"service:payments" || e.from == u"service:payments";
            QCOMPARE(label->textPixels(view->viewportTransform()) >= style::kMinimumTextPixels,
                     kept);
        }
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-zoomed-out"_qs);
    }

    void legendExplainsEverythingDrawn()
    {
        open(QSize(1600, 1000), richGraph());
        GraphView *view = m_page->view();
        m_page->selectNode(u"service:ledger"_qs);
        m_page->findChild<QLineEdit *>(u"graphQuery"_qs)->setText(u"team = payments-team"_qs);
        m_page->applyQuery();
        const QSet<LegendKind> drawn = view->graphScene()->drawnKinds(m_now);
        GraphLegend *legend = m_page->findChild<GraphLegend *>(u"graphLegend"_qs);
        QVERIFY(legend->isVisible());
        const QList<LegendKind> listed = legend->kinds();
        // This graph draws every kind there is, and the legend names each.
        for (int k = 0; k <= int(LegendKind::Match); ++k)
            QVERIFY2(drawn.contains(LegendKind(k)), qPrintable(QString::number(k)));
        for (LegendKind kind : drawn) {
            QVERIFY2(listed.contains(kind), qPrintable(QString::number(int(kind))));
            QVERIFY(!legend->text(kind).isEmpty());
        }
        QCOMPARE(legend->text(LegendKind::Degraded), u"degraded"_qs);
        QCOMPARE(legend->text(LegendKind::Pending), u"pending request"_qs);
        // Within the view, whatever its width.
        QVERIFY(view->viewport()->geometry().contains(legend->geometry()));
        gatehouse::test::saveScreenshot(legend, u"graph-legend"_qs);

        QTest::keyClick(view, Qt::Key_L);
        QVERIFY(legend->isHidden());
        QTest::keyClick(view, Qt::Key_L);
        QVERIFY(legend->isVisible());
    }

    void healthIsInWords_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("words");
        QTest::newRow("all online") << u"service:payments"_qs << u"payments-team \u00b7 healthy"_qs;
        QTest::newRow("half online") << u"service:ledger"_qs << u"payments-team \u00b7 degraded"_qs;
        QTest::newRow("none online") << u"service:payouts"_qs << u"payments-team \u00b7 down"_qs;
    }

    void healthIsInWords()
    {
        QFETCH(QString, service);
        QFETCH(QString, words);
        open(QSize(1200, 800), richGraph());
        NodeItem *item = m_page->view()->graphScene()->nodeItem(service);
        QCOMPARE(item->detailText(), words);
        QVERIFY(item->toolTip().contains(u"Health: "_qs + words.section(u" \u00b7 "_qs, 1)));
        m_page->selectNode(service);
        const QString details =
            m_page->findChild<QTextBrowser *>(u"graphDetails"_qs)->toPlainText();
        QVERIFY2(details.contains(words.section(u" \u00b7 "_qs, 1)), qPrintable(details));
    }

    void healthChangeResizesTheBoxInPlace()
    {
        open(QSize(1200, 800), richGraph());
        GraphView *view = m_page->view();
        const QPointF before = view->graphScene()->nodeItem(u"service:payments"_qs)->pos();
        const QSizeF oldSize = view->graphScene()->nodeItem(u"service:payments"_qs)->size();
        QJsonObject json = richGraph();
        QJsonObject mesh = json.value(u"mesh").toObject();
        QJsonArray services = mesh.value(u"services").toArray();
        QJsonObject payments = services.at(0).toObject();
        payments[u"health"_qs] = u"1/2 online"_qs;
        services[0] = payments;
        mesh[u"services"_qs] = services;
        json[u"mesh"_qs] = mesh;
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        QVERIFY(!view->isLayoutPending());
        QVERIFY(finished.wait(5000));
        NodeItem *item = view->graphScene()->nodeItem(u"service:payments"_qs);
        QCOMPARE(item->detailText(), u"payments-team \u00b7 degraded"_qs);
        QCOMPARE(item->size(), style::nodeSize(item->node()));
        QVERIFY(item->size().width() > oldSize.width()); // "degraded" is longer than "healthy"
        QCOMPARE(item->pos(), before);
    }

    void everyEdgeShowsItsScopeOnHover()
    {
        open(QSize(1600, 1000), richGraph());
        GraphView *view = m_page->view();
        view->setZoom(1.0);
        const AccessGraph &graph = view->graph();
        EdgeLayer *edges = view->graphScene()->edgeLayer();
        int checked = 0;
        for (int i = 0; i < graph.edges().size(); ++i) {
            const Edge &e = graph.edges().at(i);
            const QString from = graph.node(e.from)->name, to = graph.node(e.to)->name;
            const QString expected = from + u" \u2192 "_qs + to;
            bool found = false;
            QStringList seen;
            for (double t : {0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85}) {
                const QPointF at = edges->pointOn(i, t);
                view->centerOn(at);
                const QString tip = view->edgeToolTipAt(view->mapFromScene(at));
                seen.append(tip.section(u'\n', 0, 0));
                if (tip.startsWith(expected)) {
                    QVERIFY2(tip.contains(e.paths.isEmpty() ? u"/"_qs : e.paths.first()),
                             qPrintable(tip));
                    found = true;
                    break;
                }
            }
            QVERIFY2(found, qPrintable(expected + u" not in "_qs + seen.join(u", "_qs)));
            ++checked;
        }
        QCOMPARE(checked, graph.edges().size());

        // Through a real tooltip event on a standing edge.
        int standing = -1;
        for (int i = 0; i < graph.edges().size() && standing < 0; ++i)
            if (graph.edges().at(i).kind == EdgeKind::Standing &&
                graph.edges().at(i).source == u"config")
                standing = i;
        QVERIFY(standing >= 0);
        const QPointF at = edges->pointOn(standing, 0.5);
        view->centerOn(at);
        const QPoint pos = view->mapFromScene(at);
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"standing access (configuration)"_qs),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void pendingEdgeSaysWhatWasRequested()
    {
        open(QSize(1200, 800), richGraph());
        QStringList texts;
        for (EdgeLabelItem *label : m_page->view()->graphScene()->labels())
            texts.append(label->text());
        QVERIFY2(texts.contains(u"requested 1h \u00b7 GET"_qs), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(u"GET \u00b7 5m 00s left"_qs));
        QVERIFY(texts.contains(u"GET \u00b7 expired"_qs));
    }

    void newGrantKeepsEveryNodeInPlace()
    {
        open(QSize(1200, 800), m_demo);
        GraphView *view = m_page->view();
        const QHash<QString, QPointF> before = positions();
        QJsonObject json = m_demo;
        QJsonArray grants = json.value(u"grants").toArray();
        QJsonObject g = grants.at(0).toObject();
        g[u"id"_qs] = u"33333333-2222-3333-4444-555555555555"_qs;
        g[u"service"_qs] = u"ledger"_qs; // bob, a new grant on another service
        grants.append(g);
        g[u"id"_qs] = u"44444444-2222-3333-4444-555555555555"_qs;
        g[u"subject"_qs] = u"night-bot"_qs; // and someone new
        g[u"subject_kind"_qs] = u"agent"_qs;
        grants.append(g);
        json[u"grants"_qs] = grants;
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        QVERIFY(!view->isLayoutPending()); // no Graphviz run: nothing moves
        QVERIFY(finished.wait(5000));
        const QHash<QString, QPointF> after = positions();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QVERIFY(view->isNodeVisible(u"agent:night-bot"_qs));
        // The newcomer overlaps nobody.
        const QRectF added =
            view->graphScene()->nodeItem(u"agent:night-bot"_qs)->sceneBoundingRect();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(!view->graphScene()->nodeItem(it.key())->sceneBoundingRect().intersects(added),
                     qPrintable(it.key()));
        QCOMPARE(view->graphScene()->labels().size(), 3);
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-new-grant"_qs);
    }

    void hiddenNodesLeaveTheLayoutAndTheSelection()
    {
        open(QSize(1200, 800), m_demo);
        GraphView *view = m_page->view();
        m_page->selectNode(u"service:warehouse"_qs);
        auto *details = m_page->findChild<QTextBrowser *>(u"graphDetails"_qs);
        QVERIFY(details->toPlainText().contains(u"warehouse"_qs));
        const QRectF before = view->graphScene()->visibleBounds();

        m_page->findChild<QComboBox *>(u"graphQueryMode"_qs)->setCurrentIndex(1);
        m_page->findChild<QLineEdit *>(u"graphQuery"_qs)->setText(u"team = data-team"_qs);
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->applyQuery();
        QCOMPARE(view->selectedNode(), QString());
        QVERIFY2(details->toPlainText().isEmpty(), qPrintable(details->toPlainText()));
        QVERIFY(finished.wait(20000));
        QVERIFY(!view->isNodeVisible(u"service:warehouse"_qs));
        // Laid out without them: the drawing closed up.
        const QRectF after = view->graphScene()->visibleBounds();
        QVERIFY2(after.width() * after.height() < before.width() * before.height(),
                 qPrintable(u"%1x%2 → %3x%4"_qs.arg(before.width())
                                .arg(before.height())
                                .arg(after.width())
                                .arg(after.height())));
        const PartialLayout expected =
            GraphScene::layoutRequest(view->graph(), view->hiddenNodes());
        for (const Node &n : view->graph().nodes())
            QCOMPARE(expected.nodes.contains(view->graph().indexOf(n.id)),
                     view->isNodeVisible(n.id));
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-hidden"_qs);
    }

    void focusChipNamesTheFocusAndLeavesIt()
    {
        open(QSize(1200, 800), m_demo);
        GraphView *view = m_page->view();
        auto *chip = m_page->findChild<FocusChip *>(u"graphFocusChip"_qs);
        QVERIFY(chip->isHidden());
        m_page->focusOnService(u"payments"_qs);
        QVERIFY(chip->isVisible());
        QCOMPARE(chip->text(), u"Focused on payments \u2014 Esc"_qs);
        QTRY_VERIFY(!view->isLayoutPending());
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-focus-chip"_qs);
        chip->click();
        QCOMPARE(view->focusedNode(), QString());
        QVERIFY(chip->isHidden());
        m_page->focusOnService(u"payments"_qs);
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(view->focusedNode(), QString());
        QVERIFY(chip->isHidden());
    }

    void focusFrameWhileTheGraphHasFocus()
    {
        open(QSize(1200, 800), m_demo);
        GraphView *view = m_page->view();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto *frame = view->findChild<FocusFrame *>(u"graphFocusFrame"_qs);
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QVERIFY(frame->isVisible());
        const QImage focused = view->grab().toImage();
        const QPoint edge = view->viewport()->geometry().topLeft() + QPoint(1, 100);
        QCOMPARE(focused.pixelColor(edge).name(), FocusFrame::color().name());
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-keyboard-focus"_qs);

        m_page->findChild<QLineEdit *>(u"graphQuery"_qs)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!view->hasFocus());
        QVERIFY(frame->isHidden());
        QVERIFY(view->grab().toImage().pixelColor(edge).name() != FocusFrame::color().name());
    }

    void everyGraphKeyIsAnAction_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("action");
        QTest::newRow("N") << int(Qt::Key_N) << u"graphNextAction"_qs;
        QTest::newRow("P") << int(Qt::Key_P) << u"graphPreviousAction"_qs;
        QTest::newRow("Enter") << int(Qt::Key_Return) << u"graphFocusAction"_qs;
        QTest::newRow("Esc") << int(Qt::Key_Escape) << u"graphLeaveFocusAction"_qs;
        QTest::newRow("F") << int(Qt::Key_F) << u"graphFitAction"_qs;
        QTest::newRow("Home") << int(Qt::Key_Home) << u"graphFitAction"_qs;
        QTest::newRow("+") << int(Qt::Key_Plus) << u"graphZoomInAction"_qs;
        QTest::newRow("-") << int(Qt::Key_Minus) << u"graphZoomOutAction"_qs;
        QTest::newRow("L") << int(Qt::Key_L) << u"graphLegendAction"_qs;
        QTest::newRow("R") << int(Qt::Key_R) << u"graphRelayoutAction"_qs;
        QTest::newRow("Menu") << int(Qt::Key_Menu) << u"graphNodeMenuAction"_qs;
    }

    void everyGraphKeyIsAnAction()
    {
        QFETCH(int, key);
        QFETCH(QString, action);
        open(QSize(1200, 800), m_demo);
        GraphView *view = m_page->view();
        m_page->selectNode(u"service:payments"_qs);
        if (key == Qt::Key_Escape)
            view->focusOn(u"service:payments"_qs);
        QAction *a = view->action(action);
        QVERIFY(a);
        QVERIFY(a->shortcuts().contains(QKeySequence(key)));
        QVERIFY(m_page->actions().contains(a)); // what the View menu lists
        QVERIFY(!a->text().isEmpty());
        QSignalSpy triggered(a, &QAction::triggered);
        QTest::keyClick(view, Qt::Key(key));
        QCOMPARE(triggered.size(), 1);
    }

    void germanGraph()
    {
        QTranslator translator;
        QVERIFY(translator.load(QString::fromLatin1(gatehouse::test::kBinaryDir) +
                                u"/translations/gatehouse_de.qm"_qs));
        QCoreApplication::installTranslator(&translator);
        open(QSize(1600, 1000), richGraph());
        QStringList texts;
        for (EdgeLabelItem *label : m_page->view()->graphScene()->labels())
            texts.append(label->text());
        QVERIFY2(texts.contains(u"GET \u00b7 noch 28 Min."_qs), qPrintable(texts.join(u'|')));
        QCOMPARE(m_page->view()->graphScene()->nodeItem(u"service:ledger"_qs)->detailText(),
                 u"payments-team \u00b7 eingeschränkt"_qs);
        m_page->selectNode(u"service:payments"_qs);
        const QString details =
            m_page->findChild<QTextBrowser *>(u"graphDetails"_qs)->toPlainText();
        QVERIFY2(details.contains(u"Benutzer"_qs), qPrintable(details));
        QVERIFY2(!details.contains(u" user"_qs), qPrintable(details));
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-german"_qs);
        m_page.reset();
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestGraphLegibility)
#include "tst_graphlegibility.moc"
