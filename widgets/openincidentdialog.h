#pragma once

#include "models/incidents/incidentseverity.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Wk {

// "Open incident" from an alert: the incident's title (suggested from the alert) and severity
// (suggested by the alert's severity: critical P1, high P2, else P3), each with what it means
// (the guide's response and resolution targets). OK is refused while the title is empty.
class OpenIncidentDialog final : public QDialog
{
    Q_OBJECT
public:
    OpenIncidentDialog(const QString &alertText, const QString &title, IncidentSeverity severity,
                       QWidget *parent = nullptr);

    QString title() const;
    void setTitle(const QString &title);
    IncidentSeverity severity() const;
    void setSeverity(IncidentSeverity severity);
    // Shown under the fields when opening failed; the dialog stays open.
    void showError(const QString &text);

Q_SIGNALS:
    // OK with a title: the caller opens the incident and closes the dialog (accept()) or
    // shows why it could not (showError).
    void openRequested(const QString &title, Wk::IncidentSeverity severity);

private:
    void updateState();

    QLineEdit *m_title;
    QComboBox *m_severity;
    QLabel *m_targets;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Wk
