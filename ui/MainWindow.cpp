#include "MainWindow.h"

#include "EndpointStatusModel.h"
#include "SessionPanel.h"
#include "Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gatehouse {

MainWindow::MainWindow(const Profile &profile, EndpointStatusModel *endpoints, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_endpoints(endpoints)
{
    setObjectName(u"mainWindow"_qs);
    setWindowTitle(tr("Gatehouse — %1").arg(profile.name));
    setWindowIcon(QIcon(u":/icons/io.gatehouse.Gatehouse.svg"_qs));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(10);

    m_sessionPanel = new SessionPanel(central);
    layout->addWidget(m_sessionPanel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"mainTabs"_qs);
    m_tabs->setDocumentMode(true);
    const auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, m_tabs);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        return label;
    };
    // Tabs carry no mnemonics (they clashed with the menus and the pages'
    // buttons); the View menu switches pages with Ctrl+1…Ctrl+5.
    m_tabs->addTab(placeholder(tr("Sign in to see the service graph.")), tr("Graph"));
    m_tabs->addTab(placeholder(tr("Sign in to see grants.")), tr("Grants"));
    m_tabs->addTab(placeholder(tr("The access-log browser comes in a later version.")),
                   tr("Access log"));
    m_tabs->setTabEnabled(LogPage, false);
    m_tabs->addTab(placeholder(tr("Audit export comes in a later version.")), tr("Audit"));
    m_tabs->setTabEnabled(AuditPage, false);

    auto *connection = new QWidget(m_tabs);
    auto *connectionLayout = new QVBoxLayout(connection);
    connectionLayout->addWidget(createProfilePanel());
    auto *endpointBox = new QGroupBox(tr("Connections"), connection);
    auto *endpointLayout = new QVBoxLayout(endpointBox);
    m_endpointView = new QTableView(endpointBox);
    m_endpointView->setObjectName(u"endpointView"_qs);
    m_endpointView->setModel(m_endpoints);
    m_endpointView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_endpointView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpointView->verticalHeader()->hide();
    m_endpointView->horizontalHeader()->setStretchLastSection(true);
    m_endpointView->horizontalHeader()->setSectionResizeMode(EndpointStatusModel::UrlColumn,
                                                             QHeaderView::ResizeToContents);
    m_endpointView->setAlternatingRowColors(true);
    endpointLayout->addWidget(m_endpointView);
    connectionLayout->addWidget(endpointBox, 1);
    m_tabs->addTab(connection, tr("Connection"));
    layout->addWidget(m_tabs, 1);

    setCentralWidget(central);
    createMenus();

    m_identityLabel = new QLabel(tr("Not signed in"), this);
    m_identityLabel->setObjectName(u"identityLabel"_qs);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionLabel"_qs);
    m_dataLabel = new QLabel(this);
    m_dataLabel->setObjectName(u"dataStatusLabel"_qs);
    statusBar()->addWidget(m_identityLabel, 1);
    statusBar()->addPermanentWidget(m_dataLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);

    connect(m_endpoints, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_endpoints, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1200, 800);
}

QWidget *MainWindow::createProfilePanel()
{
    auto *box = new QGroupBox(tr("Profile “%1”").arg(m_profile.name), this);
    box->setObjectName(u"profileBox"_qs);
    auto *form = new QFormLayout(box);
    const auto addRow = [&](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, box);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addRow(tr("Control plane:"), m_profile.controlPlaneUrl.toDisplayString(),
           u"controlPlaneValue"_qs);
    addRow(tr("Identity provider:"), m_profile.issuer.toDisplayString(), u"issuerValue"_qs);
    addRow(tr("Client ID:"), m_profile.clientId, u"clientIdValue"_qs);
    addRow(tr("Scopes:"), m_profile.scopes.join(u' '), u"scopesValue"_qs);
    return box;
}

void MainWindow::setProfile(const Profile &profile)
{
    m_profile = profile;
    setWindowTitle(tr("Gatehouse — %1").arg(profile.name));
    if (auto *box = findChild<QGroupBox *>(u"profileBox"_qs))
        box->setTitle(tr("Profile “%1”").arg(profile.name));
    const auto set = [this](const QString &name, const QString &value) {
        if (auto *label = findChild<QLabel *>(name))
            label->setText(value);
    };
    set(u"controlPlaneValue"_qs, profile.controlPlaneUrl.toDisplayString());
    set(u"issuerValue"_qs, profile.issuer.toDisplayString());
    set(u"clientIdValue"_qs, profile.clientId);
    set(u"scopesValue"_qs, profile.scopes.join(u' '));
}

void MainWindow::setProfileNames(const QStringList &names, const QString &current)
{
    qDeleteAll(m_profileActions);
    m_profileActions.clear();
    QAction *before = m_profileMenu->actions().value(0);
    for (const QString &name : names) {
        auto *action = new QAction(name, m_profileMenu);
        action->setCheckable(true);
        action->setChecked(name == current);
        action->setObjectName(u"profileAction:"_qs + name);
        m_profileGroup->addAction(action);
        m_profileMenu->insertAction(before, action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (name != m_profile.name)
                Q_EMIT profileSelected(name);
        });
        m_profileActions.append(action);
    }
}

