#include "EdgeLabelItem.h"
#include "GraphPage.h"
#include "Screenshots.h"
#include "TestEnvironment.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace gatehouse::graph;

// The graph page offscreen with the demo graph: selection and details,
// focus on a neighbourhood, find/hide expressions, the two questions, live
// countdowns and updates that keep what the user was looking at.
class TestGraphPage : public QObject
{
    Q_OBJECT

    QJsonObject m_json;
    QDateTime m_now;
    std::unique_ptr<GraphPage> m_page;

    bool loadGraph(const QJsonObject &json)
    {
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        return finished.wait(20000);
    }

    QString labelText(const QString &name) const
    {
        auto *label = m_page->findChild<QLabel *>(name);
        return label ? label->text() : u"<missing %1>"_qs.arg(name);
    }

    void runQuery(const QString &text, int mode = 0)
    {
        m_page->findChild<QComboBox *>(u"graphQueryMode"_qs)->setCurrentIndex(mode);
        auto *edit = m_page->findChild<QLineEdit *>(u"graphQuery"_qs);
        edit->setText(text);
        QMetaObject::invokeMethod(edit, &QLineEdit::returnPressed);
    }

    static QStringList grantLabels(GraphView *view)
    {
        QStringList texts;
        for (QGraphicsItem *item : view->scene()->items())
            if (item->type() == EdgeLabelItem::Type)
                texts.append(static_cast<EdgeLabelItem *>(item)->text());
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QString::fromLatin1(gatehouse::test::kSourceDir) +
                   u"/tests/graph/data/demo-graph.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_json = QJsonDocument::fromJson(file.readAll()).object();
    }

    void init()
    {
        m_now = QDateTime::fromString(u"2026-11-30T05:25:21.780Z"_qs, Qt::ISODateWithMs);
        m_page = std::make_unique<GraphPage>();
        m_page->resize(1200, 800);
        m_page->view()->setClock([this] { return m_now; });
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(loadGraph(m_json));
    }

    void cleanup() { m_page.reset(); }

    void showsTheDemoGraph()
    {
        GraphView *view = m_page->findChild<GraphView *>(u"graphView"_qs);
        QCOMPARE(view, m_page->view());
        QCOMPARE(view->lastEngine(), u"dot"_qs);
        QCOMPARE(m_page->graph().nodes().size(), 25);
        QVERIFY(view->isNodeVisible(u"service:payments"_qs));
        // The whole graph fits the view after the first layout.
        const QRect inView = view->viewport()->rect();
        for (const Node &n : m_page->graph().nodes())
            QVERIFY2(inView.contains(view->nodeViewportPos(n.id)), qPrintable(n.id));
        QCOMPARE(grantLabels(view), QStringList{u"GET \u00b7 28m left"_qs});
        QVERIFY(m_page->findChild<QWidget *>(u"graphLegend"_qs)->isVisible());
    }

