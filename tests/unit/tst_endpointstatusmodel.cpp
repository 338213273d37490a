#include "EndpointStatusModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse;
using State = EndpointStatusModel::State;

class TestEndpointStatusModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void behavesAsAModel()
    {
        EndpointStatusModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints(
            {{u"a"_qs, u"Control plane"_qs, QUrl(u"http://127.0.0.1:1"_qs), State::Unknown, {}, {}},
             {u"b"_qs,
              u"Identity provider"_qs,
              QUrl(u"http://127.0.0.1:2"_qs),
              State::Unknown,
              {},
              {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EndpointStatusModel::ColumnCount));
        model.setState(u"b"_qs, State::Down, u"refused"_qs);
        model.setEndpoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void stateChangesAreVisible()
    {
        EndpointStatusModel model;
        model.setEndpoints({{u"cp"_qs,
                             u"Control plane"_qs,
                             QUrl(u"http://127.0.0.1:1"_qs),
                             State::Unknown,
                             {},
                             {}}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.allUp());

        model.setState(u"cp"_qs, State::Up, u"gatehoused 0.1.0"_qs);
        QCOMPARE(changed.count(), 1);
        const QModelIndex state = model.index(0, EndpointStatusModel::StateColumn);
        QCOMPARE(state.data().toString(), EndpointStatusModel::stateText(State::Up));
        QCOMPARE(state.data(EndpointStatusModel::StateRole).value<State>(), State::Up);
        QCOMPARE(model.index(0, EndpointStatusModel::DetailColumn).data().toString(),
                 u"gatehoused 0.1.0"_qs);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"UTC"_qs));
        QVERIFY(model.allUp());

        model.setState(u"unknown-id"_qs, State::Down, {});
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEndpointStatusModel)
#include "tst_endpointstatusmodel.moc"
