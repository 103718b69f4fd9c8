#include "widgets/openincidentdialog.h"

#include "models/core/duration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Wk {

OpenIncidentDialog::OpenIncidentDialog(const QString &alertText, const QString &title,
                                       IncidentSeverity severity, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(title, this))
    , m_severity(new QComboBox(this))
    , m_targets(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open incident"));
    auto *v = new QVBoxLayout(this);
    auto *about = new QLabel(tr("A new incident with this alert linked to it:"), this);
    auto *alert = new QLabel(alertText, this);
    alert->setTextFormat(Qt::PlainText);
    alert->setWordWrap(true);
    QFont bold = alert->font();
    bold.setBold(true);
    alert->setFont(bold);
    v->addWidget(about);
    v->addWidget(alert);

    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMinimumWidth(420);
    form->addRow(tr("&Title"), m_title);
    m_severity->setObjectName(QStringLiteral("severity"));
    for (const IncidentSeverity s : IncidentSeverities::all())
        m_severity->addItem(IncidentSeverities::label(s), int(s));
    form->addRow(tr("&Severity"), m_severity);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setWordWrap(true);
    form->addRow(QString(), m_targets);
    v->addLayout(form);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd5, 0x5e, 0x00));
    m_error->setPalette(p);
    m_error->hide();
    v->addWidget(m_error);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open incident"));
    v->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &OpenIncidentDialog::updateState);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &OpenIncidentDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!this->title().isEmpty())
            Q_EMIT openRequested(this->title(), this->severity());
    });
    setSeverity(severity);
    updateState();
}

QString OpenIncidentDialog::title() const
{
    return m_title->text().trimmed();
}

void OpenIncidentDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

IncidentSeverity OpenIncidentDialog::severity() const
{
    return IncidentSeverity(m_severity->currentData().toInt());
}

void OpenIncidentDialog::setSeverity(IncidentSeverity severity)
{
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(severity))));
}

void OpenIncidentDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void OpenIncidentDialog::updateState()
{
    const SeverityInfo info = IncidentSeverities::info(severity());
    m_targets->setText(tr("Respond within %1, resolve within %2.")
                           .arg(humanAge(info.responseMs), humanAge(info.resolutionMs)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!title().isEmpty());
    showError({});
}

} // namespace Wk
