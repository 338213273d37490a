#pragma once

#include "Profile.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

namespace gatehouse {

class EndpointStatusModel;
class SessionPanel;

// The console's main window: who is signed in (and signing in), the profile
// it connects with and whether the control plane and identity provider
// answer; graph, grants, logs and audit views attach to it as they arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Profile &profile, EndpointStatusModel *endpoints, QWidget *parent = nullptr);

    enum Page { GraphPage, GrantsPage, LogPage, AuditPage, ConnectionPage };

    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    void setPage(Page page, QWidget *widget);
    void showPage(Page page);
    // Where the data on screen comes from: live, or the cache and how old.
    void setDataStatus(const QString &text, bool warning);
    void setProfile(const Profile &profile);
    void setProfileNames(const QStringList &names, const QString &current);
    void setIdentityText(const QString &text);
    // Puts an action in the File menu, above Quit.
    void addFileAction(QAction *action);

Q_SIGNALS:
    void refreshRequested();
    void profileSelected(const QString &name);
    void newProfileRequested();
    void newGrantRequested();
    void editProfileRequested();

private:
    void createMenus();
    void setGraphActions(const QList<QAction *> &actions);
    void updateGraphActions();
    QWidget *createProfilePanel();
    void updateStatus();

    Profile m_profile;
    SessionPanel *m_sessionPanel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_profileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_graphSection = nullptr;
    QList<QAction *> m_graphActions;
    QActionGroup *m_profileGroup = nullptr;
    QList<QAction *> m_profileActions;
    EndpointStatusModel *m_endpoints;
    QTableView *m_endpointView = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_dataLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace gatehouse
