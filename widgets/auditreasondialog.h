#pragma once

#include "models/core/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Wk {

// Asks why before a change that goes to the audit log (expiring a silence early, removing a
// maintenance window): the reason is required, OK runs the action with it and closes once the
// action reports success; a refusal is shown inline and the dialog stays open.
class AuditReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    using Done = std::function<void(const std::optional<Error> &error)>;
    // Runs the change with the reason; calls done when it is stored (at once or later).
    using Action = std::function<void(const QString &reason, Done done)>;

    AuditReasonDialog(const QString &title, const QString &question, const QString &actionText,
                      Action action, QWidget *parent = nullptr);
    ~AuditReasonDialog() override;

    void setReason(const QString &reason);
    QLineEdit *reasonEdit() const { return m_reason; }
    bool canRun() const; // a reason is given and nothing is under way
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    Action m_action;
    bool m_busy = false;
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Wk
