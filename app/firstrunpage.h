#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Wk {

class FirstRunTester;
class UserConfig;

// The welcome page shown when no workspace is chosen: "Connect to a service" (a health URL, an
// optional metrics URL, "Test connection" that says what it found, "Save and open" that writes
// a workspace into the user's config folder) or "Try the demo". The choice is recorded in the
// user config, so later starts open the dashboards directly. A window of its own, not a modal
// dialog.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(UserConfig *config, QWidget *parent = nullptr); // config: not owned
    ~FirstRunPage() override;

    // Where the new workspace file goes; default: the user's config folder.
    void setWorkspaceDirectory(const QString &dir) { m_dir = dir; }
    QString workspaceDirectory() const { return m_dir; }

Q_SIGNALS:
    // The workspace is written and recorded: open it.
    void workspaceReady(const QString &path);
    // The demo is recorded: start it.
    void demoChosen();
    // The window was closed without a choice.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void testConnection();
    void saveAndOpen();
    void tryDemo();
    void testFinished(int id, bool ok, const QString &summary);
    void showResult(QLabel *label, const QString &what, int state, const QString &text);
    void showMessage(const QString &text, bool error);
    void applyTheme();
    bool readUrls(QUrl *health, QUrl *metrics);

    UserConfig *m_config; // not owned
    FirstRunTester *m_tester;
    QString m_dir;
    QLineEdit *m_health;
    QLineEdit *m_metrics;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_demo;
    QLabel *m_healthResult;
    QLabel *m_metricsResult;
    QLabel *m_message;
    QList<QWidget *> m_cards;
    QList<QLabel *> m_muted;
    QLabel *m_title;
    int m_healthTest = 0;
    int m_metricsTest = 0;
};

} // namespace Wk
