#pragma once

#include "models/alerts/notificationconfig.h"
#include "models/config/workspacewriter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QGroupBox;

namespace Wk {

// Settings > Notifications: the channels of the workspace's `notifications:` section (name,
// type, severities, where the secret is: a file or an environment variable, recipients, mail
// relay). Keys the form does not show (rate limits, retries, Slack channel, ...) stay as
// written. Every change must pass the notifications loader before it is saved.
class SettingsChannelsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsChannelsPage(const QString &workspacePath, QWidget *parent = nullptr);
    ~SettingsChannelsPage() override;

    void reload();

Q_SIGNALS:
    // The section after a change, for Notifier::setConfig.
    void notificationsChanged(const Wk::NotificationConfig &config);

private:
    void selectChannel(int row);
    void startNew();
    void typeChanged();
    void apply();
    void remove();
    void showStatus(const QString &text, bool error);
    Result<WorkspaceWriter> openWriter() const;
    QString secretKey() const; // url, routing_key or empty for the type in the form

    QString m_path;
    QList<YamlEntries> m_channels;
    QString m_editing;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QLineEdit *m_name;
    QComboBox *m_type;
    QList<QCheckBox *> m_severities;
    QGroupBox *m_secretBox;
    QRadioButton *m_secretFile;
    QRadioButton *m_secretEnv;
    QLineEdit *m_secretPath;
    QLineEdit *m_secretVar;
    QLabel *m_recipientsLabel;
    QLineEdit *m_recipients;
    QLabel *m_smarthostLabel;
    QLineEdit *m_smarthost;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QPushButton *m_apply;
    QLabel *m_status;
};

} // namespace Wk
