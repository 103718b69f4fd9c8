#pragma once

#include "models/config/workspace.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Wk {

class FirstRunTester;

// Settings > Targets: the workspace's targets in a list, and a form for the selected one (name,
// kind, URL, interval, timeout, credentials by file or environment variable, TLS options).
// Add, Apply, Test and Remove (with Undo) edit the workspace file through WorkspaceWriter, so
// the user's comments stay; the secret itself is never written.
class SettingsTargetsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsTargetsPage(const QString &workspacePath, QWidget *parent = nullptr);
    ~SettingsTargetsPage() override;

    // Rereads the workspace file (also done before every change).
    void reload();

Q_SIGNALS:
    // The workspace's targets after a change, as the collector takes them.
    void targetsChanged(const QList<TargetConfig> &targets);

private:
    void buildForm();
    void selectTarget(int row);
    void startNew();
    void fillForm(const TargetConfig &target);
    bool readForm(TargetConfig *target);
    void apply();
    void remove();
    void undo();
    void test();
    void kindChanged();
    void updateCredentialFields();
    void showStatus(const QString &text, int state);
    void setFormEnabled(bool enabled);

    QString m_path;
    QList<TargetConfig> m_targets; // as written (bearer_token as the ${VAR} reference)
    QString m_editing;             // the name of the target in the form; empty: a new one
    QByteArray m_undoText;         // the file before the last removal
    FirstRunTester *m_tester;
    int m_testId = 0;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_timeout = nullptr;
    QRadioButton *m_credNone = nullptr;
    QRadioButton *m_credFile = nullptr;
    QRadioButton *m_credEnv = nullptr;
    QLineEdit *m_credentialsFile = nullptr;
    QPushButton *m_browseCredentials = nullptr;
    QLineEdit *m_credentialsEnv = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QCheckBox *m_skipVerify = nullptr;
    QLabel *m_skipWarning = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_fileNote = nullptr;
};

} // namespace Wk
