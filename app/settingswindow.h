#pragma once

#include "models/alerts/notificationconfig.h"
#include "models/config/workspace.h"

#include <QTime>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Wk {

class SettingsAppearancePage;
class SettingsChannelsPage;
class SettingsTargetsPage;
class SettingsUserPage;
class UserConfig;

// The settings window (non-modal): Targets and Notifications edit the workspace file in place
// (comments kept); You and Appearance are the user's own settings. Every change applies
// without a restart through the signals below, which the application connects to the running
// session.
class SettingsWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Targets, Notifications, User, Appearance };

    // workspacePath: the session's workspace file; empty for the demo (its targets are built
    // in and cannot be edited). config: not owned.
    SettingsWindow(UserConfig *config, const QString &workspacePath, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    SettingsTargetsPage *targetsPage() const { return m_targets; }
    SettingsChannelsPage *channelsPage() const { return m_channels; }

Q_SIGNALS:
    void targetsChanged(const QList<Wk::TargetConfig> &targets);     // for Collector::setTargets
    void notificationsChanged(const Wk::NotificationConfig &config); // for Notifier::setConfig
    void operatorChanged(const QString &name);
    void quietHoursChanged(const QTime &start, const QTime &end); // invalid: none
    void themeChanged(const QString &theme); // already applied through the ThemeManager
    void languageChanged(const QString &code);

private:
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    SettingsTargetsPage *m_targets;
    SettingsChannelsPage *m_channels;
    SettingsUserPage *m_user;
    SettingsAppearancePage *m_appearance;
};

} // namespace Wk