void MainWindow::setPage(Page page, QWidget *widget)
{
    const QString title = m_tabs->tabText(page);
    const int current = m_tabs->currentIndex();
    QWidget *old = m_tabs->widget(page);
    m_tabs->removeTab(page);
    m_tabs->insertTab(page, widget, title);
    m_tabs->setCurrentIndex(current);
    if (old != widget)
        old->deleteLater();
    if (page == GraphPage)
        setGraphActions(widget->actions());
}

void MainWindow::setGraphActions(const QList<QAction *> &actions)
{
    // The graph's keys, listed in the View menu under their own heading.
    for (QAction *a : std::as_const(m_graphActions))
        m_viewMenu->removeAction(a);
    m_graphActions = actions;
    m_graphSection->setVisible(!actions.isEmpty());
    m_viewMenu->addActions(actions);
    updateGraphActions();
}

void MainWindow::updateGraphActions()
{
    // Only while the graph is on screen: elsewhere they would act unseen.
    const bool onGraph = m_tabs->currentIndex() == GraphPage;
    for (QAction *a : std::as_const(m_graphActions))
        a->setVisible(onGraph);
    m_graphSection->setVisible(onGraph && !m_graphActions.isEmpty());
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void MainWindow::setDataStatus(const QString &text, bool warning)
{
    m_dataLabel->setText(text);
    m_dataLabel->setStyleSheet(warning ? u"color: #9a6700; font-weight: bold;"_qs : QString());
}

void MainWindow::addFileAction(QAction *action)
{
    const QList<QAction *> actions = m_fileMenu->actions();
    QAction *quit = actions.isEmpty() ? nullptr : actions.last();
    m_fileMenu->insertAction(quit, action);
    if (actions.size() == 1)
        m_fileMenu->insertSeparator(quit);
}

void MainWindow::setIdentityText(const QString &text)
{
    m_identityLabel->setText(text);
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_qs);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_qs);

    m_profileMenu = menuBar()->addMenu(tr("&Profile"));
    m_profileMenu->setObjectName(u"profileMenu"_qs);
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    m_profileMenu->addSeparator();
    QAction *add =
        m_profileMenu->addAction(tr("&New profile…"), this, &MainWindow::newProfileRequested);
    add->setObjectName(u"newProfileAction"_qs);
    QAction *edit =
        m_profileMenu->addAction(tr("&Edit profile…"), this, &MainWindow::editProfileRequested);
    edit->setObjectName(u"editProfileAction"_qs);
    setProfileNames({m_profile.name}, m_profile.name);

    QMenu *grants = menuBar()->addMenu(tr("&Grants"));
    QAction *newGrant = grants->addAction(tr("&New grant…"), this, &MainWindow::newGrantRequested);
    newGrant->setShortcut(QKeySequence::New);
    newGrant->setObjectName(u"newGrantAction"_qs);

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_qs);
    const QString pages[] = {tr("&Graph"), tr("G&rants"), tr("Access &log"), tr("A&udit"),
                             tr("C&onnection")};
    for (int page = GraphPage; page <= ConnectionPage; ++page) {
        QAction *go = view->addAction(pages[page], this, [this, page] {
            if (m_tabs->isTabEnabled(page))
                showPage(Page(page));
        });
        go->setObjectName(u"showPageAction%1"_qs.arg(page));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    view->addSeparator();
    QAction *refresh =
        view->addAction(tr("&Check connections"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(u"refreshAction"_qs);
    m_graphSection = view->addSection(tr("Graph"));
    m_graphSection->setVisible(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateGraphActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, [this] {
        QMessageBox::about(this, tr("About Gatehouse"),
                           tr("<b>Gatehouse %1</b><p>Decide, enforce and prove who may reach "
                              "which service, until when.</p>")
                               .arg(QString::fromLatin1(kVersion)));
    });
}

void MainWindow::updateStatus()
{
    int up = 0;
    int failing = 0;
    for (const auto &e : m_endpoints->endpoints()) {
        up += e.state == EndpointStatusModel::State::Up;
        failing += e.state == EndpointStatusModel::State::Down ||
                   e.state == EndpointStatusModel::State::Misconfigured;
    }
    const int total = int(m_endpoints->endpoints().size());
    if (failing > 0)
        m_connectionLabel->setText(tr("%1 of %2 endpoints need attention").arg(failing).arg(total));
    else if (up == total && total > 0)
        m_connectionLabel->setText(tr("Connected"));
    else
        m_connectionLabel->setText(tr("Checking connections…"));
    m_endpointView->resizeColumnToContents(EndpointStatusModel::NameColumn);
    m_endpointView->resizeColumnToContents(EndpointStatusModel::StateColumn);
}

} // namespace gatehouse
