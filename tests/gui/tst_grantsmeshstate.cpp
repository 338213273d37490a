#include "GrantStateDelegate.h"
#include "GrantsModel.h"
#include "GrantsView.h"
#include "Screenshots.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonDocument>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;

namespace {

// A grant as gatehoused's /v1/grants sends it, with the given "mesh" member.
Grant fromServer(const QString &id, const QString &subject, const QByteArray &mesh)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray json =
        R"({"id":")" + id.toUtf8() + R"(","subject_kind":"service","subject":")" +
        subject.toUtf8() +
        R"(","service":"payments","methods":["*"],"path_prefixes":["/"],"starts_at":")" +
        formatTime(now.addSecs(-60)).toUtf8() + R"(","expires_at":")" +
        formatTime(now.addSecs(3600)).toUtf8() +
        R"(","reason":"checkout canary","ticket":null,"requested_by":"alice","approved_by":"alice",)"
        R"("state":"active","created_at":")" +
        formatTime(now.addSecs(-60)).toUtf8() +
        R"(","review_by":null,"decided_at":null,"decided_by":null,"revoked_at":null,"revoked_by":null,"mesh":)" +
        mesh + "}";
    const auto grant = Grant::fromJson(QJsonDocument::fromJson(json).object());
    return grant ? grant.value() : Grant();
}

const QByteArray kFailed =
    R"({"state":"failed","error":"PUT /meshes/default/meshtrafficpermissions/gatehouse-grant-g2: 500 store unavailable",)"
    R"("since":"2026-12-07T18:30:00.000Z","next_attempt_at":"2026-12-07T18:30:04.000Z","attempts":3})";

} // namespace

// A grant whose policy Kuma would not take shows it in the grants table: a
// warning icon and "not in the mesh" in its state, Kuma's answer in the tooltip.
class TestGrantsMeshState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codecReadsMeshState_data()
    {
        QTest::addColumn<QByteArray>("mesh");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no policy") << QByteArray("null") << false << QString();
        QTest::newRow("applied")
            << QByteArray(R"({"state":"applied","error":null,"since":"2026-12-07T18:30:00.000Z",)"
                          R"("next_attempt_at":null,"attempts":0})")
            << true << QString();
        QTest::newRow("pending")
            << QByteArray(
                   R"({"state":"pending","error":null,"since":null,"next_attempt_at":null,"attempts":0})")
            << true << QString();
        QTest::newRow("failed")
            << kFailed << true
            << u"not applied in the mesh: PUT /meshes/default/"
               "meshtrafficpermissions/gatehouse-grant-g2: 500 store unavailable"_qs;
        QTest::newRow("unknown state is no state")
            << QByteArray(R"({"state":"sideways"})") << false << QString();
    }
    void codecReadsMeshState()
    {
        QFETCH(QByteArray, mesh);
        QFETCH(bool, present);
        QFETCH(QString, problem);
        const Grant g = fromServer(u"g1"_qs, u"api-gateway"_qs, mesh);
        QVERIFY(!g.id.isEmpty());
        QCOMPARE(g.mesh.has_value(), present);
        QCOMPARE(GrantsModel::meshProblemText(g), problem);
        // What is read is written back the same way.
        if (present)
            QCOMPARE(GrantMeshState::fromJson(g.mesh->toJson()), g.mesh);
    }

    void tableShowsMeshProblem()
    {
        GrantsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGrants(
            {fromServer(u"g1"_qs, u"api-gateway"_qs,
                        R"({"state":"applied","error":null,"since":"2026-12-07T18:29:00.000Z",)"
                        R"("next_attempt_at":null,"attempts":0})"),
             fromServer(u"g2"_qs, u"refunds"_qs, kFailed)});
        GrantsView view(&model);
        view.resize(1100, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(u"grantsTable"_qs);
        QVERIFY(table);

        QModelIndex failed, fine;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex state = table->model()->index(row, GrantsModel::StateColumn);
            (table->model()
                     ->index(row, GrantsModel::SubjectColumn)
                     .data()
                     .toString()
                     .startsWith(u"refunds")
                 ? failed
                 : fine) = state;
        }
        QVERIFY(failed.isValid() && fine.isValid());
        QCOMPARE(failed.data().toString(), u"Active, not in the mesh"_qs);
        QCOMPARE(fine.data().toString(), u"Active"_qs);
        QVERIFY(
            failed.data(Qt::ToolTipRole)
                .toString()
                .startsWith(u"not applied in the mesh: PUT /meshes/default/meshtrafficpermissions/"
                            "gatehouse-grant-g2: 500 store unavailable"_qs));

        // The warning icon is drawn on the failing row only.
        QVERIFY(qobject_cast<GrantStateDelegate *>(
            table->itemDelegateForColumn(GrantsModel::StateColumn)));
        struct Probe : GrantStateDelegate
        {
            using GrantStateDelegate::initStyleOption;
        } probe;
        const auto icon = [&](const QModelIndex &index) {
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.widget = table;
            probe.initStyleOption(&option, index);
            return (option.features & QStyleOptionViewItem::HasDecoration) && !option.icon.isNull();
        };
        QVERIFY2(icon(failed), "no warning icon on the grant that is not in the mesh");
        QVERIFY(!icon(fine));
        saveScreenshot(&view, u"grants-mesh-state"_qs);
    }
};

QTEST_MAIN(TestGrantsMeshState)
#include "tst_grantsmeshstate.moc"
