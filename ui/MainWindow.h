#pragma once

#include "Profile.h"

#include <QMainWindow>

class QLabel;
class QTableView;

namespace gatehouse {

class EndpointStatusModel;

// The console's main window. For now it shows the profile it would connect
// with and whether the control plane and identity provider answer; graph,
// grants, logs and audit views attach to it as they arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Profile &profile, EndpointStatusModel *endpoints, QWidget *parent = nullptr);

Q_SIGNALS:
    void refreshRequested();

private:
    void createMenus();
    QWidget *createProfilePanel();
    void updateStatus();

    Profile m_profile;
    EndpointStatusModel *m_endpoints;
    QTableView *m_endpointView = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace gatehouse
