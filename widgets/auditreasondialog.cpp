#include "widgets/auditreasondialog.h"

#include "widgets/thememanager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Wk {

AuditReasonDialog::AuditReasonDialog(const QString &title, const QString &question,
                                     const QString &actionText, Action action, QWidget *parent)
    : QDialog(parent)
    , m_action(std::move(action))
{
    setWindowTitle(title);
    const Theme &theme = ThemeManager::current();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme.spacing);
    auto *what = new QLabel(question, this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (required; it goes to the audit log)"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error"));
    QPalette bad = m_error->palette();
    bad.setColor(QPalette::WindowText, theme.unhealthy);
    m_error->setPalette(bad);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AuditReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AuditReasonDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &AuditReasonDialog::updateState);
    updateState();
    m_reason->setFocus();
}

AuditReasonDialog::~AuditReasonDialog() = default;

void AuditReasonDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool AuditReasonDialog::canRun() const
{
    return !m_reason->text().trimmed().isEmpty() && !m_busy && m_action;
}

QString AuditReasonDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AuditReasonDialog::updateState()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(canRun());
    ok->setToolTip(m_reason->text().trimmed().isEmpty() ? tr("Say why first") : QString());
}

void AuditReasonDialog::accept()
{
    if (!canRun())
        return;
    m_busy = true;
    updateState();
    QPointer<AuditReasonDialog> self(this);
    m_action(m_reason->text().trimmed(), [self](const std::optional<Error> &error) {
        if (!self)
            return;
        self->m_busy = false;
        if (error) {
            self->m_error->setText(Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' +
                                   error->toString());
            self->m_error->show();
            self->updateState();
            return;
        }
        self->QDialog::accept();
    });
}

} // namespace Wk
