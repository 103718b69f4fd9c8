#pragma once

#include "models/config/userconfig.h"

#include <QMainWindow>

#include <memory>

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
    SettingsWindow *settingsWindow() const { return m_settings; }
    void showSettings();

    // The same console in another language ("" = the system's): installs the translation,
    // translates the built-in dashboards' words and makes a window that takes this one's place
    // (geometry, tab, open settings page). Nothing is lost: the session, its data and the
    // user's work live outside the window. Null (and `error` set) for an unknown language.
    static std::unique_ptr<MainWindow> inLanguage(MainWindow &current, const QString &code,
                                                  QString *error = nullptr);

Q_SIGNALS:
    // Settings chose a language; whoever owns the window replaces it (see inLanguage).
    void languageChangeRequested(const QString &code);

private:
    void buildMenus();
    void buildTray();
    void updateTargetStatus();
    void pageChanged(int index);
    void exportReport();
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