    void selectingShowsDetails()
    {
        QSignalSpy selected(m_page->view(), &GraphView::nodeSelected);
        QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                          m_page->view()->nodeViewportPos(u"service:payments"_qs));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), u"service:payments"_qs);
        const QString details =
            m_page->findChild<QTextBrowser *>(u"graphDetails"_qs)->toPlainText();
        QVERIFY2(details.contains(u"alice, group:payments-team"_qs), qPrintable(details));
        QVERIFY(details.contains(u"payments.localhost"_qs));
        QVERIFY(details.contains(u"payments-team"_qs));
        QVERIFY(details.contains(u"4h"_qs)); // longest grant
        QVERIFY(details.contains(u"api-gateway"_qs));
        QVERIFY(details.contains(u"bob"_qs));
        QVERIFY(details.contains(u"28m left"_qs));
        QVERIFY(details.contains(u"reason: perf"_qs));
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-demo.png"_qs);
    }

    void doubleClickFocusesNeighbourhood()
    {
        GraphView *view = m_page->view();
        QSignalSpy focus(view, &GraphView::focusChanged);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                           view->nodeViewportPos(u"service:payments"_qs));
        QCOMPARE(focus.size(), 1);
        QCOMPARE(focus.at(0).at(0).toString(), u"service:payments"_qs);
        QVERIFY(view->isNodeVisible(u"service:api-gateway"_qs));
        QVERIFY(view->isNodeVisible(u"user:bob"_qs));
        QVERIFY(!view->isNodeVisible(u"service:ledger"_qs));
        gatehouse::test::saveScreenshot(m_page.get(), u"graph-focused.png"_qs);

        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(focus.size(), 2);
        QCOMPARE(focus.at(1).at(0).toString(), QString());
        QVERIFY(view->isNodeVisible(u"service:ledger"_qs));
    }

    void findHighlightsAndHideHides()
    {
        GraphView *view = m_page->view();
        runQuery(u"owner = alice"_qs);
        QCOMPARE(view->highlighted(), QSet<QString>({u"service:ledger"_qs, u"service:payments"_qs,
                                                     u"service:payouts"_qs}));
        QVERIFY(!view->isNodeDimmed(u"service:ledger"_qs));
        QVERIFY(view->isNodeDimmed(u"service:identity"_qs));
        QCOMPARE(labelText(u"graphStatus"_qs), u"3 node(s) match."_qs);
        QVERIFY(m_page->findChild<QLabel *>(u"graphQueryError"_qs)->isHidden());

        runQuery(u"team = data-team"_qs, 1);
        QVERIFY(view->highlighted().isEmpty());
        QVERIFY(!view->isNodeVisible(u"service:warehouse"_qs));
        QVERIFY(view->isNodeVisible(u"service:payments"_qs));

        runQuery(QString());
        QVERIFY(view->isNodeVisible(u"service:warehouse"_qs));
    }

    void badQueryShowsError()
    {
        runQuery(u"colour = red"_qs);
        auto *error = m_page->findChild<QLabel *>(u"graphQueryError"_qs);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Unknown field \u201ccolour\u201d at column 1"_qs),
                 qPrintable(error->text()));
        runQuery(u"expires < soon"_qs);
        QVERIFY(error->text().contains(u"not a duration"_qs));
        runQuery(u"kind = user"_qs);
        QVERIFY(error->isHidden());
    }

    void questionsHighlightTheAnswer()
    {
        GraphView *view = m_page->view();
        auto *who = m_page->findChild<QPushButton *>(u"graphWhoCanReach"_qs);
        auto *what = m_page->findChild<QPushButton *>(u"graphWhatCanReach"_qs);
        QVERIFY(!who->isEnabled());
        m_page->selectNode(u"service:payments"_qs);
        QVERIFY(who->isEnabled());
        who->click();
        QCOMPARE(view->highlighted(), QSet<QString>({u"service:payments"_qs,
                                                     u"service:api-gateway"_qs, u"user:bob"_qs}));
        QVERIFY(labelText(u"graphStatus"_qs).contains(u"api-gateway, bob"_qs));

        m_page->selectNode(u"group:oncall"_qs);
        QVERIFY(!who->isEnabled());
        what->click();
        QCOMPARE(view->highlighted(),
                 QSet<QString>({u"group:oncall"_qs, u"service:logs"_qs, u"service:metrics"_qs}));
    }

    void countdownIsLive()
    {
        m_now = m_now.addSecs(20 * 60); // 8m 10s left
        QTRY_COMPARE_WITH_TIMEOUT(grantLabels(m_page->view()),
                                  QStringList{u"GET \u00b7 8m 10s left"_qs}, 3000);
        m_now = m_now.addSecs(1);
        QTRY_COMPARE_WITH_TIMEOUT(grantLabels(m_page->view()),
                                  QStringList{u"GET \u00b7 8m 09s left"_qs}, 3000);
    }

    void updatesKeepSelectionFocusAndQuery()
    {
        GraphView *view = m_page->view();
        m_page->selectNode(u"service:payments"_qs);
        m_page->focusOnService(u"payments"_qs);
        // The neighbourhood is laid out on its own, without the rest.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLayoutPending(), 20000);
        runQuery(u"kind = user"_qs);

        // Same structure (a new version only): no new layout.
        QJsonObject json = m_json;
        json[u"version"_qs] = 11;
        QSignalSpy finished(m_page.get(), &GraphPage::layoutFinished);
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        QVERIFY(!view->isLayoutPending());
        QVERIFY(finished.wait(5000));

        // A new pending request: placed without a new layout, nothing forgotten.
        QJsonArray grants = json.value(u"grants").toArray();
        QJsonObject pending = grants.at(0).toObject();
        pending[u"id"_qs] = u"22222222-2222-3333-4444-555555555555"_qs;
        pending[u"state"_qs] = u"pending"_qs;
        pending[u"subject"_qs] = u"triage-bot"_qs;
        pending[u"subject_kind"_qs] = u"agent"_qs;
        grants.append(pending);
        json[u"grants"_qs] = grants;
        m_page->setGraph(AccessGraph::fromGraphJson(json));
        QVERIFY(!view->isLayoutPending());
        QVERIFY(finished.wait(5000));
        QCOMPARE(view->selectedNode(), u"service:payments"_qs);
        QCOMPARE(view->focusedNode(), u"service:payments"_qs);
        QVERIFY(view->isNodeVisible(u"agent:triage-bot"_qs));
        QVERIFY(!view->isNodeVisible(u"service:ledger"_qs));
        QCOMPARE(view->highlighted(), QSet<QString>{u"user:bob"_qs});
    }

    void keyboardZoomAndFit()
    {
        GraphView *view = m_page->view();
        const double fitted = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoom() > fitted);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->zoom() < fitted);
        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(view->zoom(), fitted);
        QTest::keyClick(view, Qt::Key_N);
        QCOMPARE(view->selectedNode(), m_page->graph().nodes().at(1).id);
    }
};

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
