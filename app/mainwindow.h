#pragma once

#include "models/config/userconfig.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QSystemTrayIcon;
class QTabWidget;

namespace Wk {

class DashboardPage;
class Session;
class SettingsWindow;

// The engineer's desktop: one tab per dashboard, a status bar with every target's last poll.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool showDashboard(const QString &id);
    DashboardPage *currentPage() const;
    QList<DashboardPage *> pages() const { return m_pages; }

private:
    void buildMenus();
    void buildTray();
    void updateTargetStatus();
    void pageChanged(int index);
    void exportReport();
    void showSettings();
    void rebuildTargetLabels();

    Session *m_session; // not owned
    QTabWidget *m_tabs;
    QList<DashboardPage *> m_pages;
    QList<QLabel *> m_targetLabels;
    QComboBox *m_range = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    UserConfig m_user;                    // the user's settings (config folder)
    SettingsWindow *m_settings = nullptr; // child window, made on first use
};

} // namespace Wk
