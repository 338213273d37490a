#include "DevIdp.h"
#include "EndpointProbe.h"
#include "EndpointStatusModel.h"
#include "GatehousedFixture.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace gatehouse;
using namespace gatehouse::test;
using State = EndpointStatusModel::State;

// The console's main window against a real gatehoused and the real dev IdP:
// it names the profile it connects with and reports each endpoint's state.
class TestMainWindow : public QObject
{
    Q_OBJECT

    DevIdp m_idp;
    GatehousedFixture m_gatehoused;

    Profile liveProfile() const
    {
        Profile profile;
        profile.name = u"Demo"_qs;
        profile.controlPlaneUrl = m_gatehoused.url();
        profile.issuer = m_idp.issuer();
        return profile;
    }

    static QString labelText(QWidget *window, const QString &name)
    {
        auto *label = window->findChild<QLabel *>(name);
        return label ? label->text() : u"<missing %1>"_qs.arg(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.diagnostics()));
        QVERIFY2(m_gatehoused.start(m_idp.issuer()), qPrintable(m_gatehoused.diagnostics()));
    }

    void showsProfileAndReachableEndpoints()
    {
        const Profile profile = liveProfile();
        QNetworkAccessManager nam;
        EndpointStatusModel model;
        EndpointProbe probe(profile, &model, &nam);
        MainWindow window(profile, &model);
        window.show();

        QCOMPARE(labelText(&window, u"controlPlaneValue"_qs), m_gatehoused.url().toString());
        QCOMPARE(labelText(&window, u"issuerValue"_qs), m_idp.issuer().toString());
        QCOMPARE(labelText(&window, u"clientIdValue"_qs), u"gatehouse-console"_qs);
        QCOMPARE(labelText(&window, u"identityLabel"_qs), u"Not signed in"_qs);

        QSignalSpy done(&probe, &EndpointProbe::finished);
        probe.checkAll();
        QVERIFY(done.wait(15000));
        QVERIFY(model.allUp());
        auto *view = window.findChild<QTableView *>(u"endpointView"_qs);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, EndpointStatusModel::StateColumn).data().toString(),
                 u"Reachable"_qs);
        QVERIFY(view->model()
                    ->index(0, EndpointStatusModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(u"sqlite"_qs));
        QCOMPARE(labelText(&window, u"connectionLabel"_qs), u"Connected"_qs);
        saveScreenshot(&window, u"mainwindow-connected"_qs);
    }

    void reportsUnreachableControlPlaneAndWrongIssuer()
    {
        Profile profile;
        profile.name = u"Broken"_qs;
        profile.controlPlaneUrl = QUrl(u"http://127.0.0.1:%1"_qs.arg(freeLoopbackPort()));
        // The IdP answers, but its discovery names a different issuer.
        profile.issuer = QUrl(m_idp.issuer().toString().replace(u"127.0.0.1"_qs, u"localhost"_qs));

        QNetworkAccessManager nam;
        EndpointStatusModel model;
        EndpointProbe probe(profile, &model, &nam);
        MainWindow window(profile, &model);
        window.show();
        QSignalSpy done(&probe, &EndpointProbe::finished);
        probe.checkAll();
        QVERIFY(done.wait(15000));

        const auto &endpoints = model.endpoints();
        QCOMPARE(endpoints.at(0).state, State::Down);
        QCOMPARE(endpoints.at(0).detail, u"The server could not be reached."_qs);
        QCOMPARE(endpoints.at(1).state, State::Misconfigured);
        QVERIFY2(endpoints.at(1).detail.contains(u"different issuer"_qs),
                 qPrintable(endpoints.at(1).detail));
        QCOMPARE(labelText(&window, u"connectionLabel"_qs), u"2 of 2 endpoints need attention"_qs);
        saveScreenshot(&window, u"mainwindow-unreachable"_qs);
    }

    void refreshActionRechecks()
    {
        const Profile profile = liveProfile();
        QNetworkAccessManager nam;
        EndpointStatusModel model;
        EndpointProbe probe(profile, &model, &nam);
        MainWindow window(profile, &model);
        QObject::connect(&window, &MainWindow::refreshRequested, &probe, &EndpointProbe::checkAll);
        auto *refresh = window.findChild<QAction *>(u"refreshAction"_qs);
        QVERIFY(refresh);
        QSignalSpy done(&probe, &EndpointProbe::finished);
        refresh->trigger();
        QVERIFY(done.wait(15000));
        QVERIFY(model.allUp());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
