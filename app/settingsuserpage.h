#pragma once

#include <QTime>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTimeEdit;

namespace Wk {

class UserConfig;

// Settings > You: the operator name on acknowledgements and incident timelines, and quiet
// hours for desktop popups and sounds. Kept in the user config; applied at once.
class SettingsUserPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsUserPage(UserConfig *config, QWidget *parent = nullptr); // not owned

Q_SIGNALS:
    // The name now in force (the OS user when the field is empty).
    void operatorChanged(const QString &name);
    // Invalid times: no quiet hours.
    void quietHoursChanged(const QTime &start, const QTime &end);

private:
    void operatorEdited();
    void quietEdited();

    UserConfig *m_config; // not owned
    QLineEdit *m_operator;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QString m_lastOperator;
};

} // namespace Wk
