#include "KumaDouble.h"
#include "KumaSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::server;
using namespace gatehouse::test;

Q_DECLARE_METATYPE(gatehouse::server::KumaSync::Shape)
Q_DECLARE_METATYPE(gatehouse::test::KumaLine)

namespace {

// Kuma's recorded /_resources (2.14.3) with the MeshTrafficPermission entry's
// formats and read-only flag set as given.
QJsonObject resources(bool from, bool rules, bool readOnly = false)
{
    QJsonObject all = QJsonDocument::fromJson(kumaFixture(u"11_"_qs)).object();
    QJsonArray list = all.value(u"resources").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject r = list.at(i).toObject();
        if (r.value(u"name").toString() != u"MeshTrafficPermission")
            continue;
        QJsonObject policy = r.value(u"policy").toObject();
        policy.insert(u"hasFromTargetRef"_qs, from);
        policy.insert(u"hasRulesTargetRef"_qs, rules);
        r.insert(u"policy"_qs, policy);
        r.insert(u"readOnly"_qs, readOnly);
        list.replace(i, r);
    }
    all.insert(u"resources"_qs, list);
    return all;
}

} // namespace

// Which MeshTrafficPermission shape each Kuma control plane gets, and that
// each shape is what that line's validator accepts.
class TestKumaSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapeFromIndexAndResources_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QJsonObject>("resources");
        QTest::addColumn<KumaSync::Shape>("shape");
        QTest::addColumn<bool>("explained");
        using S = KumaSync::Shape;
        QTest::newRow("2.14.3 as recorded")
            << u"2.14.3"_qs << QJsonDocument::fromJson(kumaFixture(u"11_"_qs)).object() << S::Rules
            << false;
        QTest::newRow("2.11: from only")
            << u"2.11.8"_qs << resources(true, false) << S::From << false;
        QTest::newRow("3.0.0: rules only")
            << u"3.0.0"_qs << resources(false, true) << S::RulesV3 << false;
        QTest::newRow("3.x offering both")
            << u"3.1.2"_qs << resources(true, true) << S::RulesV3 << false;
        QTest::newRow("development build, rules only")
            << u"0.0.0-preview.vabc123"_qs << resources(false, true) << S::RulesV3 << false;
        QTest::newRow("no version, both")
            << QString() << resources(true, true) << S::Rules << false;
        QTest::newRow("read-only (Kubernetes)")
            << u"2.14.3"_qs << resources(true, true, true) << S::Unknown << true;
        QTest::newRow("no format") << u"2.14.3"_qs << resources(false, false) << S::Unknown << true;
        QTest::newRow("no MeshTrafficPermission")
            << u"2.14.3"_qs << QJsonObject{} << S::Unknown << true;
    }
    void shapeFromIndexAndResources()
    {
        QFETCH(QString, version);
        QFETCH(QJsonObject, resources);
        QFETCH(KumaSync::Shape, shape);
        QFETCH(bool, explained);
        QString why;
        QCOMPARE(KumaSync::shapeFor(version, resources, &why), shape);
        QCOMPARE(!why.isEmpty(), explained);
    }

    void policyIsAcceptedByItsLine_data()
    {
        QTest::addColumn<KumaSync::Shape>("shape");
        QTest::addColumn<KumaLine>("line");
        QTest::addColumn<bool>("accepted");
        using S = KumaSync::Shape;
        QTest::newRow("from on 2.11") << S::From << KumaLine::V2_11 << true;
        QTest::newRow("from on 2.14") << S::From << KumaLine::V2_14 << true;
        QTest::newRow("from on 3.x") << S::From << KumaLine::V3 << false;
        QTest::newRow("2.x rules on 2.11") << S::Rules << KumaLine::V2_11 << false;
        QTest::newRow("2.x rules on 2.14") << S::Rules << KumaLine::V2_14 << true;
        QTest::newRow("2.x rules on 3.x") << S::Rules << KumaLine::V3 << false;
        QTest::newRow("3.x rules on 2.14") << S::RulesV3 << KumaLine::V2_14 << true;
        QTest::newRow("3.x rules on 3.x") << S::RulesV3 << KumaLine::V3 << true;
    }
    void policyIsAcceptedByItsLine()
    {
        QFETCH(KumaSync::Shape, shape);
        QFETCH(KumaLine, line);
        QFETCH(bool, accepted);
        Grant g;
        g.id = u"0b6e2c1a-3f4d-4e5f-8a9b-0c1d2e3f4a5b"_qs;
        g.subjectKind = SubjectKind::Service;
        g.subject = u"api-gateway"_qs;
        g.service = u"payments"_qs;
        g.expiresAt = QDateTime(QDate(2026, 12, 7), QTime(19, 30), Qt::UTC);
        const QJsonObject policy = KumaSync::policy(g, u"default"_qs, u"payments"_qs, shape,
                                                    u"{mesh}.zone-1.mesh.local"_qs);
        const QStringList violations = KumaDouble::validate(line, policy);
        QVERIFY2(violations.isEmpty() == accepted, qPrintable(violations.join(u"; "_qs)));
        // Labels: values of at most 63 characters without ':'.
        const QJsonObject labels = policy.value(u"labels").toObject();
        QCOMPARE(labels.value(u"gatehouse.io/expires").toString(), u"20261207T193000Z"_qs);
        for (const auto &v : labels)
            QVERIFY(v.toString().size() <= 63 && !v.toString().contains(u':'));
    }

    void retriesBackOff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("waitMs");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("first") << 1 << qint64(1000);
        QTest::newRow("second") << 2 << qint64(2000);
        QTest::newRow("third") << 3 << qint64(4000);
        QTest::newRow("sixth") << 6 << qint64(32000);
        QTest::newRow("capped") << 7 << qint64(60000);
        QTest::newRow("long after") << 500 << qint64(60000);
    }
    void retriesBackOff()
    {
        QFETCH(int, failures);
        QFETCH(qint64, waitMs);
        QCOMPARE(KumaSync::backoffMs(failures), waitMs);
    }
};

QTEST_GUILESS_MAIN(TestKumaSync)
#include "tst_kumasync.moc"
